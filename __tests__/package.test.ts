/**
 * Packs the tarball, installs it into a fresh project and calls extractPolicy from there,
 * by `import` and by `require`. Slow (a real npm install), so it runs in CI (CI=true) or
 * with POLICYLENS_PACK_TEST=1.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './helpers/corpus.js';

const enabled = process.env.CI === 'true' || process.env.POLICYLENS_PACK_TEST === '1';
const maybe = enabled ? describe : describe.skip;

maybe('the npm package', () => {
  let dir = '';
  let files: string[] = [];

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'policylens-pack-'));
    const out = execFileSync('npm', ['pack', '--json', '--pack-destination', dir], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    const info = JSON.parse(out.slice(out.indexOf('['))) as { filename: string; files: { path: string }[] }[];
    files = info[0]!.files.map((f) => f.path);
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true }));
    execFileSync('npm', ['install', '--no-audit', '--no-fund', join(dir, info[0]!.filename)], { cwd: dir, stdio: 'ignore' });
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
