/**
 * Sweep over the 40 CAPP-130 policies (real Chinese apps, no gold): every one extracts
 * without error, keeps every result invariant, and stays within a time bound.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { createExtractor } from '../src/index.js';
import { checkInvariants } from './helpers/invariants.js';

const DIR = new URL('./data/capp-130/', import.meta.url);
const FILES = readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort();
/** Per policy, generous for a shared 2-core machine: a real policy takes well under 100 ms warm. */
const MS_PER_POLICY = 3000;

const extractor = createExtractor();

describe('CAPP-130 sweep', () => {
  beforeAll(() => {
    extractor.extract('我们会收集您的设备信息。We collect your IMEI.'); // load jieba and the lexicons once
  });

  it('holds all 40 policies', () => {
    expect(FILES).toHaveLength(40);
  });

  it.each(FILES)('%s', (file) => {
    const text = readFileSync(new URL(file, DIR), 'utf8');
    const t0 = performance.now();
    const result = extractor.extract(text);
    const ms = performance.now() - t0;
    expect(checkInvariants(text, result, extractor.lexicons)).toEqual([]);
    expect(ms).toBeLessThan(MS_PER_POLICY);
    // Real policies: Chinese, with paragraphs and at least one finding.
    expect(result.languages[0]?.lang).toBe('zh');
    expect(result.paragraphs.length).toBeGreaterThan(10);
    expect(result.dataTypes.length).toBeGreaterThan(0);
  });
});
