/**
 * Where a purpose clause of prose starts and ends, shared by the readers that take purposes
 * from sentences (permissions named in prose, SDKs named in prose).
 */

/**
 * A purpose that opens the sentence, before what it is for: `为了向您推荐附近门店，我们会…`,
 * `为了您在使用时，能够正常加载页面，我们会…` (one purpose up to the comma before the clause's
 * subject), "To scan codes, we request…". Group 1 is the purpose.
 */
export const OPENING_PURPOSE = {
  zh: /^(?:\s*[(（]?\d{0,2}[)）.、]?\s*)?((?:为了|为)[^。；;]{2,120}?)[，,]\s*(?=我们|本应用|本APP|APP|应用|本产品|需要|会|将)/,
  en: /^\s*((?:in order to|to) [^,.;]{3,100}),/i,
};

/** A purpose ends where the next clause brings its own subject (`…的文档，我们调用您的…`, "…, which…"). */
const NEXT_SUBJECT = {
  zh: /[，,]\s*(?:我们|它|该SDK|此SDK|上述|其|您|除|但|同时|另外|此外)/,
  en: /,\s*(?:and |but )?(?:we|it|which|this|these|they|you|however)\b/i,
};
/** Longest purpose kept: a sentence can go on long after it has said what it is for. */
const MAX_PURPOSE = 200;

/** `clause` up to where the next clause brings its own subject, without trailing punctuation, at most MAX_PURPOSE characters. */
export function purposeClause(clause: string, zh: boolean): string {
  const m = (zh ? NEXT_SUBJECT.zh : NEXT_SUBJECT.en).exec(clause);
  const t = (m ? clause.slice(0, m.index) : clause).replace(/[\s,，、;；:：]+$/, '').trim();
  return t.length > MAX_PURPOSE ? t.slice(0, MAX_PURPOSE) : t;
}
