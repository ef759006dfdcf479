/**
 * A malformed user lexicon fails at load, in createExtractor, with a LexiconError that names
 * the file, the entry and the field; the built-in lexicons stay usable afterwards.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createExtractor, extractPolicy, LexiconError } from '../src/index.js';

let dir = '';
const file = (name: string, content: string): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const entry = (extra: Record<string, unknown> = {}) => ({ id: 'profile.shoe_size', label: { en: 'shoe size' }, forms: { en: ['shoe size'] }, sensitive: false, ...extra });
const kaiconn = readFileSync(new URL('../corpus/kaiconn.zh-en.txt', import.meta.url), 'utf8');
let baseline: string[] = [];

/** The LexiconError thrown by `load`, for asserting on its parts. */
function errorOf(load: () => unknown): LexiconError {
  try {
    load();
  } catch (err) {
    expect(err).toBeInstanceOf(LexiconError);
    return err as LexiconError;
  }
  throw new Error('expected a LexiconError');
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'policylens-lexicons-'));
  baseline = extractPolicy(kaiconn).dataTypes.map((d) => d.id);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('files that do not parse', () => {
  it('bad JSON names the file and says JSON', () => {
    const path = file('broken.json', '{ "kind": "dataTypes", "entries": [ { "id": ');
    const err = errorOf(() => createExtractor({ lexicons: [path] }));
    expect(err.message).toContain('broken.json');
    expect(err.message).toMatch(/not valid JSON/);
  });

  it('bad YAML names the file and says YAML', () => {
    const path = file('broken.yaml', 'kind: dataTypes\nentries:\n  - id: profile.shoe_size\n   label: [unclosed\n');
    const err = errorOf(() => createExtractor({ lexicons: [path] }));
    expect(err.message).toContain('broken.yaml');
    expect(err.message).toMatch(/not valid YAML/);
  });

  it('a missing file says it cannot be read', () => {
    const err = errorOf(() => createExtractor({ lexicons: [join(dir, 'nowhere.json')] }));
    expect(err.message).toMatch(/nowhere\.json.*cannot read the file \(ENOENT\)/);
  });

  it('a valid YAML lexicon loads and matches', () => {
    const path = file('shoes.yml', 'kind: dataTypes\nentries:\n  - id: profile.shoe_size\n    label: { en: shoe size, zh: 鞋码 }\n    forms: { en: [shoe size], zh: [鞋码] }\n    sensitive: false\n');
    const r = createExtractor({ lexicons: [path] }).extract('We collect your shoe size.\n我们收集您的鞋码。');
    expect(r.dataTypes.find((d) => d.id === 'profile.shoe_size')?.evidence).toHaveLength(2);
  });
});

describe('entries that do not validate', () => {
  it.each<[string, unknown, RegExp]>([
    ['unknown top-level field', { kind: 'dataTypes', entries: [entry()], colour: 'red' }, /field 'colour': unknown field/],
    ['unknown kind', { kind: 'cookies', entries: [] }, /field 'kind': expected one of dataTypes/],
    ['entries not a list', { kind: 'dataTypes', entries: {} }, /field 'entries': expected a list/],
    ['unknown entry field', { kind: 'dataTypes', entries: [entry({ colour: 'red' })] }, /entry #0 \(profile\.shoe_size\), field 'colour': unknown field/],
    ['duplicate id', { kind: 'dataTypes', entries: [entry(), entry()] }, /entry #1 \(profile\.shoe_size\), field 'id': duplicate id in this file/],
    ['bad id shape', { kind: 'dataTypes', entries: [entry({ id: 'Shoe Size' })] }, /entry #0, field 'id': expected an id like/],
    ['sensitive as a string', { kind: 'dataTypes', entries: [entry({ sensitive: 'yes' })] }, /field 'sensitive': expected true or false/],
    ['forms as a string', { kind: 'dataTypes', entries: [entry({ forms: { en: 'shoe size' } })] }, /field 'forms\.en': expected a list of non-empty strings/],
    ['an empty form', { kind: 'dataTypes', entries: [entry({ forms: { en: ['shoe size', ' '] } })] }, /field 'forms\.en'/],
    ['forms in an unknown language', { kind: 'dataTypes', entries: [entry({ forms: { fr: ['pointure'] } })] }, /field 'forms\.fr': unknown language/],
    ['label missing', { kind: 'dataTypes', entries: [entry({ label: undefined })] }, /field 'label'/],
    ['override not boolean', { kind: 'dataTypes', entries: [entry({ override: 'yes' })] }, /field 'override'/],
    ['sdk category', { kind: 'sdks', entries: [{ id: 'shoe-sdk', label: { en: 'Shoe SDK' }, name: 'Shoe SDK', category: 'shoes' }] }, /entry #0 \(shoe-sdk\), field 'category': expected one of push/],
    ['sdk platforms', { kind: 'sdks', entries: [{ id: 'shoe-sdk', label: { en: 'Shoe SDK' }, name: 'Shoe SDK', category: 'other', platforms: ['symbian'] }] }, /field 'platforms'/],
    ['permission platform', { kind: 'permissions', entries: [{ id: 'com.shoe.permission.SIZE', label: { en: 'size' }, platform: 'windows' }] }, /entry #0 \(com\.shoe\.permission\.SIZE\), field 'platform'/],
    ['section priority', { kind: 'sections', entries: [{ id: 'minors', label: { en: 'Children' }, priority: 'high', override: true }] }, /field 'priority': expected a number/],
    ['entry not an object', { kind: 'rights', entries: ['right.access'] }, /entry #0: an entry must be an object/],
  ])('%s', (_name, data, message) => {
    const path = file('user.json', JSON.stringify(data));
    const err = errorOf(() => createExtractor({ lexicons: [path] }));
    expect(err.message).toContain('user.json');
    expect(err.message).toMatch(message);
    expect(err.file).toBe('user.json');
  });

  it('an inline lexicon object is validated the same way, under its name', () => {
    const err = errorOf(() => createExtractor({ lexicons: [{ name: 'inline-shoes', kind: 'dataTypes', entries: [entry({ sensitive: 1 })] } as never] }));
    expect(err.message).toMatch(/inline-shoes, entry #0 \(profile\.shoe_size\), field 'sensitive'/);
  });
});

describe('collisions with built-in entries', () => {
  const imei = { id: 'device.imei', label: { en: 'Handset serial' }, forms: { en: ['handset serial'] }, sensitive: true };

  it('an id of a built-in entry without override fails, naming both files', () => {
    const err = errorOf(() => createExtractor({ lexicons: [file('mine.json', JSON.stringify({ kind: 'dataTypes', entries: [imei] }))] }));
    expect(err.message).toMatch(/mine\.json, entry #0 \(device\.imei\), field 'id': collides with an entry of data-types\.json; set "override": true/);
  });

  it('with override: true it replaces the built-in entry in that extractor only', () => {
    const custom = createExtractor({ lexicons: [file('mine.json', JSON.stringify({ kind: 'dataTypes', entries: [{ ...imei, override: true }] }))] });
    expect(custom.lexicons.entries.dataTypes.get('device.imei')?.label.en).toBe('Handset serial');
    expect(custom.extract('We read the handset serial.').dataTypes.map((d) => d.id)).toEqual(['device.imei']);
    expect(createExtractor().lexicons.entries.dataTypes.get('device.imei')?.label.en).toBe('IMEI');
  });
});

describe('after failures', () => {
  it('the built-in lexicons still give the same results', () => {
    expect(() => createExtractor({ lexicons: [file('late.json', '{')] })).toThrow(LexiconError);
    expect(() => createExtractor({ lexicons: [{ kind: 'dataTypes', entries: [entry(), entry({ id: 'device.imei' })] } as never] })).toThrow(LexiconError);
    expect(extractPolicy(kaiconn).dataTypes.map((d) => d.id)).toEqual(baseline);
    expect(createExtractor().extract(kaiconn).dataTypes.map((d) => d.id)).toEqual(baseline);
    expect(baseline.length).toBeGreaterThan(5);
  });
});
