/**
 * The contract of compliance findings: what a rule says of a policy, with the words it rests
 * on (or, for something missing, the sections that were read and found wanting).
 */
import type { ExtractChecks, Finding, Jurisdiction, PolicyExtraction, Severity } from '../types.js';

export type { ExtractChecks, Finding, Jurisdiction, RuleSetting, SearchedSection, Severity } from '../types.js';

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
  /** The app's types in the necessary-PI table (English ids), when the caller gave `appCategory`. */
  appCategories?: readonly string[];
}

export interface CheckOptions extends ExtractChecks {
  /**
   * The text the result was extracted from. Optional; with it, rules that judge a statement
   * (is a purpose given where a permission is named?) read the sentence, not only the fields.
   */
  text?: string;
  /** Rules of the caller's own, run beside the built-in ones. */
  extraRules?: readonly Rule[];
}
