/**
 * Sentence spans inside a paragraph, for evidence context and for clause-level rules
 * (negation, conditions). A plain scan over sentence punctuation: linear, no grammar.
 */

/** 。！？；; and . ! ? followed by a space or the end end a sentence. */
export function sentenceSpans(text: string): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const fullStop = c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0xff1b || c === 0x3b || c === 0x21 || c === 0x3f;
    const latinStop = c === 0x2e && (i + 1 === n || text.charCodeAt(i + 1) === 0x20) && i > 0 && /[a-z)\]"”]/i.test(text[i - 1]!) && !isAbbreviation(text, i);
    if (fullStop || latinStop) {
      if (i + 1 > start) out.push([start, i + 1]);
      start = i + 1;
      while (start < n && text.charCodeAt(start) === 0x20) start++;
      i = start - 1;
    }
  }
  if (start < n) out.push([start, n]);
  return out;
}

/** "Co.", "Ltd.", "e.g.", "i.e.", "etc." (mid-sentence), "No." do not end a sentence. */
function isAbbreviation(text: string, dot: number): boolean {
  const before = text.slice(Math.max(0, dot - 5), dot).toLowerCase();
  return /(?:^|[^a-z])(?:co|ltd|inc|e\.g|i\.e|no|mr|ms|dr|st|vs|art)$/.test(before);
}

/** The sentence of `spans` that holds offset `at`. */
export function sentenceAt(spans: readonly [number, number][], at: number): [number, number] {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [s, e] = spans[mid]!;
    if (at < s) hi = mid - 1;
    else if (at >= e) lo = mid + 1;
    else return spans[mid]!;
  }
  return spans[Math.max(0, Math.min(spans.length - 1, lo))] ?? [0, 0];
}
