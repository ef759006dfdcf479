/**
 * Property tests (issue #6): for arbitrary Unicode, for policy-shaped text (corpus lines
 * shuffled, duplicated, truncated mid-word or mid-surrogate, mixed across languages, joined by
 * every kind of line end) and for policy-shaped HTML, extraction never throws, keeps every
 * invariant of helpers/invariants.ts, and gives the same output twice, from two extractors.
 *
 * 2,000 cases by default; POLICYLENS_PROPERTY_RUNS=100000 for the long run, and
 * POLICYLENS_PROPERTY_SEED=<seed> to replay a failure (see docs/robustness.md). A failing
 * input found here goes into regression/cases/ as a fixed test.
 */
import fc from 'fast-check';
import { createExtractor } from '../src/index.js';
import { looksLikeHtml } from '../src/ingest/html.js';
import type { ExtractOptions, PolicyExtraction } from '../src/types.js';
import { checkInvariants } from './helpers/invariants.js';
import { htmlText, policyText, unicodeText } from './helpers/generators.js';

const TOTAL_RUNS = Number(process.env.POLICYLENS_PROPERTY_RUNS ?? 2000);
const SEED = process.env.POLICYLENS_PROPERTY_SEED === undefined ? undefined : Number(process.env.POLICYLENS_PROPERTY_SEED);
/** Share of the runs each property gets. */
const runs = (share: number): fc.Parameters<unknown> => ({
  numRuns: Math.max(1, Math.round(TOTAL_RUNS * share)),
  ...(SEED === undefined ? {} : { seed: SEED }),
  endOnFailure: false,
});

const a = createExtractor();
const b = createExtractor();

/** Extracts with both extractors and returns the problems; throwing is a failed property. */
function problemsOf(input: string, options: ExtractOptions = {}): string[] {
  const r1: PolicyExtraction = a.extract(input, options);
  const r2: PolicyExtraction = a.extract(input, options);
  const r3: PolicyExtraction = b.extract(input, options);
  const html = options.format === 'html' || (options.format !== 'text' && looksLikeHtml(input));
  const problems = checkInvariants(input, r1, a.lexicons, { html });
  const j1 = JSON.stringify(r1);
  if (JSON.stringify(r2) !== j1) problems.push('same extractor, same input, different output');
  if (JSON.stringify(r3) !== j1) problems.push('two extractors, same input, different output');
  return problems;
}

describe('properties', () => {
  it('arbitrary Unicode: no exception, invariants hold, output is deterministic', () => {
    fc.assert(
      fc.property(unicodeText, fc.constantFrom<ExtractOptions['format']>('auto', 'text', 'html'), (text, format) => {
        expect(problemsOf(text, { format })).toEqual([]);
      }),
      runs(0.45),
    );
  });

  it('policy-shaped text: no exception, invariants hold, output is deterministic', () => {
    fc.assert(
      fc.property(policyText, (text) => {
        expect(problemsOf(text, { format: 'text' })).toEqual([]);
      }),
      runs(0.4),
    );
  });

  it('policy-shaped HTML: no exception, invariants hold, output is deterministic', () => {
    fc.assert(
      fc.property(htmlText, (html) => {
        expect(problemsOf(html, { format: 'html' })).toEqual([]);
      }),
      runs(0.15),
    );
  });
});
