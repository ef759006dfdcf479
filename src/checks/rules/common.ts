/** Small helpers the rule families share: sections read for an absence, bilingual messages. */
import type { PolicyExtraction, SectionCategory } from '../../types.js';
import type { Finding, Jurisdiction, Rule, RuleContext, SearchedSection, Severity } from '../types.js';

/** The sections of the given categories, as a rule reports them when something is missing there. */
export function sectionsOf(result: PolicyExtraction, categories: readonly SectionCategory[]): SearchedSection[] {
  return result.sections
    .filter((s) => categories.includes(s.category))
    .map((s) => ({ section: s.index, heading: s.heading, category: s.category }));
}

/** Whole-document absence: where nothing of the kind was found anywhere, every section was read. */
export function wholeDocument(result: PolicyExtraction, categories: readonly SectionCategory[]): SearchedSection[] {
  const own = sectionsOf(result, categories);
  return own.length ? own : result.sections.filter((s) => s.parent === -1).map((s) => ({ section: s.index, heading: s.heading, category: s.category }));
}

/** A rule that fires once when a statement the policy must make is not found anywhere. */
export function absence(def: {
  id: string;
  /** Default 'cn'. */
  jurisdiction?: Jurisdiction;
  severity: Severity;
  refs: string[];
  description: string;
  /** Whether the extraction holds the statement. */
  present: (r: PolicyExtraction, context: RuleContext) => boolean;
  /** When the rule cannot judge (a text rule without the text): no finding rather than a guess. */
  applies?: (r: PolicyExtraction, context: RuleContext) => boolean;
  message: Finding['message'];
  /** Section categories where the statement belongs: reported as searched. */
  searchIn: readonly SectionCategory[];
}): Rule {
  return {
    id: def.id,
    jurisdiction: def.jurisdiction ?? 'cn',
    severity: def.severity,
    refs: def.refs,
    description: def.description,
    check: (r, context) => ((def.applies && !def.applies(r, context)) || def.present(r, context)
      ? []
      : [{ message: def.message, evidence: [], searched: wholeDocument(r, def.searchIn) }]),
  };
}
