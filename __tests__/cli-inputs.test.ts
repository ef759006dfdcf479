/**
 * The built CLI on the input contract and its terminal output: folders, JSON shape, record
 * ids, 80 columns, messages. Runs dist/ (npm run build first), as a user runs the command.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cellWidth } from '../src/cli/table.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'dist', 'cli', 'main.js');
const seed = (name: string): string => join(root, 'corpus', name);

function run(args: string[], input?: string, cwd?: string): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', input, cwd, maxBuffer: 1 << 28 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A folder: two policies at the top (and a file of another kind), one in a sub-folder. */
function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'policylens-folder-'));
  copyFileSync(seed('zosi.en.txt'), join(dir, 'b.txt'));
  writeFileSync(join(dir, 'a.html'), '<p>We collect your email address.</p>');
  writeFileSync(join(dir, 'notes.pdf'), '%PDF-1.4');
  writeFileSync(join(dir, '.hidden.txt'), 'We collect your IMEI.');
  mkdirSync(join(dir, 'sub'));
  writeFileSync(join(dir, 'sub', 'c.md'), '我们会收集您的手机号码。');
  return dir;
}

describe('the built CLI: inputs', () => {
  test('a folder stands for its .txt/.html/.htm/.md files in name order; --recursive adds the folders below', () => {
    const dir = folder();
    const flat = JSON.parse(run(['--json', dir]).stdout) as { id: string }[];
    expect(flat.map((x) => x.id)).toEqual([join(dir, 'a.html'), join(dir, 'b.txt')]);
    const deep = JSON.parse(run(['--json', '-r', dir]).stdout) as { id: string; result: { dataTypes: { id: string }[] } }[];
    expect(deep.map((x) => x.id)).toEqual([join(dir, 'a.html'), join(dir, 'b.txt'), join(dir, 'sub', 'c.md')]);
    expect(deep[2]!.result.dataTypes.map((d) => d.id)).toContain('contact.phone');
    // The same order on every run.
    expect((JSON.parse(run(['--json', '--recursive', dir]).stdout) as { id: string }[]).map((x) => x.id)).toEqual(deep.map((x) => x.id));
  });

  test('a folder with nothing to read is a failed input, named, with the hint', () => {
    const dir = mkdtempSync(join(tmpdir(), 'policylens-none-'));
    mkdirSync(join(dir, 'deeper'));
    writeFileSync(join(dir, 'deeper', 'p.txt'), 'We collect your IMEI.');
    const r = run(['--json', dir]);
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual([{ id: dir, error: expect.stringMatching(/is a folder with no .* files in it \(--recursive reads the folders below\)/) }]);
    expect(run(['--json', '-r', dir]).status).toBe(0);
  });

  test('--json is an array with one entry per input, failures included, whatever the count', () => {
    const one = JSON.parse(run(['--json', seed('zosi.en.txt')]).stdout) as unknown[];
    expect(Array.isArray(one)).toBe(true);
    expect(one).toHaveLength(1);
    const two = run(['--json', seed('zosi.en.txt'), join(root, 'no-such.txt')]);
    expect(two.status).toBe(1);
    const list = JSON.parse(two.stdout) as { id: string; error?: string; result?: unknown }[];
    expect(list.map((x) => [x.id.endsWith('zosi.en.txt') || x.id, 'result' in x])).toEqual([[true, true], [join(root, 'no-such.txt'), false]]);
    expect(list[1]!.error).toMatch(/no such file/);
  });

  test('JSONL record ids keep their type', () => {
    const input = [JSON.stringify({ id: 42, text: 'We collect your IMEI.' }), JSON.stringify({ id: '42', text: 'We collect your IMEI.' })].join('\n');
    const lines = run(['--jsonl', '--jobs', '1', '-'], input).stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: unknown });
    expect(lines.map((l) => l.id).sort()).toEqual([42, '42'].sort());
  });
});

describe('the built CLI: messages and width', () => {
  test('every summary line fits 80 columns, Chinese counted as two', () => {
    const files = [...readdirSync(join(root, 'corpus')).filter((f) => f.endsWith('.txt')).map((f) => seed(f)), join(root, 'corpus-dev', 'china-unicom.zh.txt')];
    const out = run(files).stdout;
    const wide = out.split('\n').filter((l) => cellWidth(l) > 80);
    expect(wide).toEqual([]);
    expect(out).toContain('SDKs (');
  });

  test('--help of every command fits 80 columns; the main one names the folder input', () => {
    const help = run(['--help']).stdout;
    expect(help).toMatch(/--recursive/);
    for (const args of [['--help'], ['check', '--help'], ['report', '--help'], ['diff', '--help']]) {
      const out = run(args).stdout;
      expect(out).toMatch(/^Usage: policylens/);
      expect([args.join(' '), out.split('\n').filter((l) => cellWidth(l) > 80)]).toEqual([args.join(' '), []]);
    }
  });

  test('the language line says the shares are of characters', () => {
    expect(run([seed('kaiconn.zh-en.txt')]).stdout).toMatch(/^Languages \(% of characters\): en 7\d% \(248 paragraphs\), zh 2\d% \(248 paragraphs\)$/m);
  });

  test('an unknown option gets policylens\'s own words; a failed input has the prefix once', () => {
    const bad = run(['--frobnicate']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe("policylens: unknown option '--frobnicate'\nUsage: policylens [options] [files...|folders...|-]\nRun 'policylens --help' for usage.\n");
    const long = run(['--max-length', '10', seed('zosi.en.txt')]);
    expect(long.status).toBe(1);
    expect(long.stderr.match(/policylens:/g)).toHaveLength(1);
  });
});
