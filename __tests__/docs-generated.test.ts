/**
 * Pages whose examples and tables are written from real output: they must match what the
 * built library gives now (npm run build first; CI builds in `npm ci`'s prepare step).
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const run = (script: string, ...args: string[]) => spawnSync(process.execPath, [join(root, 'scripts', script), ...args], { cwd: root, encoding: 'utf8' });

describe('docs written from real output', () => {
  test('docs/result.md: every example is what extractPolicy gives on Kaiconn', () => {
    const r = run('write-result-doc.mjs', '--check');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  test('docs/findings.md: the rules table is the rules and their counts over seed + dev', () => {
    const r = run('findings-report.mjs', '--check');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});
