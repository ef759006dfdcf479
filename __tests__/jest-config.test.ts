/**
 * The test run's own settings: `npm test` stays within memory (jest.config.js) and prints no
 * ExperimentalWarning, and installing the package runs no install scripts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './helpers/corpus.js';
// @ts-expect-error: jest.config.js is plain JavaScript without types
import config, { MAX_WORKERS, WORKER_IDLE_MEMORY_LIMIT } from '../jest.config.js';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>;
  allowScripts?: Record<string, boolean>;
};

/** Bytes of a jest memory setting such as '256MB' (jest's units: K, M, G, with or without B). */
function bytes(limit: string | number): number {
  if (typeof limit === 'number') return limit;
  const m = /^(\d+(?:\.\d+)?)\s*([kmg]?)b?$/i.exec(limit);
  if (!m) throw new Error(`not a memory size: ${limit}`);
  return Number(m[1]) * { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[m[2]!.toLowerCase() as '' | 'k' | 'm' | 'g'];
}

describe('jest.config.js', () => {
  it('runs test files in worker processes that are restarted when they hold too much', () => {
    // Without workerIdleMemoryLimit jest runs everything in its own process on a 2-core
    // machine, and that heap only grows (2.67 GB peak RSS measured over the suite).
    expect(config.workerIdleMemoryLimit).toBe(WORKER_IDLE_MEMORY_LIMIT);
    expect(bytes(config.workerIdleMemoryLimit)).toBeGreaterThan(0);
    expect(bytes(config.workerIdleMemoryLimit)).toBeLessThanOrEqual(512 * 1024 ** 2);
  });

  it('bounds the workers that run at once', () => {
    expect(config.maxWorkers).toBe(MAX_WORKERS);
    // A share of the cores (each worker can reach several hundred MB), or a small number.
    expect(typeof MAX_WORKERS === 'string' ? /^(?:[1-9]|[1-4]\d|50)%$/.test(MAX_WORKERS) : MAX_WORKERS >= 1 && MAX_WORKERS <= 2).toBe(true);
  });
});

describe('npm scripts', () => {
  it('npm test silences the ExperimentalWarning of --experimental-vm-modules, in jest and its workers', () => {
    // Jest's worker processes are forked with the parent's execArgv, so both flags reach them.
    const test = pkg.scripts.test!;
    expect(test).toMatch(/^node (?:\S+ )*--disable-warning=ExperimentalWarning (?:\S+ )*--experimental-vm-modules node_modules\/jest\/bin\/jest\.js$/);
  });

  it('the package has no install scripts; prepare only builds a git checkout', () => {
    for (const name of ['preinstall', 'install', 'postinstall']) expect(pkg.scripts[name]).toBeUndefined();
    expect(pkg.scripts.prepare).toBe('npm run build');
  });

  it('the install scripts of dependencies are each decided in allowScripts', () => {
    // nodejieba (a dev dependency) compiles its addon; @parcel/watcher (jest-haste-map's
    // watcher) ships prebuilt binaries and its script only builds from source on request.
    expect(pkg.allowScripts).toEqual({ nodejieba: true, '@parcel/watcher': false });
  });
});
