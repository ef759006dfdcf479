/**
 * policylens: evidence-backed facts from privacy policies in Chinese, English or both.
 *
 * ```ts
 * import { extractPolicy } from 'policylens';
 * const result = extractPolicy(text);          // one shared default extractor
 * const cars = createExtractor({ lexicons: ['cars.json'] });
 * cars.extract(text);
 * ```
 */
export type * from './types.js';
export type { LexiconInput } from './lexicon/load.js';
export type { LexiconFile, LexiconKind, DataTypeEntry, SdkEntry, PermissionEntry, RightEntry, SectionEntry, EntryByKind } from './lexicon/schema.js';
export { LexiconError } from './lexicon/schema.js';
export type { Segmenter, SegmenterName } from './tokenize/segmenter.js';

export { DEFAULT_MAX_LENGTH, createExtractor, extractPolicy } from './extractor.js';
export type { Extractor, ExtractorOptions } from './extractor.js';
export { extractMany, createPool, defaultJobs } from './batch.js';
export type { BatchItem, ExtractManyOptions, PoolOptions, PolicyPool } from './batch.js';
export { checkPolicy, defaultJurisdictions, RULES } from './checks/index.js';
export { diffPolicies } from './diff/index.js';
export type { ChangeKind, DiffOptions, PolicyChange, PolicyDiff } from './diff/index.js';
export type { Finding, CheckOptions, Rule, RuleHit, RuleContext, RuleSetting, Severity, Jurisdiction, SearchedSection } from './checks/index.js';
export { renderReport } from './report/index.js';
export type { ReportOptions } from './report/index.js';
export { renderDiffReport } from './report/index.js';
export type { DiffReportOptions } from './report/index.js';
