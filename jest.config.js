/**
 * ESM TypeScript through ts-jest; tests import the sources directly.
 *
 * The library loads some ES-module-only packages lazily with `require()` (Node >= 20.19
 * loads ES modules that way; it keeps them off the start-up path). Jest's own module
 * system cannot `require()` an ES module, so for tests those packages are compiled to
 * CommonJS by babel-jest.
 */
/**
 * Memory: jest's default on 2 cores is one worker, which means every test file runs in the
 * jest process itself ("in band"), whose heap only grows (measured: 2.67 GB peak RSS over the
 * suite). With `workerIdleMemoryLimit` jest always uses worker processes and starts a fresh
 * one after any test file that left it above the limit; `maxWorkers` bounds how many run at
 * once. __tests__/jest-config.test.ts checks both settings.
 */
export const MAX_WORKERS = '50%';
export const WORKER_IDLE_MEMORY_LIMIT = '256MB';

const LAZY_ESM = ['htmlparser2', 'domhandler', 'domutils', 'entities', 'dom-serializer', 'domelementtype', 'franc', 'trigram-utils', 'n-gram', 'collapse-white-space'];

export default {
  preset: 'ts-jest/presets/default-esm',
  testEnvironment: 'node',
  roots: ['<rootDir>/__tests__'],
  testMatch: ['**/*.test.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.test.json' }],
    [`/node_modules/(?:${LAZY_ESM.join('|')})/.+\\.js$`]: ['babel-jest', { plugins: ['@babel/plugin-transform-export-namespace-from', '@babel/plugin-transform-modules-commonjs'], babelrc: false, configFile: false }],
  },
  transformIgnorePatterns: [`/node_modules/(?!(?:${LAZY_ESM.join('|')})/)`],
  testTimeout: 60000,
  maxWorkers: MAX_WORKERS,
  workerIdleMemoryLimit: WORKER_IDLE_MEMORY_LIMIT,
};
