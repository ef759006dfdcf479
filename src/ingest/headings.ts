/**
 * Recognises section headings and their numbering style, in every style the corpus uses:
 * `1.`, `2.1.1`, `一、`, `(一)`, `(1)`, `1)`, `①`, `Ⅱ 、` / `II 、`, `1、`, `第三条`,
 * question headings ("How do we ...?") and plain-line headings (decided by the caller,
 * which knows whether the line names a section topic).
 */
import { parseChineseNumber } from './numbers.js';

export interface HeadingShape {
  /** Numbering style, so that headings of one style are siblings: `dot1`, `dot2`, `cn`, `paren-cn`, ... */
  style: string;
  /** The numbering as written. */
  number: string;
  /** Offset (in the paragraph) where the heading's words begin. */
  textStart: number;
}

const CN_NUM = '[一二三四五六七八九十百零〇]{1,4}';
const CIRCLED = '[\u2460-\u2473\u2776-\u277f\u2780-\u2793]';

/** Ordered: the first that matches names the style. */
const STYLES: readonly { style: string | ((m: RegExpExecArray) => string); re: RegExp }[] = [
  { style: 'chapter', re: new RegExp(`^(第${CN_NUM}[章部])\\s*`) },
  { style: 'article', re: new RegExp(`^(第${CN_NUM}[条节])\\s*`) },
  { style: 'cn', re: new RegExp(`^(${CN_NUM})\\s*[、.]\\s*`) },
  { style: 'paren-cn', re: new RegExp(`^([(]${CN_NUM}[)])\\s*[、.]?\\s*`) },
  { style: 'roman', re: /^((?:X{0,3})(?:IX|IV|V?I{0,3}))\s*[、.]\s*(?=\S)/ },
  // "2. Title" and "2.1 Title" are headings; "2 Camera" (no dot) is a style of its own, so
  // that numbered table rows cannot continue the numbering of real sections.
  { style: (m) => `dot${m[1]!.split('.').length}`, re: /^(\d{1,2}(?:\.\d{1,2}){1,4})\.?\s*(?=\S)/ },
  { style: 'dot1', re: /^(\d{1,2})\.(?!\d)\s*/ },
  { style: 'num-space', re: /^(\d{1,2})(?:\s+|(?=[\u4e00-\u9fff]))/ },
  { style: 'num-comma', re: /^(\d{1,2})\s*、\s*/ },
  { style: 'paren-num', re: /^([(]\d{1,2}[)])\s*/ },
  { style: 'num-paren', re: /^(\d{1,2}[)])\s*/ },
  // `c. Seeing and Changing Your Data`, `(b) Cookies`: letters number English sub-sections.
  { style: 'letter', re: /^([a-z])[.)]\s+(?=[A-Z])/ },
  // `A. Information We Collect`; I, V and X number Roman sections.
  { style: 'capital-letter', re: /^([A-HJ-UWYZ])[.)]\s+(?=[A-Z])/ },
  { style: 'paren-letter', re: /^(\([a-z]\))\s*(?=[A-Z])/ },
  { style: 'circled', re: new RegExp(`^(${CIRCLED})\\s*[.、]?\\s*`) },
  // "Section 4 - Contact Us", "Part II: Your Rights".
  { style: 'article-en', re: /^((?:article|section|chapter|part)\s+(?:\d{1,2}|[IVX]{1,5}))\b\s*[.:\-–—]?\s*/i },
  { style: 'section-sign', re: /^(§\s?\d{1,2})\s*[.:\-–—]?\s*/ },
];

/** Longest heading text, in characters, per script: a longer line is a paragraph. */
const MAX_HEADING_CJK = 40;
const MAX_HEADING_LATIN = 110;
/** A title this short (characters, words) may end in a full stop and still be a heading. */
const SHORT_TITLE = 70;
const SHORT_TITLE_WORDS = 9;
/** Sentence-final punctuation: a numbered line ending in it is a list item, not a heading. */
const SENTENCE_END = /[。;；,，:：!！]$|[a-z]{2}\.$/;
const QUESTION = /^(?:how|what|which|why|when|where|who|whom|do|does|can|will|is|are|should)\b[^?]{3,140}\?$/i;

function tooLong(body: string): boolean {
  if (body.length > MAX_HEADING_LATIN) return true;
  let cjk = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) cjk++;
  }
  return cjk > 0 && body.length > MAX_HEADING_CJK + (body.length - cjk) / 3;
}

/** The numbering of a line that reads as a heading, or null. */
/** Characters a numbered heading can start with; anything else is not tried against STYLES. */
/** Markdown heading marks (`#` to `######`) and the space after them. */
const MARKDOWN_MARK = /^#{1,6}[ \t]+/;
const NUMBERING_START = /^[0-9(一二三四五六七八九十第A-Za-z§\u2460-\u2473\u2776-\u2793]/;

/**
 * Where a line's heading words sit once markdown marks are set aside: `## Title`, `**Title**`,
 * `__3. Title__`, `### Title ###`. The whole line when it has none.
 */
/** A short title-case heading that ends in a full stop after a word. */
const RUN_IN_STOP = /^(?:[a-zA-Z][.)]|\([a-z]\)|\d{1,2}(?:\.\d{1,2}){0,3}\.?|[IVX]{1,5}\.)\s+[A-Z][A-Za-z'’ -]{0,70}[A-Za-z]\.$/;

export function headingCore(line: string, runIn = false): { start: number; end: number } {
  let start = MARKDOWN_MARK.exec(line)?.[0].length ?? 0;
  let end = line.length;
  const closing = /\s+#{1,6}$/.exec(line.slice(start));
  if (closing) end -= closing[0].length;
  const wrapped = /^(\*\*|__)(?=\S)([^]*?\S)\1$/.exec(line.slice(start, end));
  if (wrapped) {
    start += 2;
    end -= 2;
  }
  // A run-in heading cut off its text (`runIn`) keeps its full stop: `c. Seeing and Changing Your Data.`
  if (runIn && RUN_IN_STOP.test(line.slice(start, end))) end--;
  return { start, end };
}

export function numberedHeading(line: string): HeadingShape | null {
  // `### 六、…`: a markdown heading mark before the number is no part of the numbering.
  const lead = MARKDOWN_MARK.exec(line)?.[0].length ?? 0;
  const text = lead ? line.slice(lead) : line;
  if (text.length > 200 || !NUMBERING_START.test(text)) return null;
  for (const { style, re } of STYLES) {
    const m = re.exec(text);
    if (!m || !m[1]) continue;
    let body = text.slice(m[0].length).trim();
    // "5.1. Access your personal information." — a short title may end with a full stop.
    if (body.length <= SHORT_TITLE && body.endsWith('.') && body.split(' ').length <= SHORT_TITLE_WORDS) body = body.slice(0, -1);
    if (!body || tooLong(body) || SENTENCE_END.test(body)) return null;
    if (!/[A-Za-z\u4e00-\u9fff]/.test(body)) return null;
    // "①.SDK名称:个推SDK" is a record, not a heading.
    if (/[:：]\s*\S/.test(body)) return null;
    // "9)IMSI", "1 CAMERA": a list item or table row naming a constant, not a heading.
    if (!/[a-z]/.test(body) && (body.match(/[\u4e00-\u9fff]/g) ?? []).length < 2) return null;
    return { style: typeof style === 'string' ? style : style(m), number: m[1], textStart: lead + m[0].length };
  }
  return null;
}

/** "How do we use cookies?" and the like. */
export function questionHeading(text: string): boolean {
  return text.length <= 150 && QUESTION.test(text);
}

/** A short line without sentence punctuation: a heading if it also names a section topic. */
export function plainHeadingCandidate(text: string): boolean {
  if (text.length < 3 || tooLong(text) || SENTENCE_END.test(text) || /[.。]$/.test(text)) return false;
  if (/^(?:https?:|www\.)/i.test(text) || /[@\t0-9]|[:：]./.test(text)) return false;
  return /[A-Za-z\u4e00-\u9fff]/.test(text) && text.length <= 80;
}

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10 };

/**
 * The ordinal a heading number stands for (`2.3` → 3, `(十一)` → 11, `IV` → 4, `③` → 3),
 * used to tell a heading that continues its siblings from a table row that only looks like one.
 */
export function headingOrdinal(number: string): number | null {
  const digits = /(\d+)\D*$/.exec(number);
  if (digits) return Number(digits[1]);
  const cn = /[一二三四五六七八九十百零〇]+/.exec(number);
  if (cn) return parseChineseNumber(cn[0]) ?? null;
  const cp = number.codePointAt(0) ?? 0;
  if (cp >= 0x2460 && cp <= 0x2473) return cp - 0x2460 + 1;
  if (cp >= 0x2776 && cp <= 0x277f) return cp - 0x2776 + 1;
  if (cp >= 0x2780 && cp <= 0x2793) return ((cp - 0x2780) % 10) + 1;
  // A capital I, V or X is a Roman numeral (the capital-letter style skips them).
  const letter = /^\(?([a-z]|[A-HJ-UWYZ])\)?$/.exec(number);
  if (letter) return letter[1]!.toLowerCase().charCodeAt(0) - 0x60;
  if (/^[IVX]+$/.test(number)) {
    let v = 0;
    for (let i = 0; i < number.length; i++) {
      const a = ROMAN[number[i]!]!;
      const b = ROMAN[number[i + 1] ?? ''] ?? 0;
      v += a < b ? -a : a;
    }
    return v;
  }
  return null;
}
