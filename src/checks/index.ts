/**
 * Compliance findings: rules over a `PolicyExtraction`, each a small predicate with its
 * articles, one module per family under `rules/`. `checkPolicy` runs the ones that apply.
 *
 * ```ts
 * const result = extractPolicy(text);
 * for (const f of checkPolicy(result)) console.log(f.severity, f.rule, f.subject, f.message.en);
 * ```
 */
import type { PolicyExtraction } from '../types.js';
import type { CheckOptions, Finding, Jurisdiction, Rule, RuleContext, RuleSetting } from './types.js';
import { DEADLINE_RULES } from './rules/deadlines.js';
import { DISCLOSURE_RULES } from './rules/disclosure.js';
import { MINORS_RULES } from './rules/minors.js';
import { PERMISSION_RULES } from './rules/permissions.js';
import { RIGHTS_RULES } from './rules/rights.js';
import { SDK_RULES } from './rules/sdks.js';
import { SENSITIVE_RULES } from './rules/sensitive.js';
import { SHARING_RULES } from './rules/sharing.js';
import { CROSS_BORDER_RULES } from './rules/cross-border.js';
import { PERSONALIZATION_RULES } from './rules/personalization.js';
import { NECESSARY_PI_RULES, resolveAppCategories } from './rules/necessary-pi.js';
import { GDPR_RULES } from './rules/gdpr.js';

export type * from './types.js';

/** Every built-in rule, in the order findings are reported. */
export const RULES: readonly Rule[] = [
  ...DISCLOSURE_RULES, ...RIGHTS_RULES, ...DEADLINE_RULES, ...PERMISSION_RULES, ...SDK_RULES, ...MINORS_RULES,
  ...SENSITIVE_RULES, ...SHARING_RULES, ...CROSS_BORDER_RULES, ...PERSONALIZATION_RULES, ...NECESSARY_PI_RULES,
  ...GDPR_RULES,
];

/** Share of a policy's characters in Chinese from which Chinese rules apply by default. */
const CN_SHARE = 0.2;
const SEVERITIES = new Set(['violation', 'warning', 'info']);

/**
 * The rule sets a policy answers to when the caller does not say: Chinese text, or data stored
 * in China, brings the Chinese rules; English text the EU's.
 */
export function defaultJurisdictions(result: PolicyExtraction): Jurisdiction[] {
  const total = result.languages.reduce((n, l) => n + l.chars, 0) || 1;
  const share = (lang: string) => (result.languages.find((l) => l.lang === lang)?.chars ?? 0) / total;
  const out: Jurisdiction[] = [];
  if (share('zh') >= CN_SHARE || result.storage.locations.includes('CN')) out.push('cn');
  if (share('en') >= CN_SHARE) out.push('eu');
  return out;
}

function settingOf(rules: CheckOptions['rules'], id: string): RuleSetting {
  const s = rules?.[id];
  if (s === undefined) return {};
  if (typeof s === 'boolean') return { enabled: s };
  if (s.severity !== undefined && !SEVERITIES.has(s.severity)) {
    throw new TypeError(`policylens: rule ${id}: severity must be 'violation', 'warning' or 'info', got ${JSON.stringify(s.severity)}`);
  }
  return s;
}

/** Runs the rules that apply to this policy; findings in rule order, deterministic. */
export function checkPolicy(result: PolicyExtraction, options: CheckOptions = {}): Finding[] {
  if (!result || typeof result !== 'object' || !Array.isArray(result.sections)) {
    throw new TypeError('policylens: checkPolicy expects the result of extractPolicy');
  }
  const rules = [...RULES, ...(options.extraRules ?? [])];
  const known = new Set(rules.map((r) => r.id));
  for (const id of Object.keys(options.rules ?? {})) {
    if (!known.has(id)) throw new TypeError(`policylens: unknown rule ${JSON.stringify(id)}; known rules: ${[...known].join(', ')}`);
  }
  const jurisdictions = new Set(options.jurisdictions ?? defaultJurisdictions(result));
  const findings: Finding[] = [];
  if (options.text !== undefined && typeof options.text !== 'string') throw new TypeError('policylens: checkPolicy option text must be a string');
  // An unknown app type is the caller's mistake: said at once, whether or not the rule runs.
  const appCategories = options.appCategory === undefined ? undefined : resolveAppCategories(options.appCategory).map((t) => t.id);
  const context: RuleContext = {
    ...(options.text === undefined ? {} : { text: options.text }),
    ...(appCategories === undefined ? {} : { appCategories }),
  };
  for (const rule of rules) {
    const setting = settingOf(options.rules, rule.id);
    if (setting.enabled === false || !jurisdictions.has(rule.jurisdiction)) continue;
    for (const hit of rule.check(result, context)) {
      findings.push({
        rule: rule.id,
        severity: setting.severity ?? hit.severity ?? rule.severity,
        jurisdiction: rule.jurisdiction,
        refs: rule.refs,
        ...(hit.subject !== undefined ? { subject: hit.subject } : {}),
        message: hit.message,
        evidence: hit.evidence,
        ...(hit.searched ? { searched: hit.searched } : {}),
      });
    }
  }
  return findings;
}
