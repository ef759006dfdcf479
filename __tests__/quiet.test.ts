/**
 * The BUILT package, imported by a plain `node` process, prints nothing, reads no .env file,
 * writes no file and opens no network connection while it loads and extracts.
 * The package is built once into a temporary folder (so this test never touches dist/).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
let tmp = '';
let pkg = '';

/** Runs in the child: traps writes and network, imports the package, extracts, reports on fd 3. */
const CHILD = String.raw`
import fs from 'node:fs';
import net from 'node:net';
import dns from 'node:dns';
import { syncBuiltinESMExports } from 'node:module';
const writes = [], reads = [], network = [];
const WRITE = ['writeFileSync', 'writeFile', 'appendFileSync', 'appendFile', 'createWriteStream', 'mkdirSync', 'mkdir', 'rmSync', 'rm', 'unlinkSync', 'unlink', 'renameSync', 'rename', 'copyFileSync', 'copyFile', 'mkdtempSync', 'mkdtemp', 'symlinkSync', 'truncateSync'];
for (const name of WRITE) {
  const orig = fs[name];
  fs[name] = function (...args) { writes.push(name + ' ' + String(args[0])); return orig.apply(this, args); };
}
for (const name of ['writeFile', 'appendFile', 'mkdir', 'rm', 'unlink', 'rename', 'copyFile', 'open']) {
  const orig = fs.promises[name];
  fs.promises[name] = function (...args) { if (name !== 'open' || /[wa+]/.test(String(args[1] ?? 'r'))) writes.push('promises.' + name + ' ' + String(args[0])); return orig.apply(this, args); };
}
const openSync = fs.openSync;
fs.openSync = function (path, flags, ...rest) { if (/[wa+]/.test(String(flags ?? 'r'))) writes.push('openSync ' + String(path)); return openSync.call(this, path, flags, ...rest); };
const readFileSync = fs.readFileSync;
fs.readFileSync = function (path, ...rest) { reads.push(String(path)); return readFileSync.call(this, path, ...rest); };
syncBuiltinESMExports();
const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function (...args) { network.push('connect'); return connect.apply(this, args); };
const lookup = dns.lookup;
dns.lookup = function (...args) { network.push('dns ' + args[0]); return lookup.apply(this, args); };
globalThis.fetch = async (url) => { network.push('fetch ' + url); throw new Error('no network'); };

const m = await import(process.argv[2]);
const policy = readFileSync(process.argv[3], 'utf8');
const a = m.extractPolicy(policy);
const b = m.extractPolicy('<!DOCTYPE html><html><body><h2>1. 我们收集的信息</h2><p>We collect your IMEI&nbsp;and MAC address.</p></body></html>');
const c = m.createExtractor({ lexicons: [process.argv[4]] }).extract('We collect your shoe size.');
let bad = null;
try { m.createExtractor({ lexicons: [{ kind: 'dataTypes', entries: [{ id: 'Bad Id' }] }] }); } catch (e) { bad = e.name; }
fs.writeSync(3, JSON.stringify({
  marker: process.env.POLICYLENS_DOTENV_MARKER ?? null,
  writes, network,
  envReads: reads.filter((r) => /(^|[\\/])\.env/.test(r)),
  counts: [a.dataTypes.length, a.paragraphs.length, b.dataTypes.length, c.dataTypes.map((d) => d.id)],
  bad,
}));
`;

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'policylens-quiet-'));
  pkg = join(tmp, 'pkg');
  mkdirSync(pkg);
  execFileSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', join(ROOT, 'tsconfig.build.json'), '--outDir', join(pkg, 'dist')], { stdio: 'pipe' });
  cpSync(join(ROOT, 'lexicons'), join(pkg, 'lexicons'), { recursive: true });
  cpSync(join(ROOT, 'package.json'), join(pkg, 'package.json'));
  symlinkSync(join(ROOT, 'node_modules'), join(pkg, 'node_modules'), 'dir');
}, 120000);

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

it('prints nothing, reads no .env, writes no file, opens no connection', () => {
  const cwd = join(tmp, 'work');
  const home = join(tmp, 'home');
  mkdirSync(cwd);
  mkdirSync(home);
  writeFileSync(join(cwd, '.env'), 'POLICYLENS_DOTENV_MARKER=leaked\n');
  writeFileSync(join(home, '.env'), 'POLICYLENS_DOTENV_MARKER=leaked\n');
  writeFileSync(join(cwd, 'child.mjs'), CHILD);
  writeFileSync(join(cwd, 'shoes.json'), JSON.stringify({ kind: 'dataTypes', entries: [{ id: 'profile.shoe_size', label: { en: 'shoe size' }, forms: { en: ['shoe size'] }, sensitive: false }] }));
  const before = { cwd: readdirSync(cwd).sort(), home: readdirSync(home).sort(), pkg: readdirSync(pkg, { recursive: true }).length };
  const env = { PATH: process.env.PATH ?? '', HOME: home, USERPROFILE: home };
  const run = spawnSync(process.execPath, ['child.mjs', join(pkg, 'dist/index.js'), join(ROOT, 'corpus/kaiconn.zh-en.txt'), join(cwd, 'shoes.json')], {
    cwd,
    env,
    stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
    encoding: 'utf8',
    timeout: 60000,
  });
  expect(run.error).toBeUndefined();
  expect(run.stdout).toBe('');
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  const report = JSON.parse(String(run.output[3]));
  expect(report.marker).toBeNull();
  expect(report.envReads).toEqual([]);
  expect(report.writes).toEqual([]);
  expect(report.network).toEqual([]);
  expect(report.bad).toBe('LexiconError');
  // It did real work: data types in the policy and the HTML page, the user lexicon applied.
  expect(report.counts[0]).toBeGreaterThan(5);
  expect(report.counts[1]).toBeGreaterThan(100);
  expect(report.counts[2]).toBeGreaterThan(0);
  expect(report.counts[3]).toEqual(['profile.shoe_size']);
  expect({ cwd: readdirSync(cwd).sort(), home: readdirSync(home).sort(), pkg: readdirSync(pkg, { recursive: true }).length }).toEqual(before);
});
