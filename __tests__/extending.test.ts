import { join } from 'node:path';
import { createExtractor, extractPolicy, LexiconError } from '../src/index.js';
import { ROOT } from './helpers/corpus.js';

const CARS = join(ROOT, 'docs', 'examples', 'connected-cars.json');

const policy = [
  '一、我们如何收集和使用个人信息',
  '为提供远程控车服务，我们会收集您的车辆识别代号(VIN码)、车辆位置和驾驶行为数据(如急加速、急刹车)。',
  '1. Information we collect',
  'To provide connected services we collect the vehicle identification number of your car, GPS location and your driving habits.',
].join('\n');

describe('the connected-car example of docs/extending.md', () => {
  const cars = createExtractor({ lexicons: [CARS] });

  it('finds the new data types in both languages with evidence', () => {
    const r = cars.extract(policy);
    const vin = r.dataTypes.find((d) => d.id === 'vehicle.vin')!;
    expect(vin.labelZh).toBe('车辆识别代号');
    expect(vin.sensitive).toBe(false);
    const mentions = vin.evidence.map((e) => policy.slice(e.start, e.end));
    expect(mentions).toEqual(expect.arrayContaining(['车辆识别代号', 'VIN码', 'vehicle identification number']));
    const driving = r.dataTypes.find((d) => d.id === 'vehicle.driving_behaviour')!;
    expect(driving.sensitive).toBe(true);
    expect(driving.evidence.map((e) => policy.slice(e.start, e.end))).toEqual(expect.arrayContaining(['驾驶行为', 'driving habits']));
  });

  it('overrides a built-in entry only where it says override: true', () => {
    const r = cars.extract(policy);
    const loc = r.dataTypes.find((d) => d.id === 'location.precise')!;
    expect(loc.evidence.map((e) => policy.slice(e.start, e.end))).toContain('车辆位置');
    // The default extractor does not know the car forms.
    expect(extractPolicy(policy).dataTypes.some((d) => d.id === 'vehicle.vin')).toBe(false);
  });

  it('rejects a collision without override, naming file, entry and field', () => {
    const bad = { name: 'cars-bad.json', kind: 'dataTypes' as const, entries: [{ id: 'device.imei', label: { en: 'IMEI again' }, forms: { en: ['IMEI again'] }, sensitive: false }] };
    expect(() => createExtractor({ lexicons: [bad] })).toThrow(LexiconError);
    expect(() => createExtractor({ lexicons: [bad] })).toThrow(/cars-bad\.json, entry #1 \(device\.imei\), field 'id': collides/);
  });
});
