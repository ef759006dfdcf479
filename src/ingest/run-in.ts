/**
 * Headings that share their line with text: a run-in heading (`c. Seeing and Changing Your
 * Data. If you want…`, `（一）访问您的个人信息 您有权…`), and a whole policy pasted onto one
 * physical line (`… 一、我们收集的信息 我们会收集…。 二、…`). Each such line is cut into a
 * heading piece and a body piece, so that the section tree sees the heading on a line of its
 * own, as every other layout gives it.
 */
import { headingOrdinal, numberedHeading } from './headings.js';

export interface LineSpan {
  start: number;
  end: number;
}

/** A run-in English title: up to this many words, each content word capitalised. */
const RUN_IN_MAX_WORDS = 9;
const RUN_IN_MAX_CHARS = 70;
/** Words an English title keeps in lower case. */
const TITLE_SMALL_WORDS = new Set(['a', 'an', 'and', 'or', 'of', 'the', 'to', 'for', 'in', 'on', 'with', 'your', 'our', 'we', 'you', 'how', 'by', 'at', 'from', 'about', 'is', 'are', 'do', 'not']);
/** `c. `, `(c) `, `3. `, `3.1 `, `IV. ` before an English run-in title. */
const EN_RUN_IN = /^((?:[a-z][.)]|\([a-z]\)|\d{1,2}(?:\.\d{1,2}){0,3}\.?|[IVX]{1,5}\.)\s+)([A-Z][A-Za-z'’-]*(?: [A-Za-z'’-]+){0,8})\.\s+(?=["“(]?[A-Z])/;
/** Body after a run-in heading: at least this long, or the line is just a heading with a full stop. */
const MIN_RUN_IN_BODY = 20;

/** Chinese numbering that opens a heading: `一、`, `（一）`, `第三条`, `1.`, `1、`. */
const ZH_MARKER = /^(?:第[一二三四五六七八九十百零〇]{1,4}[章条节部]|[一二三四五六七八九十]{1,3}[、.]|[(（][一二三四五六七八九十]{1,3}[)）]|\d{1,2}(?:\.\d{1,2}){0,2}[、.]?(?!\d))/;
/** The heading words after the marker run to a space; the body starts with CJK text. */
const ZH_HEAD = /^[^\s。；;，,：:！!？?]{2,40}(?=[ \u3000]+[\u4e00-\u9fff“《(（])/;
/** A heading needs words of its own, not only a number and a Latin name. */
const MIN_HEAD_CJK = 2;
/** Shortest Chinese body that makes a line "heading + body" and not a heading with a space in it. */
const MIN_ZH_BODY = 10;
const ZH_SENTENCE = /[。，；！？]/;
/**
 * A line this long (characters) may be several sections pasted together; shorter lines with
 * numbers inside are enumerations (`包括：一、…；二、…`), never split.
 */
const MIN_PASTED_LINE = 200;
/** Where a pasted section may start: after a sentence end, or after a space that follows CJK text. */
const PASTE_POINT = /(?:[。！？!?]|[\u4e00-\u9fff）)》”][ \u3000])[ \u3000]*(?=第[一二三四五六七八九十]|[一二三四五六七八九十]{1,3}[、.]|[(（][一二三四五六七八九十]{1,3}[)）]|\d{1,2}[、.](?!\d))/g;

/** Length of a Chinese heading at the start of `text` (marker and words), or 0. */
function zhHeadingAt(text: string): number {
  const marker = ZH_MARKER.exec(text);
  if (!marker) return 0;
  const rest = text.slice(marker[0].length).replace(/^[ \u3000]*/, '');
  const pad = text.length - marker[0].length - rest.length;
  const head = ZH_HEAD.exec(rest);
  if (!head || (head[0].match(/[\u4e00-\u9fff]/g) ?? []).length < MIN_HEAD_CJK) return 0;
  const end = marker[0].length + pad + head[0].length;
  const body = text.slice(end).trim();
  if (body.length < MIN_ZH_BODY || !ZH_SENTENCE.test(body.slice(0, 200))) return 0;
  return numberedHeading(text.slice(0, end)) ? end : 0;
}

function isTitleCase(title: string): boolean {
  const words = title.split(' ');
  if (words.length > RUN_IN_MAX_WORDS || title.length > RUN_IN_MAX_CHARS) return false;
  return words.every((w, i) => /^[A-Z]/.test(w) || (i > 0 && TITLE_SMALL_WORDS.has(w.toLowerCase())));
}

/** Length of an English run-in heading at the start of `text` (through its full stop), or 0. */
function enHeadingAt(text: string): number {
  const m = EN_RUN_IN.exec(text);
  if (!m || !isTitleCase(m[2]!)) return 0;
  // The heading piece keeps its full stop (every visible character lies in a paragraph); the
  // heading's words end before it (headingCore).
  const end = m[1]!.length + m[2]!.length + 1;
  if (text.length - m[0].length < MIN_RUN_IN_BODY) return 0;
  return numberedHeading(text.slice(0, end)) ? end : 0;
}

/** Where the sections of a pasted line start: numbered headings whose number continues another's. */
function pastePoints(text: string): number[] {
  const found: { at: number; style: string; ordinal: number }[] = [];
  PASTE_POINT.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PASTE_POINT.exec(text))) {
    const at = m.index + m[0].length;
    if (!zhHeadingAt(text.slice(at, at + 400))) continue;
    const shape = numberedHeading(text.slice(at, at + 60).split(/[ \u3000]/)[0]!);
    const ordinal = shape ? headingOrdinal(shape.number) : null;
    if (shape && ordinal !== null) found.push({ at, style: shape.style, ordinal });
  }
  // One heading alone is as likely a number in prose: a point needs a sibling numbered next to it.
  return found.filter((f) => found.some((g) => g !== f && g.style === f.style && Math.abs(g.ordinal - f.ordinal) === 1)).map((f) => f.at);
}

/**
 * Cuts a heading off the front of [start, end) when one runs in there. A Chinese heading is
 * cut off only in a pasted line (`pasted`), whose numbering was checked: on a line of its
 * own, a space after a few Chinese words is as often a stray one from a PDF copy
 * (`2、 本政策仅适用于 中国银联…`, `我们不会将Cookies 用于…`).
 */
function cutRunIn(text: string, start: number, end: number, pasted: boolean, out: LineSpan[]): void {
  // Tried before the whole line: "b. Cookies. You can disable them." is short enough to pass
  // for a heading ending in a full stop.
  const line = text.slice(start, end);
  const head = enHeadingAt(line) || (pasted ? zhHeadingAt(line) : 0);
  if (!head) {
    out.push({ start, end });
    return;
  }
  out.push({ start, end: start + head });
  let body = start + head;
  while (body < end && (text.charCodeAt(body) === 0x20 || text.charCodeAt(body) === 0x3000)) body++;
  out.push({ start: body, end });
}

/** The pieces line [start, end) of `text` reads as: itself, or headings and bodies. */
export function splitRunIn(text: string, start: number, end: number): LineSpan[] {
  const out: LineSpan[] = [];
  const points = end - start >= MIN_PASTED_LINE ? pastePoints(text.slice(start, end)) : [];
  let from = start;
  for (const p of points) {
    let to = start + p;
    while (to > from && /[ \u3000]/.test(text[to - 1]!)) to--;
    if (to > from) cutRunIn(text, from, to, true, out);
    from = start + p;
  }
  cutRunIn(text, from, end, points.length > 0, out);
  return out;
}
