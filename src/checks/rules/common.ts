/** Small helpers the rule families share: sections read for an absence, bilingual messages. */
import type { PolicyExtraction, SectionCategory } from '../../types.js';
import type { Finding, Rule, SearchedSection, Severity } from '../types.js';

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
  severity: Severity;
  refs: string[];
  description: string;
  /** Whether the extraction holds the statement. */
  present: (r: PolicyExtraction) => boolean;
  message: Finding['message'];
  /** Section categories where the statement belongs: reported as searched. */
  searchIn: readonly SectionCategory[];
}): Rule {
  return {
    id: def.id,
    jurisdiction: 'cn',
    severity: def.severity,
    refs: def.refs,
    description: def.description,
    check: (r) => (def.present(r) ? [] : [{ message: def.message, evidence: [], searched: wholeDocument(r, def.searchIn) }]),
  };
}
