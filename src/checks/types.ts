/**
 * The contract of compliance findings: what a rule says of a policy, with the words it rests
 * on (or, for something missing, the sections that were read and found wanting).
 */
import type { Evidence, PolicyExtraction, SectionCategory } from '../types.js';

export type Severity = 'violation' | 'warning' | 'info';
export type Jurisdiction = 'cn' | 'eu';

/** A section read by a rule that found something missing. */
export interface SearchedSection {
  section: number;
  heading: string;
  category: SectionCategory;
}

export interface Finding {
  /** Stable dotted id (`rights.missing`, `deadline.too-long`, ...). */
  rule: string;
  severity: Severity;
  jurisdiction: Jurisdiction;
  /** The articles the rule rests on (`"PIPL art. 17"`, `"App-191 6.3"`). */
  refs: string[];
  /** Taxonomy id the finding is about (a right, a permission, an SDK, a data type). */
  subject?: string;
  message: { en: string; zh: string };
  /** Spans in the original text the finding rests on; empty for an absence. */
  evidence: Evidence[];
  /** For an absence: the sections read (by the categories where the statement belongs). */
  searched?: SearchedSection[];
}

/** What a rule's predicate returns: the finding without the fields the rule itself fixes. */
export type RuleHit = Pick<Finding, 'subject' | 'message' | 'evidence' | 'searched'> & { severity?: Severity };

export interface Rule {
  id: string;
  jurisdiction: Jurisdiction;
  severity: Severity;
  refs: string[];
  /** One line on what fires the rule (docs and `--help`). */
  description: string;
  check(result: PolicyExtraction, context: RuleContext): RuleHit[];
}

/** What a rule may read besides the extraction. */
export interface RuleContext {
  /** The policy's text, when the caller gave it: rules may then read the sentences evidence points at. */
  text?: string;
}

export interface RuleSetting {
  enabled?: boolean;
  severity?: Severity;
}

export interface CheckOptions {
  /** Which rule sets apply; default: from the policy's languages (Chinese text → 'cn', English → 'eu'). */
  jurisdictions?: readonly Jurisdiction[];
  /** Per rule id: turn off, or change its severity. */
  rules?: Readonly<Record<string, RuleSetting | boolean>>;
  /**
   * The text the result was extracted from. Optional; with it, rules that judge a statement
   * (is a purpose given where a permission is named?) read the sentence, not only the fields.
   */
  text?: string;
  /** Rules of the caller's own, run beside the built-in ones. */
  extraRules?: readonly Rule[];
}
