/**
 * Personal data types: every lexicon form found anywhere in the policy, grouped by
 * taxonomy id, one evidence entry per mention. Mentions inside a statement that the data
 * is NOT collected are left out; an id whose every mention is negated is not reported.
 */
import type { PolicyDocument } from '../document.js';
import type { DataTypeFinding, Evidence } from '../types.js';
import { isNegatedMention } from './negation.js';
import { sentenceAt, sentenceSpans } from './sentences.js';

export function extractDataTypes(doc: PolicyDocument): DataTypeFinding[] {
  const matcher = doc.lexicons.matcher('dataTypes');
  const found = new Map<string, Evidence[]>();
  for (const para of doc.paragraphs) {
    const matches = matcher.match(doc.view(para.index));
    if (matches.length === 0) continue;
    const spans = sentenceSpans(para.text);
    for (const m of matches) {
      const sentence = sentenceAt(spans, m.start);
      if (isNegatedMention(para.text.slice(sentence[0], m.start), para.lang)) continue;
      let list = found.get(m.id);
      if (!list) found.set(m.id, (list = []));
      list.push(doc.evidence(para.index, m.start, m.end, sentence));
    }
  }
  const out: DataTypeFinding[] = [];
  for (const [id, evidence] of found) {
    const entry = doc.lexicons.entries.dataTypes.get(id)!;
    out.push({ id, label: entry.label.en, ...(entry.label.zh ? { labelZh: entry.label.zh } : {}), sensitive: entry.sensitive, evidence });
  }
  return out.sort((a, b) => a.evidence[0]!.start - b.evidence[0]!.start);
}
