/**
 * Personal data types: every lexicon form found anywhere in the policy, grouped by
 * taxonomy id, one evidence entry per mention. Mentions inside a statement that the data
 * is NOT collected are left out; an id whose every mention is negated is not reported.
 */
import type { PolicyDocument } from '../../document.js';
import type { Match } from '../../lexicon/matcher.js';
import { hasCjk } from '../../lexicon/matcher.js';
import type { DataTypeFinding, Evidence } from '../../types.js';
import { ALSO_NAMES, CHANNEL_ONLY, LIST_ITEM_WORDS, OTHER_PARTY, PLURAL_ONLY, TITLE_AROUND, TITLE_ONLY_FORMS, VERB_BEFORE, VERB_HEADED_FORM } from './data.js';
import { isNegatedMention } from '../common/negation.js';
import { sentenceAt } from '../../ingest/sentences.js';

export function extractDataTypes(doc: PolicyDocument): DataTypeFinding[] {
  const entries = doc.lexicons.entries.dataTypes;
  const found = new Map<string, Evidence[]>();
  const add = (id: string, evidence: Evidence): void => {
    if (!entries.has(id)) return;
    let list = found.get(id);
    if (!list) found.set(id, (list = []));
    list.push(evidence);
  };
  for (const para of doc.paragraphs) {
    const matches = doc.matches('dataTypes', para.index);
    if (para.lang !== 'zh') for (const hit of listItemWords(para.text, matches, doc.sentences(para.index))) add(hit.id, doc.evidence(para.index, hit.start, hit.end, hit.sentence));
    if (matches.length === 0) continue;
    const spans = doc.sentences(para.index);
    for (const m of matches) {
      if (!surfaceFits(para.text, m)) continue;
      if (TITLE_ONLY_FORMS.has(m.form) && TITLE_AROUND.test(para.text.slice(0, m.start)) && TITLE_AROUND.test(para.text.slice(m.end))) continue;
      if (VERB_HEADED_FORM.test(m.form) && VERB_BEFORE.test(para.text.slice(Math.max(0, m.start - 4), m.start))) continue;
      const around = CHANNEL_ONLY.get(m.id) ?? OTHER_PARTY.get(m.id);
      if (around && (around.before.test(para.text.slice(Math.max(0, m.start - 24), m.start)) || around.after.test(para.text.slice(m.end, m.end + 24)))) continue;
      const sentence = sentenceAt(spans, m.start);
      const before = para.text.slice(Math.max(sentence[0], m.start - 400), m.start);
      const after = para.text.slice(m.end, Math.min(sentence[1], m.end + 400));
      if (isNegatedMention(before, after, para.lang)) continue;
      const evidence = doc.evidence(para.index, m.start, m.end, sentence);
      for (const id of dataTypeIdsOf(m)) add(id, evidence);
    }
  }
  const out: DataTypeFinding[] = [];
  for (const [id, evidence] of found) {
    evidence.sort((a, b) => a.start - b.start);
    const entry = entries.get(id)!;
    out.push({ id, label: entry.label.en, ...(entry.label.zh ? { labelZh: entry.label.zh } : {}), sensitive: entry.sensitive, evidence });
  }
  return out.sort((a, b) => a.evidence[0]!.start - b.evidence[0]!.start);
}

/**
 * The list-item words of a paragraph (LIST_ITEM_WORDS) that no lexicon match covers and that
 * the policy does not say it leaves uncollected.
 */
function listItemWords(text: string, matches: readonly Match[], spans: readonly [number, number][]): { id: string; start: number; end: number; sentence: readonly [number, number] }[] {
  const out: { id: string; start: number; end: number; sentence: readonly [number, number] }[] = [];
  for (const rule of LIST_ITEM_WORDS) {
    for (const w of text.matchAll(rule.word)) {
      const start = w.index, end = start + w[0].length;
      if (matches.some((m) => m.start < end && start < m.end)) continue;
      const sentence = sentenceAt(spans, start);
      const before = text.slice(Math.max(sentence[0], start - 400), start);
      const after = text.slice(end, Math.min(sentence[1], end + 400));
      if (!rule.before.test(before.slice(-24)) || !rule.after.test(after.slice(0, 80))) continue;
      if (rule.notBefore?.test(before.slice(-60)) || rule.notAfter?.test(after.slice(0, 120))) continue;
      if (rule.sentence && !rule.sentence.test(text.slice(sentence[0], sentence[1]))) continue;
      if (isNegatedMention(before, after, 'en')) continue;
      out.push({ id: rule.id, start, end, sentence });
    }
  }
  return out;
}

/** The ids a lexicon match names: its own, plus those of a form naming two types (音视频信息). */
export function dataTypeIdsOf(m: Match): string[] {
  const also = ALSO_NAMES.get(m.form.toLowerCase());
  return also ? [m.id, ...also] : [m.id];
}

/** A form written in capitals (two or more), digits allowed: an English acronym. */
const ACRONYM = /^[A-Z][A-Z0-9]+$/;
/** Letters from which an acronym's spelling is its own in any case. */
const LONG_ACRONYM = 4;

/** Word endings that keep a one-word form's meaning. */
const INFLECTION = new Set(['s', 'es', 'd', 'ed', 'ing']);

/**
 * Stems can join words of different meaning ("nationality" and "national" both stem to
 * "nation", "locale" to "local", "GUID" to "guide"). A one-word English form therefore has
 * to be the word it matched, give or take an inflection: "cookie" fits "cookies", "crash"
 * fits "crashed", "photos" fits "photo"; "national" does not fit "nationality".
 */
export function surfaceFits(text: string, m: Match): boolean {
  const form = m.form;
  const raw = text.slice(m.start, m.end);
  if (PLURAL_ONLY.has(form.toLowerCase())) return /s$/i.test(raw);
  if (hasCjk(form) || /[\s\-_/.']/.test(form)) return true;
  // An acronym (MMS, GPS) is only itself, case and all: "4 mm wide" is no MMS, "GP" no GPS.
  // From four letters on (IMEI, ICCID, IMSI) no English word shares the spelling, and policies
  // write them in lower case too ("iccid"), so case is let go there, never the whole word.
  if (ACRONYM.test(form)) {
    const same = form.length >= LONG_ACRONYM ? raw.toUpperCase() : raw;
    return same === form || same === `${form}s` || same === `${form}S`;
  }
  const word = raw.toLowerCase();
  const f = form.toLowerCase();
  if (word === f) return true;
  if (word.startsWith(f) && INFLECTION.has(word.slice(f.length))) return true;
  return f.startsWith(word) && INFLECTION.has(f.slice(word.length));
}
