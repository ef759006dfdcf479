/**
 * Sharing, transfer and public disclosure. Each sentence with a verb of one of the three
 * kinds that speaks of personal data (inside a sharing section, or naming a recipient) is a
 * statement: its recipients by category, whether it is a refusal with exceptions
 * ("we will not transfer ... except ...": the exceptions, not an unconditional transfer),
 * and the exceptions it lists, including a list of consent exemptions on the lines after
 * it. Statements of one kind are gathered into two findings: what the policy says it
 * shares (recipients united), and its refusals with exceptions (exceptions united).
 */
import type { PolicyDocument } from '../../document.js';
import type { Match } from '../../lexicon/matcher.js';
import type { RecipientCategory, SharingFinding, SharingKind } from '../../types.js';
import { DATA_WORD, EXCEPTION_CUE, EXCEPTIONS, EXEMPTION_INTRO, KIND_VERBS, LIST_INTRO, ONLY_WITH_CONSENT, PURPOSE_PHRASE, RECIPIENTS, REFUSAL } from './data.js';
import { CROSS_BORDER } from '../retention/data.js';

/** Purposes kept per finding: enough to say why, bounded for long policies. */
const MAX_FINDING_PURPOSES = 12;
/** How many lines after a list introduction are read as its items. */
const LIST_WINDOW = 14;

function exceptionsIn(text: string, into: string[]): void {
  for (const { id, re } of EXCEPTIONS) if (re.test(text) && !into.includes(id)) into.push(id);
}

/** Exceptions listed on the lines after paragraph `p`, up to the next heading. */
function listedExceptions(doc: PolicyDocument, p: number): string[] {
  const out: string[] = [];
  for (let q = p + 1; q < Math.min(doc.paragraphs.length, p + 1 + LIST_WINDOW); q++) {
    const para = doc.paragraphs[q]!;
    if (para.heading && !/^\s*(?:\(?\d{1,2}[).、]|[(（][一二三四五六七八九十\d]{1,3}[)）]|[a-z][).])/.test(para.text)) break;
    exceptionsIn(para.text, out);
    // A list item runs on only while its lines stay short and enumerated.
    if (!/^\s*(?:\(?\d{1,2}[).、]|[(（]?[一二三四五六七八九十]{1,3}[)）、]|[a-z][).]|[-•·])/.test(para.text) && q > p + 1) break;
  }
  return out;
}

/** Purpose phrases of a sentence, trimmed; at most MAX_PURPOSES per sentence. */
const MAX_PURPOSES = 3;
function purposesIn(sentence: string): string[] {
  const out: string[] = [];
  PURPOSE_PHRASE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while (out.length < MAX_PURPOSES && (m = PURPOSE_PHRASE.exec(sentence))) {
    const phrase = m[0].trim();
    if (!out.includes(phrase)) out.push(phrase);
  }
  return out;
}

export function extractSharing(doc: PolicyDocument): SharingFinding[] {
  const found = new Map<string, SharingFinding>();
  for (const para of doc.paragraphs) {
    const text = para.text;
    if (para.heading || !DATA_WORD.test(text)) continue;
    const inSharing = doc.categoriesOf(para.index).includes('sharing');
    const spans = doc.sentences(para.index);
    let dataMatches: readonly Match[] | null = null;
    for (let k = 0; k < spans.length; k++) {
      const [s0, s1] = spans[k]!;
      const s = text.slice(s0, s1);
      if (CROSS_BORDER.test(s)) continue; // cross-border transfer belongs to storage
      const kinds: { kind: SharingKind; index: number; length: number }[] = [];
      for (const { kind, re } of KIND_VERBS) {
        const m = re.exec(s);
        if (m) kinds.push({ kind, index: m.index, length: m[0].length });
      }
      if (kinds.length === 0) continue;
      const recipients: RecipientCategory[] = [];
      for (const { category, re } of RECIPIENTS) if (re.test(s)) recipients.push(category);
      if (!inSharing && recipients.length === 0) continue;
      if (recipients.includes('other') && recipients.length > 1) recipients.splice(recipients.indexOf('other'), 1);

      const refusal = REFUSAL.test(s);
      const conditional = (refusal && EXCEPTION_CUE.test(s)) || ONLY_WITH_CONSENT.test(s);
      if (refusal && !conditional) continue; // "we do not share your data": nothing is shared
      // "我们在下列情形中,共享、转让、公开披露您的个人信息无需征得您的授权同意": the
      // consent exemptions, listed on the following lines.
      const exemption = EXEMPTION_INTRO.test(s);
      const exceptions: string[] = [];
      if (conditional) exceptionsIn(s.slice(Math.max(0, s.search(EXCEPTION_CUE))), exceptions);
      const isLast = k === spans.length - 1;
      if (isLast && (exemption || (conditional && LIST_INTRO.test(s)))) {
        for (const id of listedExceptions(doc, para.index)) if (!exceptions.includes(id)) exceptions.push(id);
      }
      const limited = conditional || (exemption && exceptions.length > 0);
      // What is shared and why: the data types named in the statement, and its purpose phrases.
      dataMatches ??= doc.matches('dataTypes', para.index);
      const dataTypes = [...new Set(dataMatches.filter((d) => d.start >= s0 && d.end <= s1).map((d) => d.id))];
      const purposes = refusal ? [] : purposesIn(s);
      for (const { kind, index, length } of kinds) {
        const key = `${kind}|${limited}`;
        let f = found.get(key);
        if (!f) found.set(key, (f = { kind, recipients: kind === 'disclose' ? ['public'] : [], dataTypes: [], purposes: [], conditional: limited, exceptions: [], evidence: [] }));
        for (const r of recipients) if (!f.recipients.includes(r)) f.recipients.push(r);
        for (const id of dataTypes) if (!f.dataTypes.includes(id)) f.dataTypes.push(id);
        for (const why of purposes) if (!f.purposes.includes(why) && f.purposes.length < MAX_FINDING_PURPOSES) f.purposes.push(why);
        for (const id of exceptions) if (!f.exceptions.includes(id)) f.exceptions.push(id);
        f.evidence.push(doc.evidence(para.index, s0 + index, s0 + index + length, [s0, s1]));
      }
    }
  }
  return [...found.values()].sort((a, b) => a.evidence[0]!.start - b.evidence[0]!.start);
}
