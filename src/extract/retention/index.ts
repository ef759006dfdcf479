/**
 * Retention: how long the policy keeps personal information and what happens afterwards.
 * Each sentence that talks about keeping data is read for a named rule (as long as
 * necessary, until the account is deleted, as the law requires) and for stated periods
 * (a legal minimum when "at least" or a law is named next to it); the same sentence or the
 * next one says whether data is then deleted or anonymised. Backup caveats ("may not
 * immediately delete from backup systems") and deletion when the service closes are
 * findings of their own.
 */
import type { PolicyDocument } from '../../document.js';
import type { Evidence, RetentionFinding } from '../../types.js';
import { findDurations } from '../common/dates.js';
import {
  ACCOUNT_DELETION_CUE,
  ANONYMISE_CUE,
  BACKUP_CUE,
  CESSATION_CUE,
  DELETE_CUE,
  LAW_NAME,
  MINIMUM_CUE,
  RETAIN_VERB,
  RETENTION_RULES,
} from './data.js';

/**
 * Characters between a keeping verb and the rule or period it governs. English runs longer:
 * "We keep account data for as long as your account is active and for 2 years after it is
 * closed" puts the period 64 characters past its verb.
 */
const NEAR = 60;
const NEAR_EN = 100;

/** RETAIN_VERB as a global pattern, compiled once. */
const RETAIN_VERB_ALL = new RegExp(RETAIN_VERB.source, 'gi');

function verbPositions(s: string): number[] {
  const out: number[] = [];
  const re = RETAIN_VERB_ALL;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) out.push(m.index);
  return out;
}

type Afterwards = NonNullable<RetentionFinding['afterwards']>;

function afterwardsOf(text: string): Afterwards | undefined {
  const del = DELETE_CUE.test(text);
  const anon = ANONYMISE_CUE.test(text);
  return del && anon ? 'delete_or_anonymise' : del ? 'delete' : anon ? 'anonymise' : undefined;
}

function mergeAfterwards(a: Afterwards | undefined, b: Afterwards | undefined): Afterwards | undefined {
  if (!a || a === b) return b ?? a;
  if (!b) return a;
  return 'delete_or_anonymise';
}

export function extractRetention(doc: PolicyDocument): RetentionFinding[] {
  const found = new Map<string, RetentionFinding>();
  const add = (f: Omit<RetentionFinding, 'evidence'>, ev: Evidence): void => {
    const key = `${f.rule}|${f.amount ?? ''}|${f.unit ?? ''}`;
    let entry = found.get(key);
    if (!entry) found.set(key, (entry = { rule: f.rule, ...(f.amount !== undefined ? { amount: f.amount, unit: f.unit } : {}), evidence: [] }));
    const afterwards = mergeAfterwards(entry.afterwards, f.afterwards);
    if (afterwards) entry.afterwards = afterwards;
    if (f.backupCaveat) entry.backupCaveat = true;
    entry.evidence.push(ev);
  };

  for (const para of doc.paragraphs) {
    const text = para.text;
    if (para.heading) continue;
    const spans = doc.sentences(para.index);
    for (let k = 0; k < spans.length; k++) {
      const sentence = spans[k]!;
      const s = text.slice(sentence[0], sentence[1]);
      const next = spans[k + 1] ? text.slice(spans[k + 1]![0], spans[k + 1]![1]) : '';
      const evAt = (m: { index: number; 0: string }): Evidence => doc.evidence(para.index, sentence[0] + m.index, sentence[0] + m.index + m[0].length, sentence);

      let m: RegExpExecArray | null;
      if ((m = BACKUP_CUE.exec(s)) && DELETE_CUE.test(s)) {
        add({ rule: 'backup_deletion_delayed', backupCaveat: true, afterwards: 'delete' }, evAt(m));
        continue;
      }
      if ((m = CESSATION_CUE.exec(s))) {
        const afterwards = afterwardsOf(s);
        if (afterwards) add({ rule: 'service_cessation', afterwards }, evAt(m));
        continue;
      }
      if ((m = ACCOUNT_DELETION_CUE.exec(s))) {
        const afterwards = afterwardsOf(s.slice(m.index));
        if (afterwards) add({ rule: 'until_account_deletion', afterwards }, evAt(m));
      }
      const verbs = verbPositions(s);
      if (verbs.length === 0) continue;
      const reach = /[\u4e00-\u9fff]/.test(s) ? NEAR : NEAR_EN;
      // A rule or period counts when it sits near a word for keeping data, not anywhere in a long sentence.
      const near = (at: number): boolean => {
        // verbs are in text order: binary-search the first one at or after `at - NEAR`.
        let lo = 0;
        let hi = verbs.length;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (verbs[mid]! < at - reach) lo = mid + 1;
          else hi = mid;
        }
        return lo < verbs.length && verbs[lo]! <= at + reach;
      };
      const afterwards = afterwardsOf(s) ?? afterwardsOf(next);
      for (const { rule, re } of RETENTION_RULES) {
        if ((m = re.exec(s)) && near(m.index)) add({ rule, afterwards }, evAt(m));
      }
      const lawNamed = LAW_NAME.test(s);
      for (const d of findDurations(s)) {
        if (!near(d.start)) continue;
        const before = s.slice(Math.max(0, d.start - 16), d.start);
        const legal = MINIMUM_CUE.test(before) || lawNamed;
        const ev = doc.evidence(para.index, sentence[0] + d.start, sentence[0] + d.end, sentence);
        add({ rule: legal ? 'legal_minimum' : 'fixed_period', amount: d.amount, unit: d.unit, afterwards }, ev);
      }
    }
  }
  return [...found.values()].sort((a, b) => a.evidence[0]!.start - b.evidence[0]!.start);
}
