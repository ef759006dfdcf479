/**
 * Cuts normalised text into paragraphs: one per non-blank line, trimmed, with list bullets
 * that survive normalisation (`l ` from Wingdings copy-paste, `-`, `*`) moved out of the span.
 */

import { splitRunIn } from './run-in.js';

export interface RawParagraph {
  /** Normalised offsets of the trimmed line. */
  start: number;
  end: number;
}

/** `l ` or `o ` at the start of a line followed by a capital or CJK: a Wingdings bullet pasted as a letter. */
const LETTER_BULLET = /^[lo§Ø] +(?=[A-Z\u4e00-\u9fff"“(])/;
/** Dashes and stars used as bullets, when followed by a space or CJK text. */
const MARK_BULLET = /^[-*·>]+ *(?=\S)/;

export function splitParagraphs(text: string): RawParagraph[] {
  const out: RawParagraph[] = [];
  let lineStart = 0;
  const n = text.length;
  while (lineStart <= n) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = n;
    let s = lineStart;
    let e = lineEnd;
    while (s < e && (text.charCodeAt(s) === 0x20 || text.charCodeAt(s) === 0x09)) s++;
    while (e > s && (text.charCodeAt(e - 1) === 0x20 || text.charCodeAt(e - 1) === 0x09)) e--;
    if (e > s) {
      const head = text.slice(s, Math.min(e, s + 8));
      const m = LETTER_BULLET.exec(head) ?? (head.startsWith('- ') || head.startsWith('* ') || head.startsWith('· ') ? MARK_BULLET.exec(head) : null);
      if (m && s + m[0].length < e) s += m[0].length;
      // A heading that shares its line with its text becomes a line of its own.
      for (const piece of splitRunIn(text, s, e)) out.push(piece);
    }
    lineStart = lineEnd + 1;
  }
  return out;
}
