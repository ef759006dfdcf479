/**
 * Reading the policy's own words for rules that judge a statement: sentences of a paragraph,
 * the paragraphs around a mention, the first sentence anywhere that says something.
 */
import type { Evidence, PolicyExtraction } from '../../types.js';

/** A sentence as evidence: the whole sentence is both the mention and its sentence. */
export interface Sentence {
  text: string;
  evidence: Evidence;
}

/** Sentence ends in both languages; an English full stop only before a space. */
const SENTENCE_END = /[。！？；!?;]+|\.(?=\s)/g;

/**
 * Sentences already split, per result and paragraph: several rules read the same sentences,
 * and splitting them once keeps checks a small share of extraction time. Keyed by the result
 * (the text it was read from goes with it); read-only to callers.
 */
const split = new WeakMap<PolicyExtraction, { text: string; byParagraph: Map<number, readonly Sentence[]>; all?: readonly Sentence[] }>();

function cacheOf(text: string, r: PolicyExtraction) {
  let c = split.get(r);
  if (!c || c.text !== text) split.set(r, (c = { text, byParagraph: new Map() }));
  return c;
}

/** The sentences of one paragraph, with original offsets. */
export function sentencesOf(text: string, r: PolicyExtraction, paragraph: number): readonly Sentence[] {
  const c = cacheOf(text, r);
  let got = c.byParagraph.get(paragraph);
  if (!got) c.byParagraph.set(paragraph, (got = splitParagraph(text, r, paragraph)));
  return got;
}

function splitParagraph(text: string, r: PolicyExtraction, paragraph: number): Sentence[] {
  const p = r.paragraphs[paragraph];
  if (!p) return [];
  const body = text.slice(p.start, p.end);
  const out: Sentence[] = [];
  let from = 0;
  const push = (to: number) => {
    const raw = body.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) {
      const start = p.start + from + lead;
      const end = start + trimmed.length;
      out.push({ text: trimmed, evidence: { start, end, paragraph, sentenceStart: start, sentenceEnd: end } });
    }
  };
  for (const m of body.matchAll(SENTENCE_END)) {
    push(m.index + m[0].length);
    from = m.index + m[0].length;
  }
  push(body.length);
  return out;
}

/** Every sentence of the policy, paragraph by paragraph. */
export function allSentences(text: string, r: PolicyExtraction): readonly Sentence[] {
  const c = cacheOf(text, r);
  return (c.all ??= r.paragraphs.flatMap((p) => sentencesOf(text, r, p.index)));
}

/** The sentences of the paragraphs within `reach` of a mention (its own paragraph first). */
export function sentencesNear(text: string, r: PolicyExtraction, e: Evidence, reach: number): Sentence[] {
  const out = [...sentencesOf(text, r, e.paragraph)];
  for (let d = 1; d <= reach; d++) out.push(...sentencesOf(text, r, e.paragraph - d), ...sentencesOf(text, r, e.paragraph + d));
  return out;
}

/** The sentence the evidence sits in. */
export function sentenceText(text: string, e: Evidence): string {
  return text.slice(e.sentenceStart ?? e.start, e.sentenceEnd ?? e.end);
}

/** Category of the innermost section holding a paragraph ('other' before the first heading). */
export function categoryOf(r: PolicyExtraction, paragraph: number): string {
  const s = r.paragraphs[paragraph]?.section ?? -1;
  return s >= 0 ? r.sections[s].category : 'other';
}

/** Paragraph indexes of the sections whose heading matches (with their subsections). */
export function paragraphsUnderHeading(r: PolicyExtraction, heading: RegExp): Set<number> {
  const hit = new Set(r.sections.filter((s) => heading.test(s.heading)).map((s) => s.index));
  const out = new Set<number>();
  for (const p of r.paragraphs) {
    for (let s = p.section; s >= 0; s = r.sections[s].parent) if (hit.has(s)) { out.add(p.index); break; }
  }
  return out;
}

/**
 * A sentence that does not state something happens: a refusal ("我们不会…", "we will not"), a
 * hypothetical ("如需…", "if"), or the list of legal exceptions ("以下情形…不事先征得"). Rules that
 * need a statement of fact (data is shared, data goes abroad) skip such sentences.
 */
export const NOT_A_STATEMENT = /不会|不得|不向|不与|不对外|不主动|不存在|不涉及|暂不|暂时不|并未|尚未|除外|除非|如存在|如果|如需|如有需要|如您(?:要求|需要|主动|的)|^如(?![下上此同实期])|如发生|若|一旦|以下情形|例外|豁免|变更|\bwill\s+not\b|\bwon't\b|\bdo(?:es)?\s+not\b|\bnever\b|\bunless\b|\bexcept\b|\bif\b/i;

const LIST_ITEM = /^\s*(?:[（(]?\d{1,2}[、.．)）]|[（(]?[一二三四五六七八九十]{1,3}[、)）]|[•·●\-*]\s)/;

/**
 * Whether a paragraph is an item of a list whose lead-in is not a statement ("仅在以下情形…：",
 * "we may disclose ... if:"): its items are conditions, not facts.
 */
export function inConditionList(text: string, r: PolicyExtraction, paragraph: number): boolean {
  const body = (i: number) => text.slice(r.paragraphs[i].start, r.paragraphs[i].end);
  if (!r.paragraphs[paragraph] || !LIST_ITEM.test(body(paragraph))) return false;
  for (let i = paragraph - 1; i >= 0 && i >= paragraph - 12; i--) {
    if (LIST_ITEM.test(body(i))) continue;
    return NOT_A_STATEMENT.test(body(i));
  }
  return false;
}
