/**
 * HTML input: the visible text of a page, laid out the way the extractors read plain text,
 * with a map from every text character back to the HTML it came from.
 *
 * Block elements and `<br>` end lines; a table row becomes one line with its cells joined by
 * tabs (the shape of a copy-pasted table); script, style and other invisible content is
 * dropped; entities are decoded (the parser does it) and whitespace runs collapse as a browser
 * would show them. Evidence is later mapped through `srcStart`/`srcEnd` so that offsets index
 * the ORIGINAL HTML: `html.slice(start, end)` is the mention for ordinary text, and a decoded
 * entity maps to the whole entity (`&amp;`).
 */
import { createRequire } from 'node:module';
import type { Parser as ParserClass } from 'htmlparser2';

const require = createRequire(import.meta.url);
let ParserCtor: typeof ParserClass | null = null;

/** htmlparser2, loaded on the first HTML input: plain-text users never pay its start-up. */
function htmlParser(): typeof ParserClass {
  ParserCtor ??= (require('htmlparser2') as { Parser: typeof ParserClass }).Parser;
  return ParserCtor;
}

/** Plain text plus, for each of its characters, the half-open span of the source it came from. */
export interface SourceText {
  text: string;
  /** Source offset where text character `i` starts. */
  srcStart: Int32Array;
  /** Source offset just past the source of text character `i` (equal to srcStart for inserted breaks). */
  srcEnd: Int32Array;
}

/** Elements whose content is never shown. */
const HIDDEN = new Set(['script', 'style', 'template', 'noscript', 'head', 'svg', 'math', 'iframe', 'object', 'canvas', 'select', 'datalist']);

/** Elements that start and end a line. */
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html',
  'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'tfoot', 'thead', 'title',
  'ul', 'option',
]);

const CELL = new Set(['td', 'th']);

/**
 * Deepest element nesting the parser keeps track of. htmlparser2 keeps open elements in an
 * array it unshifts and searches, so 100,000 nested `<div>`s would cost quadratic time; past
 * this depth the outermost open elements are forgotten (their end tags are then ignored),
 * which no real page reaches.
 */
const MAX_DEPTH = 256;

/** Tag names that make a document's opening look like HTML (see `looksLikeHtml`). */
const OPENING = /^(?:\uFEFF)?\s{0,200}<(?:!doctype\s+html|html|head|body|meta|title|\?xml|!--|div|p|h[1-6]|table|section|article|main|header|ul|ol|span|br)[\s/>]/i;

/**
 * True when `input` is an HTML document or fragment rather than plain text: it opens with a
 * doctype, `<html>` or a common block tag. A plain-text policy that merely mentions `<br>`
 * somewhere later stays plain text.
 */
export function looksLikeHtml(input: string): boolean {
  return OPENING.test(input.slice(0, 512));
}

function isHtmlSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0c;
}

/** Extracts the visible text of `html` with its offset map. Linear in the input size. */
export function htmlToText(html: string): SourceText {
  const n = html.length;
  let cap = n + 16;
  let srcStart = new Int32Array(cap);
  let srcEnd = new Int32Array(cap);
  const parts: string[] = [];
  let chunk = '';
  let out = 0;

  let hidden = 0; // depth inside hidden elements
  let pre = 0; // depth inside <pre>: keep its line breaks and spaces
  let cell = 0; // depth inside a table cell: its own blocks must not break the row
  let cellsInRow = 0;
  /** What the last emitted character was: a line break, a space, or text (nothing yet counts as a break). */
  let last: 'break' | 'space' | 'text' = 'break';

  const push = (ch: string, from: number, to: number): void => {
    if (out + 1 >= cap) {
      cap *= 2;
      const a = new Int32Array(cap);
      a.set(srcStart.subarray(0, out));
      srcStart = a;
      const b = new Int32Array(cap);
      b.set(srcEnd.subarray(0, out));
      srcEnd = b;
    }
    srcStart[out] = from;
    srcEnd[out] = to;
    out++;
    chunk += ch;
    if (chunk.length > 8192) {
      parts.push(chunk);
      chunk = '';
    }
  };

  /** A line break caused by markup at `at`; inside a cell it is only a space, so the row stays one line. */
  const lineBreak = (at: number): void => {
    if (cell > 0) {
      if (last === 'text') {
        push(' ', at, at);
        last = 'space';
      }
      return;
    }
    if (last !== 'break') {
      push('\n', at, at);
      last = 'break';
    }
  };

  const Parser = htmlParser();
  const parser = new Parser(
    {
      onopentag(name) {
        const at = parser.startIndex;
        boundDepth(parser);
        if (HIDDEN.has(name)) {
          hidden++;
          return;
        }
        if (hidden > 0) return;
        if (name === 'tr') {
          lineBreak(at);
          cellsInRow = 0;
        } else if (CELL.has(name)) {
          if (cell === 0 && cellsInRow > 0) {
            push('\t', at, at);
            last = 'space';
          }
          cellsInRow++;
          cell++;
        } else if (name === 'br') {
          lineBreak(at);
        } else if (BLOCK.has(name)) {
          lineBreak(at);
          if (name === 'pre') pre++;
        }
      },
      onclosetag(name) {
        const at = parser.startIndex;
        if (HIDDEN.has(name)) {
          if (hidden > 0) hidden--;
          return;
        }
        if (hidden > 0) return;
        if (CELL.has(name)) {
          if (cell > 0) cell--;
        } else if (name === 'tr') {
          lineBreak(at);
          cellsInRow = 0;
        } else if (BLOCK.has(name)) {
          if (name === 'pre' && pre > 0) pre--;
          lineBreak(at);
        }
      },
      ontext(data) {
        if (hidden > 0) return;
        const from = parser.startIndex;
        const to = parser.endIndex + 1;
        // Raw text arrives with its exact source span; a decoded entity arrives alone and
        // maps as a whole onto the entity.
        const raw = to - from === data.length;
        for (let k = 0; k < data.length; k++) {
          const c = data.charCodeAt(k);
          const s = raw ? from + k : from;
          const e = raw ? from + k + 1 : to;
          if (pre > 0 && cell === 0 && (c === 0x0a || c === 0x0d)) {
            if (c === 0x0a || data.charCodeAt(k + 1) !== 0x0a) {
              push('\n', s, e);
              last = 'break';
            }
            continue;
          }
          if (isHtmlSpace(c) && pre === 0) {
            // Collapse whitespace as a browser shows it: one space between words, none at line starts.
            if (last === 'text') {
              push(' ', s, e);
              last = 'space';
            }
            continue;
          }
          push(data[k]!, s, e);
          last = 'text';
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeCDATA: false },
  );
  parser.end(html);
  parts.push(chunk);
  return { text: parts.join(''), srcStart: srcStart.subarray(0, out), srcEnd: srcEnd.subarray(0, out) };
}

/** Keeps the parser's open-element stacks (newest first) at most MAX_DEPTH deep; see MAX_DEPTH. */
function boundDepth(parser: ParserClass): void {
  const inner = parser as unknown as { stack?: unknown; foreignContext?: unknown };
  for (const list of [inner.stack, inner.foreignContext]) {
    if (Array.isArray(list) && list.length > MAX_DEPTH) list.length = MAX_DEPTH / 2;
  }
}
