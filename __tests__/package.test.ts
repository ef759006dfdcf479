/**
 * Packs the tarball, installs it into a fresh project and calls extractPolicy from there,
 * by `import` and by `require`. Part of every `npm test` (about 15 s); POLICYLENS_PACK_TEST=0
 * skips it.
 *
 * Offline: the fresh project gets a package-lock.json made from this repository's (the
 * package's runtime dependencies at the versions locked here, each with its registry URL
 * and integrity), so `npm ci --offline` takes every tarball from npm's cache, which the
 * project's own install filled. Without a lock npm would ask the registry for each
 * package's metadata, which its cache does not keep for a lock-file install.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './helpers/corpus.js';

const enabled = process.env.POLICYLENS_PACK_TEST !== '0';

interface LockEntry {
  dev?: boolean;
  devOptional?: boolean;
  [key: string]: unknown;
}

/** A lock for a project whose only dependency is the tarball `file`. */
function consumerLock(file: string): object {
  const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockEntry> };
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Record<string, unknown>;
  const packages: Record<string, unknown> = { '': { name: 'consumer', version: '1.0.0', dependencies: { policylens: `file:${file}` } } };
  packages['node_modules/policylens'] = {
    version: pkg.version,
    resolved: `file:${file}`,
    license: pkg.license,
    dependencies: pkg.dependencies,
    peerDependencies: pkg.peerDependencies,
    peerDependenciesMeta: pkg.peerDependenciesMeta,
    bin: pkg.bin,
    engines: pkg.engines,
  };
  // Everything not only a dev dependency here is the package's dependency tree.
  for (const [where, entry] of Object.entries(lock.packages)) if (where && !entry.dev && !entry.devOptional) packages[where] = entry;
  return { name: 'consumer', version: '1.0.0', lockfileVersion: 3, requires: true, packages };
}
const maybe = enabled ? describe : describe.skip;

maybe('the npm package', () => {
  let dir = '';
  let files: string[] = [];
  let packed: { scripts?: Record<string, string> } = {};
  let installLog = '';

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'policylens-pack-'));
    const out = execFileSync('npm', ['pack', '--json', '--pack-destination', dir], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    const info = JSON.parse(out.slice(out.indexOf('['))) as { filename: string; files: { path: string }[] }[];
    files = info[0]!.files.map((f) => f.path);
    const file = info[0]!.filename;
    packed = JSON.parse(execFileSync('tar', ['-xOzf', join(dir, file), 'package/package.json'], { encoding: 'utf8' })) as typeof packed;
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true, dependencies: { policylens: `file:${file}` } }));
    writeFileSync(join(dir, 'package-lock.json'), JSON.stringify(consumerLock(file)));
    const run = spawnSync('npm', ['ci', '--offline', '--no-audit', '--no-fund'], { cwd: dir, encoding: 'utf8' });
    installLog = `${run.stdout}${run.stderr}`;
    if (run.status !== 0) throw new Error(`npm ci --offline failed (is npm's cache filled? run npm ci in the repository):\n${installLog}`);
    copyFileSync(join(ROOT, 'corpus', 'kaiconn.zh-en.txt'), join(dir, 'policy.txt'));
  }, 300_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('holds the built code, lexicons, docs, README and LICENSE and nothing else', () => {
    expect(files).toEqual(expect.arrayContaining(['package.json', 'README.md', 'LICENSE', 'dist/index.js', 'dist/index.d.ts', 'dist/policy-extraction.schema.json', 'docs/extending.md', 'docs/examples/connected-cars.json']));
    expect(files.some((f) => f.startsWith('lexicons/') && f.endsWith('.json'))).toBe(true);
    const stray = files.filter((f) => !/^(dist\/|lexicons\/|docs\/|README\.md$|LICENSE$|package\.json$)/.test(f));
    expect(stray).toEqual([]);
    expect(files.some((f) => f.startsWith('corpus/') || f.startsWith('__tests__/') || f.startsWith('src/'))).toBe(false);
  });

  it('has no install scripts, and installing it warns about nothing', () => {
    // `prepare` (the build) is for a git checkout: packing moves it aside (prepack), so npm
    // has nothing to list for review when a user installs the tarball or from the registry.
    for (const name of ['preinstall', 'install', 'postinstall', 'prepare']) expect(packed.scripts?.[name]).toBeUndefined();
    // The checkout's manifest is back as it was.
    expect(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts.prepare).toBe('npm run build');
    expect(installLog).not.toMatch(/npm warn|install-scripts|allowScripts/i);
    expect(installLog).toMatch(/added \d+ packages/);
  });

  it('works through import', () => {
    writeFileSync(join(dir, 'esm.mjs'), `import { extractPolicy } from 'policylens';\nimport { readFileSync } from 'node:fs';\nconst r = extractPolicy(readFileSync('policy.txt', 'utf8'));\nprocess.stdout.write(JSON.stringify({ n: r.dataTypes.length, langs: r.languages.map((l) => l.lang).sort() }));\n`);
    const out = JSON.parse(execFileSync('node', ['esm.mjs'], { cwd: dir, encoding: 'utf8' })) as { n: number; langs: string[] };
    expect(out.n).toBeGreaterThan(10);
    expect(out.langs).toEqual(['en', 'zh']);
  });

  it('works through require', () => {
    writeFileSync(join(dir, 'cjs.cjs'), `const { extractPolicy } = require('policylens');\nconst r = extractPolicy(require('node:fs').readFileSync('policy.txt', 'utf8'));\nprocess.stdout.write(String(r.dataTypes.length));\n`);
    expect(Number(execFileSync('node', ['cjs.cjs'], { cwd: dir, encoding: 'utf8' }))).toBeGreaterThan(10);
  });

  it('ships the JSON Schema and the CLI', () => {
    const schema = JSON.parse(readFileSync(join(dir, 'node_modules', 'policylens', 'dist', 'policy-extraction.schema.json'), 'utf8')) as { title: string };
    expect(schema.title).toBe('PolicyExtraction');
    const out = execFileSync(join(dir, 'node_modules', '.bin', 'policylens'), ['--json', 'policy.txt'], { cwd: dir, encoding: 'utf8' });
    expect((JSON.parse(out) as { result: { version: number } }[])[0]!.result.version).toBe(1);
  });
});
