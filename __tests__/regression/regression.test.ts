/**
 * Inputs that once broke an invariant (found by the property, hardening or sweep tests), kept
 * as fixed cases: each file of cases/ holds { name, found, input, format }. Add one for every
 * new failure: the input fast-check printed as its counterexample, unchanged.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { createExtractor } from '../../src/index.js';
import type { InputFormat } from '../../src/types.js';
import { checkInvariants } from '../helpers/invariants.js';

interface RegressionCase {
  name: string;
  found: string;
  input: string;
  format: InputFormat;
}

const DIR = new URL('./cases/', import.meta.url);
const CASES: [string, RegressionCase][] = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => [f, JSON.parse(readFileSync(new URL(f, DIR), 'utf8')) as RegressionCase]);
const extractor = createExtractor();

it('has cases', () => {
  expect(CASES.length).toBeGreaterThan(0);
});

it.each(CASES)('%s', (_file, c) => {
  const first = extractor.extract(c.input, { format: c.format });
  expect(checkInvariants(c.input, first, extractor.lexicons, { html: c.format === 'html' })).toEqual([]);
  expect(JSON.stringify(extractor.extract(c.input, { format: c.format }))).toBe(JSON.stringify(first));
});

it('200,000 nested elements parse in linear time', () => {
  const html = '<div>'.repeat(200000) + 'We collect your IMEI.' + '</div>'.repeat(200000);
  const t0 = performance.now();
  const r = extractor.extract(html);
  expect(performance.now() - t0).toBeLessThan(10000);
  expect(r.dataTypes.map((d) => d.id)).toEqual(['device.imei']);
});
