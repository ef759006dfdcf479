import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCliArgs, UsageError } from '../src/cli/args.js';
import { parseRecord } from '../src/cli/inputs.js';
import { Progress } from '../src/cli/progress.js';
import { outputSink, runCommand, type RunOptions } from './helpers/cli.js';
import { renderSummary } from '../src/cli/summary.js';
import { cellWidth, renderTable, truncate } from '../src/cli/table.js';
import { extractPolicy } from '../src/index.js';
import type { PolicyExtraction } from '../src/types.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const kaiconnPath = join(root, 'corpus', 'kaiconn.zh-en.txt');
const jooanPath = join(root, 'corpus', 'jooan.en.txt');
const kaiconn = readFileSync(kaiconnPath, 'utf8');

const cli = (argv: string[], opts: RunOptions = {}) => runCommand(argv, opts);

describe('arguments', () => {
  it('parses every option, with --lexicon repeatable', () => {
    const o = parseCliArgs(['--json', '--lexicon', 'a.json', '--lexicon', 'b.yaml', '--jobs', '3', '--format', 'html', 'x.txt', '-']);
    expect(o).toMatchObject({ output: 'json', lexicons: ['a.json', 'b.yaml'], jobs: 3, format: 'html', inputs: ['x.txt', '-'] });
    expect(parseCliArgs([]).output).toBe('summary');
    expect(parseCliArgs(['--jsonl', '-']).output).toBe('jsonl');
  });

  it.each([
    [['--bogus']],
    [['--json', '--jsonl', 'x']],
    [['--jobs', 'two', 'x']],
    [['--jobs', '0', 'x']],
    [['--format', 'pdf', 'x']],
    [['-', '-']],
  ])('rejects %j as a usage error', (argv) => {
    expect(() => parseCliArgs(argv)).toThrow(UsageError);
  });
});

describe('policylens command', () => {
  it('prints help and version', async () => {
    const help = await cli(['--help']);
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/^Usage: policylens/);
    const version = await cli(['-v']);
    expect(version.out.trim()).toBe(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version);
  });

  it('exits 2 with a hint on a usage error, and when there is no input at all', async () => {
    const bad = await cli(['--nope']);
    expect(bad.code).toBe(2);
    expect(bad.err).toBe("policylens: unknown option '--nope'\nUsage: policylens [options] [files...|folders...|-]\nRun 'policylens --help' for usage.\n");
    expect(bad.err).toMatch(/policylens --help/);
    const none = await cli([]);
    expect(none.code).toBe(2);
    expect(none.err).toMatch(/no input/);
  });

  it('prints a readable summary of Kaiconn', async () => {
    const { code, out, err } = await cli([kaiconnPath]);
    expect(code).toBe(0);
    expect(err).toBe('');
    expect(out).toContain(`${kaiconnPath}: `);
    expect(out).toMatch(/Languages \(% of characters\): en \d+% \(248 paragraphs\), zh \d+% \(248 paragraphs\)/);
    expect(out).toMatch(/Sections \(\d+\)\n {2}heading +category/);
    expect(out).toMatch(/我们如何收集和使用个人信息 +collection/);
    expect(out).toMatch(/Data types \(\d+\)/);
    // A long group wraps under its names, so imei may be on a continuation line.
    expect(out).toMatch(/\n {2}device +[^\n]*(?:\n {6,}[^\n]*)*imei/);
    for (const title of ['SDKs', 'Permissions', 'Rights', 'Deadlines', 'Minors:', 'Contacts']) expect(out).toContain(title);
  });

  it('prints the full result with --json, equal to extractPolicy', async () => {
    const { code, out } = await cli(['--json', kaiconnPath]);
    expect(code).toBe(0);
    // Always an array, one entry per input, whatever the number of inputs.
    expect(JSON.parse(out)).toEqual([{ id: kaiconnPath, result: JSON.parse(JSON.stringify(extractPolicy(kaiconn))) }]);
  });

  it('keeps going after a missing file, reports it and exits 1', async () => {
    const missing = join(root, 'corpus', 'no-such-policy.txt');
    const { code, out, err } = await cli(['--json', '--jobs', '1', missing, jooanPath]);
    expect(code).toBe(1);
    expect(err).toBe(`policylens: cannot read ${missing}: no such file (ENOENT)\n`);
    const list = JSON.parse(out) as { id: string; result: PolicyExtraction; error?: string }[];
    expect(list.map((x) => x.id)).toEqual([missing, jooanPath]);
    expect(list[0]!.error).toBe(`cannot read ${missing}: no such file (ENOENT)`);
    expect(list[1]!.result.languages[0]!.lang).toBe('en');
  });

  it('writes one JSON line per policy with --jsonl, errors included', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'policylens-empty-'));
    const { code, out, err } = await cli(['--jsonl', '--jobs', '1', jooanPath, empty]);
    expect(code).toBe(1);
    const lines = out.trimEnd().split('\n').map((l) => JSON.parse(l) as { id: string; result?: PolicyExtraction; error?: string });
    expect(lines).toHaveLength(2);
    expect(lines[0]!.id).toBe(jooanPath);
    expect(lines[0]!.result!.dataTypes.length).toBeGreaterThan(0);
    expect(lines[1]!.error).toMatch(/is a folder with no \.txt \/ \.html \/ \.htm \/ \.md files/);
    expect(err).toMatch(/is a folder with no/);
  });

  it('reads JSONL records from standard input with --jsonl -', async () => {
    const stdin = [
      JSON.stringify({ id: 'p1', text: 'We collect your IMEI and MAC address.' }),
      '',
      JSON.stringify({ id: 7, text: '我们会收集您的MAC地址。' }),
      '{not json',
      JSON.stringify({ id: 'no-text' }),
    ].join('\n');
    const { code, out } = await cli(['--jsonl', '--jobs', '1', '-'], { stdin });
    expect(code).toBe(1);
    const byId = new Map(out.trimEnd().split('\n').map((l) => {
      const rec = JSON.parse(l) as { id: string | number; result?: PolicyExtraction; error?: string };
      return [rec.id, rec] as const;
    }));
    expect(byId.get('p1')!.result!.dataTypes.map((d) => d.id).sort()).toEqual(['device.imei', 'device.mac']);
    // A numeric id comes back as a number.
    expect(byId.get(7)!.result!.dataTypes.map((d) => d.id)).toEqual(['device.mac']);
    expect(byId.has('7')).toBe(false);
    expect(byId.get('-:4')!.error).toMatch(/line 4 is not valid JSON/);
    expect(byId.get('no-text')!.error).toMatch(/no string "text" field/);
  });

  it('reads one policy from standard input when no file is given', async () => {
    const { code, out } = await cli(['--json'], { stdin: 'We collect your IMEI.', stdinIsTTY: false });
    expect(code).toBe(0);
    const [only] = JSON.parse(out) as { id: string; result: PolicyExtraction }[];
    expect(only!.id).toBe('-');
    expect(only!.result.dataTypes.map((d) => d.id)).toEqual(['device.imei']);
  });

  it('reports input over --max-length as a failed input', async () => {
    const { code, err } = await cli(['--max-length', '100', jooanPath]);
    expect(code).toBe(1);
    expect(err).toMatch(/^policylens: \S*jooan\.en\.txt: input is \d+ characters, more than maxLength 100\n$/);
  });

  it('applies --lexicon files, and exits 2 on a bad one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'policylens-cli-'));
    const good = join(dir, 'vehicles.json');
    writeFileSync(good, JSON.stringify({ kind: 'dataTypes', entries: [{ id: 'vehicle.vin', label: { en: 'VIN' }, sensitive: false, forms: { en: ['VIN'], zh: ['车架号'] } }] }));
    const used = await cli(['--json', '--lexicon', good, '-'], { stdin: 'We read your VIN.\n我们读取车架号。', stdinIsTTY: false });
    expect(used.code).toBe(0);
    expect((JSON.parse(used.out) as { result: PolicyExtraction }[])[0]!.result.dataTypes.find((d) => d.id === 'vehicle.vin')!.evidence).toHaveLength(2);
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"kind": "dataTypes", "entries": [{"id": "x"}]}');
    const refused = await cli(['--lexicon', bad, jooanPath]);
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/^policylens lexicon bad\.json/);
    const absent = await cli(['--lexicon', join(dir, 'absent.json'), jooanPath]);
    expect(absent.code).toBe(2);
    expect(absent.err).toMatch(/cannot read the file \(ENOENT\)/);
  });

  it('draws a progress bar on stderr only when it is a terminal', async () => {
    const files = [jooanPath, jooanPath];
    const plain = await cli(['--jsonl', '--jobs', '1', ...files]);
    expect(plain.err).toBe('');
    const tty = await cli(['--jsonl', '--jobs', '1', ...files], { ttyErr: true });
    expect(tty.err).toContain('2/2');
    expect(tty.err).toContain('\r');
    expect(tty.err.endsWith('\r\x1b[K')).toBe(true);
  });
});

describe('progress bar', () => {
  it('counts, shows the rate and failures, and redraws at most every 100 ms', () => {
    const s = outputSink(true);
    let now = 0;
    const p = new Progress(s, 4, () => now);
    now = 1000;
    p.tick(true);
    now = 1050;
    p.tick(false);
    expect(p.line()).toBe(`${'█'.repeat(12)}${'░'.repeat(12)} 2/4  1.9/s  1 failed`);
    expect(s.text().split('\r').length - 1).toBe(1);
    let t = 0;
    const unknown = new Progress(outputSink(true), undefined, () => t);
    t = 2000;
    unknown.tick(true);
    expect(unknown.line()).toBe('1 policy  0.5/s');
    unknown.tick(true);
    expect(unknown.line()).toBe('2 policies  1.0/s');
  });
});

describe('summary pieces', () => {
  it('measures CJK as two cells and aligns columns', () => {
    expect(cellWidth('IMEI')).toBe(4);
    expect(cellWidth('友盟SDK')).toBe(7);
    expect(truncate('读取手机短信权限', 9)).toBe('读取手机…');
    const lines = renderTable([{ header: 'name', max: 20 }, { header: 'category', max: 20 }], [['友盟统计', 'analytics'], ['Getui', 'push']]);
    expect(lines).toEqual(['  name      category', '  友盟统计  analytics', '  Getui     push']);
  });

  it('parses JSONL records and names the bad ones', () => {
    expect(parseRecord('{"id": 3, "text": "t"}', 1)).toEqual({ id: 3, text: 't' });
    expect(parseRecord('[1]', 2)).toEqual({ id: '-:2', error: 'line 2 is not a JSON object' });
  });

  it('renders SDKs, permissions, rights, deadlines, minors and contacts', () => {
    const ev = [{ start: 0, end: 1, paragraph: 0 }];
    const r: PolicyExtraction = {
      ...extractPolicy(''),
      meta: { controllers: ['深圳市每开创新科技有限公司'], products: ['每开'], updated: '2022-10', evidence: [] },
      sdks: [
        { id: 'getui', name: 'Getui', aliases: ['个推'], vendor: '每日互动', category: 'push', platforms: ['android'], dataTypes: ['device.imei', 'device.mac'], purposes: [], known: true, evidence: ev },
      ],
      permissions: [
        { id: 'android.permission.CAMERA', platform: 'android', protectionLevel: 'dangerous', label: 'Camera', purposes: ['扫码添加设备'], scenarios: [], evidence: ev },
      ],
      rights: [{ id: 'right.deletion', how: '我的-设置-删除', evidence: ev }],
      deadlines: [{ subject: 'respond_to_requests', amount: 15, unit: 'working_day', text: '15个工作日', evidence: ev }],
      minors: { ageThreshold: 14, ages: [14, 18], parentalConsent: true, evidence: ev },
      contacts: { emails: ['privacy@kaiconn.com'], phones: ['075586965862'], phoneDetails: [], urls: [], regulators: [], addresses: [], evidence: ev },
    };
    const out = renderSummary('k.txt', r);
    expect(out).toContain('Controller: 深圳市每开创新科技有限公司');
    expect(out).toContain('Dates: updated 2022-10');
    // At 80 columns an SDK's data types go on the line under its row; a wide terminal has a column for them.
    expect(out).toMatch(/SDKs \(1\)\n {2}name +vendor +category +platforms\n {2}Getui +每日互动 +push +android\n {6}data: device\.imei, device\.mac/);
    expect(renderSummary('k.txt', r, 160)).toMatch(/SDKs \(1\)\n {2}name +vendor +category +platforms +data\n {2}Getui +每日互动 +push +android +device\.imei, device\.mac/);
    expect(out).toMatch(/android\.permission\.CAMERA +dangerous +扫码添加设备/);
    expect(out).toContain('  right.deletion: 我的-设置-删除');
    expect(out).toContain('  respond to requests: 15 working days');
    expect(out).toContain('Minors: under 14; also ages 18; parental consent required');
    expect(out).toMatch(/emails +privacy@kaiconn\.com/);
    expect(out).toMatch(/phones +075586965862/);
  });
});
