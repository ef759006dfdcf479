/**
 * List items and inline enumerations, the two ways policies string names together.
 *
 * - `parseListItem` reads one line of a numbered or bulleted list
 *   (`1.广点通SDK：手机/电话权限、定位权限`, `(3)小米推送SDK: ...`, `①.友盟SDK 通过获取…`,
 *   `- Firebase: crash logs`): its marker, and — when the item is a `term: description`
 *   pair — the term ("head") and the description ("body").
 * - `splitEnumeration` cuts `微信、支付宝SDK` or `A, B and C` into its items.
 *
 * Both work on normalised text (half-width punctuation: `:` `(` `,`) and return offsets
 * relative to the string they were given, so callers can turn them into evidence.
 * Every scan is a single pass with bounded look-ahead.
 */

export interface Span {
  start: number;
  end: number;
}

export interface ListItem {
  /** The marker as written: `1.`, `(2)`, `①`, `一、`, `-`. */
  marker: string;
  /** The item number when the marker has one (circled and Chinese numerals included). */
  number?: number;
  /** Where the item's own text begins (after the marker and spaces). */
  textStart: number;
  /** The term of a `term: description` item, or undefined when the item has no such colon. */
  head?: Span;
  /** The item's text after the head and its colon (the whole text when there is no head). */
  body: Span;
}

export interface ListItemOptions {
  /** Longest head, in characters: a colon further in ends a sentence, not a term. Default 40. */
  maxHeadLength?: number;
}

const CN_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/**
 * Markers, tried in order. Each is anchored and bounded, so matching is constant time.
 * `(1).` and `1)` come before `1.` so the longest marker wins.
 */
const MARKERS: readonly RegExp[] = [
  /^[(](\d{1,3})[)]\s?[.、]?/, // (1)  (1).  (1)、
  /^(\d{1,3})[)]/, // 1)
  /^(\d{1,3})(?:\.(?!\d)|、)/, // 1.  1、 (not 1.2)
  /^([\u2460-\u2473])[.、]?/, // ①  ①.
  /^[(]([一二三四五六七八九十]{1,2})[)]\s?[、.]?/, // (一)
  /^([一二三四五六七八九十]{1,2})、/, // 一、
  /^([a-z])[).]\s/, // a) a.
  /^[-–—*·]\s?/, // bullets left in the text
];

/** A value such as `1`, `①` or `三` as a number, when it is one. */
function markerNumber(raw: string | undefined): number | undefined {
  if (!raw) return undefined;
  if (/^\d+$/.test(raw)) return Number(raw);
  const c = raw.charCodeAt(0);
  if (c >= 0x2460 && c <= 0x2473) return c - 0x2460 + 1;
  if (raw.length === 1 && CN_DIGITS[raw] !== undefined) return CN_DIGITS[raw];
  if (raw.length === 2 && raw[0] === '十' && CN_DIGITS[raw[1]!] !== undefined) return 10 + CN_DIGITS[raw[1]!]!;
  return undefined;
}

/** Characters that end a sentence or a clause: a head never runs across them. */
const HEAD_BREAK = /[。;!?,，、]/;

/**
 * Reads one line as a list item, or returns null when it does not start with a marker.
 * The head is the text before the first `:` that comes within `maxHeadLength` characters
 * and with no clause break before it.
 */
export function parseListItem(line: string, options: ListItemOptions = {}): ListItem | null {
  const maxHead = options.maxHeadLength ?? 40;
  let marker: RegExpExecArray | null = null;
  for (const re of MARKERS) {
    marker = re.exec(line);
    if (marker) break;
  }
  if (!marker) return null;
  let textStart = marker[0].length;
  while (textStart < line.length && line.charCodeAt(textStart) === 0x20) textStart++;
  if (textStart >= line.length) return null;
  const item: ListItem = { marker: marker[0].trim(), textStart, body: { start: textStart, end: line.length } };
  const n = markerNumber(marker[1]);
  if (n !== undefined) item.number = n;
  const limit = Math.min(line.length, textStart + maxHead + 1);
  for (let i = textStart; i < limit; i++) {
    const ch = line[i]!;
    if (ch === ':') {
      // `https://` inside the head is a link, not a term separator.
      if (line.startsWith('//', i + 1)) break;
      let end = i;
      while (end > textStart && line.charCodeAt(end - 1) === 0x20) end--;
      if (end > textStart) {
        item.head = { start: textStart, end };
        let b = i + 1;
        while (b < line.length && line.charCodeAt(b) === 0x20) b++;
        item.body = { start: b, end: line.length };
      }
      break;
    }
    if (HEAD_BREAK.test(ch)) break;
  }
  return item;
}

/**
 * Separators between enumerated items. `/` is left out: `QQ登录/分享` is one item. Names
 * split only on `、`, English `and`/`&` and a 和 between Latin names (`深圳市和讯华谷` holds a 和); data lists also on
 * commas, semicolons and Chinese conjunctions. Space runs are bounded so each try is O(1).
 */
const NAME_SEPARATOR = /、\s{0,3}|\s{1,3}(?:and|&)\s{1,3}|(?<=[A-Za-z0-9])\s{0,2}[和及与]\s{0,2}(?=[A-Za-z])/y;
const DATA_SEPARATOR = /、\s{0,3}|[,，;；]\s{0,3}|\s{0,3}(?:以及|及|和|或)\s{0,3}|\s{1,3}(?:and|or|&)\s{1,3}/y;

/**
 * Splits `text[start, end)` into the items of an enumeration, trimmed, empty items left out.
 * Brackets are respected: `卓信ID SDK(包括A、B)` stays one item.
 * `commas`: true for lists of data; false for names, where
 * `TopOn aggregation, com.tramini.plugin` is one name.
 */
export function splitEnumeration(text: string, start = 0, end = text.length, commas = true): Span[] {
  const out: Span[] = [];
  let depth = 0;
  let itemStart = start;
  const push = (s: number, e: number): void => {
    while (s < e && text.charCodeAt(s) === 0x20) s++;
    while (e > s && text.charCodeAt(e - 1) === 0x20) e--;
    if (e > s) out.push({ start: s, end: e });
  };
  let i = start;
  while (i < end) {
    const c = text[i]!;
    if (c === '(' || c === '[' || c === '《') depth++;
    else if ((c === ')' || c === ']' || c === '》') && depth > 0) depth--;
    else if (depth === 0) {
      const separator = commas ? DATA_SEPARATOR : NAME_SEPARATOR;
      separator.lastIndex = i;
      const m = separator.exec(text);
      if (m && m[0].length > 0 && i + m[0].length <= end) {
        push(itemStart, i);
        i += m[0].length;
        itemStart = i;
        continue;
      }
    }
    i++;
  }
  push(itemStart, end);
  return out;
}
