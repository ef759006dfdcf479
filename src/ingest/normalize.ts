/**
 * Normalisation that remembers where every character came from.
 *
 * Extractors work on the normalised text (half-width punctuation, one kind of space, `\n`
 * line ends, no zero-width or control characters); evidence is mapped back through
 * `toOriginalSpan` so that offsets always index the caller's string.
 */

export interface NormalizedText {
  /** The normalised text. */
  text: string;
  /** Where each normalised character came from in the original string. */
  map: OffsetMap;
}

/** Original offsets of normalised characters; `start(text.length)` is the input length. */
export interface OffsetMap {
  /** Original offset where normalised character `i` starts. */
  start(i: number): number;
  /** Original offset just past the source of normalised character `i`. */
  end(i: number): number;
}

/** Characters between two stored absolute offsets; the rest are deltas of one byte. */
const ANCHOR_SHIFT = 6;
/** A delta that does not fit a byte: the absolute offset is in `escapes`. */
const ESCAPE = 255;

/**
 * The offset map of plain text, in about 2 bytes a character where two offset arrays take 8:
 * the start of each character as a one-byte step from the previous one (1 almost always),
 * an absolute start every 64 characters, and each character's width (1, or 2 for surrogate
 * pairs and \r\n). A lookup adds at most 63 steps; evidence lookups are few.
 */
export class CompactOffsets implements OffsetMap {
  constructor(
    private readonly steps: Uint8Array,
    private readonly widths: Uint8Array,
    private readonly anchors: Int32Array,
    private readonly escapes: Map<number, number>,
  ) {}

  start(i: number): number {
    const k = i >> ANCHOR_SHIFT;
    let at = this.anchors[k]!;
    for (let j = (k << ANCHOR_SHIFT) + 1; j <= i; j++) {
      const d = this.steps[j]!;
      at = d === ESCAPE ? this.escapes.get(j)! : at + d;
    }
    return at;
  }

  end(i: number): number {
    return this.start(i) + this.widths[i]!;
  }

  /** Every start in order, decoded in one pass (for composing maps). */
  starts(): Int32Array {
    const out = new Int32Array(this.steps.length);
    let at = 0;
    for (let j = 0; j < this.steps.length; j++) {
      if ((j & ((1 << ANCHOR_SHIFT) - 1)) === 0) at = this.anchors[j >> ANCHOR_SHIFT]!;
      else {
        const d = this.steps[j]!;
        at = d === ESCAPE ? this.escapes.get(j)! : at + d;
      }
      out[j] = at;
    }
    return out;
  }

  widthOf(i: number): number {
    return this.widths[i]!;
  }
}

/** Offsets kept whole, where a character's source can be long (an HTML entity, a tag). */
export class ArrayOffsets implements OffsetMap {
  constructor(
    private readonly starts: Int32Array,
    private readonly ends: Int32Array,
  ) {}
  start(i: number): number {
    return this.starts[i]!;
  }
  end(i: number): number {
    return this.ends[i]!;
  }
}

/** Characters removed outright: BOM, zero-width spaces and joiners, soft hyphen, word joiner. */
const DROPPED = new Set([0xfeff, 0x200b, 0x200c, 0x200d, 0x2060, 0x00ad, 0x180e]);

/** Bullet glyphs that mark list items; they carry no meaning for extraction. */
const BULLETS = new Set([0x2022, 0x25cf, 0x25aa, 0x25a0, 0x25a1, 0x25c6, 0x25c7, 0x25ba, 0x25b6, 0x2023, 0x2043, 0x2219, 0x25e6, 0xf06c, 0xf0a7, 0xf0b7, 0x27a2]);

/**
 * Code points whose NFKC form we keep out: NFKC would turn them into something that
 * changes meaning for extraction (superscript digits glued to numbers, fractions).
 */
function nfkcUnsafe(cp: number): boolean {
  // Circled and parenthesised numbers (①, ⑴) stay: they mark list items and records, and
  // NFKC would make "①.SDK名称" read like the heading "1.SDK名称".
  return (cp >= 0x2460 && cp <= 0x24ff) || (cp >= 0x3251 && cp <= 0x32bf) || (cp >= 0x00b2 && cp <= 0x00b9) || (cp >= 0x2070 && cp <= 0x209f) || (cp >= 0x00bc && cp <= 0x00be) || (cp >= 0x2150 && cp <= 0x215f);
}

/**
 * NFKC of single characters, remembered: String.prototype.normalize goes through ICU, whose
 * per-call cost is high and, worse, does not scale across worker threads (measured: two
 * threads normalising character by character ran no faster than one). A policy uses a few
 * hundred distinct characters, so the table stays small; it is bounded all the same.
 */
const NFKC_CACHE_MAX = 20000;
const nfkcCache = new Map<number, string>();

function nfkcOf(cp: number, ch: string): string {
  let folded = nfkcCache.get(cp);
  if (folded === undefined) {
    folded = ch.normalize('NFKC');
    if (nfkcCache.size >= NFKC_CACHE_MAX) nfkcCache.clear();
    nfkcCache.set(cp, folded);
  }
  return folded;
}

import { mainlandWords, simplifiedOf, TRADITIONAL_TEXT } from './traditional.js';

/** Characters normalisation never changes: the common case, copied in runs. */
function isUnchanged(c: number): boolean {
  return (
    (c >= 0x20 && c < 0x7f) ||
    c === 0x0a ||
    c === 0x09 ||
    // A Traditional character is swapped for its Simplified form (traditional.ts).
    (c >= 0x4e00 && c <= 0x9fff && simplifiedOf(c) === 0) ||
    (c >= 0x3001 && c <= 0x3003) || // 、。〃
    (c >= 0x3008 && c <= 0x3011) || // 〈〉《》「」『』【】
    c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019 || c === 0x2014 || c === 0x00b7
  );
}

function isSpace(cp: number): boolean {
  return cp === 0x20 || cp === 0xa0 || cp === 0x3000 || cp === 0x1680 || (cp >= 0x2000 && cp <= 0x200a) || cp === 0x202f || cp === 0x205f || cp === 0x0b || cp === 0x0c;
}

/** Normalises `input`, keeping a map from every output character back to the input. */
export function normalize(input: string): NormalizedText {
  const n = input.length;
  // NFKC expansions ("…" to "...") are rare: start at the input's length plus a little, and
  // grow by a quarter, so that a few of them do not double two arrays of 4 bytes a character.
  let cap = n + (n >> 6) + 16;
  let steps = new Uint8Array(cap + 1);
  let widths = new Uint8Array(cap + 1);
  let anchors = new Int32Array((cap >> ANCHOR_SHIFT) + 2);
  const escapes = new Map<number, number>();
  const parts: string[] = [];
  let out = 0;
  let prev = 0;
  let chunk = '';
  /** Traditional characters swapped for Simplified ones. */
  let converted = 0;

  const grow = (need: number): void => {
    cap = Math.max(cap + (cap >> 2), out + need + 16);
    const a = new Uint8Array(cap + 1);
    a.set(steps.subarray(0, out));
    steps = a;
    const b = new Uint8Array(cap + 1);
    b.set(widths.subarray(0, out));
    widths = b;
    const c = new Int32Array((cap >> ANCHOR_SHIFT) + 2);
    c.set(anchors);
    anchors = c;
  };

  /** Records that output character `out` starts at `from` and spans `width` code units. */
  const place = (from: number, width: number): void => {
    if ((out & ((1 << ANCHOR_SHIFT) - 1)) === 0) anchors[out >> ANCHOR_SHIFT] = from;
    else {
      const d = from - prev;
      if (d >= 0 && d < ESCAPE) steps[out] = d;
      else {
        steps[out] = ESCAPE;
        escapes.set(out, from);
      }
    }
    widths[out] = width;
    prev = from;
    out++;
  };

  const emit = (s: string, from: number, to: number): void => {
    if (out + s.length >= cap) grow(s.length);
    for (let k = 0; k < s.length; k++) place(from, to - from);
    chunk += s;
    if (chunk.length > 8192) {
      parts.push(chunk);
      chunk = '';
    }
  };

  /** Copies input[from, to) unchanged: one slice, one offset per character. */
  const emitRun = (from: number, to: number): void => {
    const len = to - from;
    if (out + len >= cap) grow(len);
    for (let k = 0; k < len; k++) place(from + k, 1);
    if (chunk.length) {
      parts.push(chunk);
      chunk = '';
    }
    parts.push(input.slice(from, to));
  };

  let i = 0;
  while (i < n) {
    // Runs of characters that normalisation leaves alone (printable ASCII, tabs, line feeds,
    // CJK ideographs and the CJK punctuation NFKC keeps) are copied in one piece.
    let j = i;
    while (j < n && isUnchanged(input.charCodeAt(j))) j++;
    if (j > i) {
      emitRun(i, j);
      i = j;
      continue;
    }
    const c = input.charCodeAt(i);
    if (c === 0x0a || c === 0x09) {
      // Tabs stay: they are the cell separators of tables flattened by copy-paste.
      emit(input[i]!, i, i + 1);
      i++;
      continue;
    }
    if (c === 0x0d) {
      // \r\n and lone \r both become one \n.
      const to = input.charCodeAt(i + 1) === 0x0a ? i + 2 : i + 1;
      emit('\n', i, to);
      i = to;
      continue;
    }
    let cp = c;
    let width = 1;
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = input.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        cp = (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
        width = 2;
      } else {
        emit(' ', i, i + 1); // lone high surrogate
        i++;
        continue;
      }
    } else if (c >= 0xdc00 && c <= 0xdfff) {
      emit(' ', i, i + 1); // lone low surrogate
      i++;
      continue;
    }
    const to = i + width;
    if (DROPPED.has(cp)) {
      i = to;
      continue;
    }
    if (isSpace(cp) || BULLETS.has(cp) || cp < 0x20 || (cp >= 0x7f && cp < 0xa0) || cp === 0x2028 || cp === 0x2029) {
      emit(cp === 0x2028 || cp === 0x2029 || cp === 0x85 ? '\n' : ' ', i, to);
      i = to;
      continue;
    }
    const ch = input.slice(i, to);
    const simple = simplifiedOf(cp);
    if (simple !== 0) {
      converted++;
      emit(String.fromCharCode(simple), i, to);
    } else if (nfkcUnsafe(cp) || (cp >= 0x4e00 && cp <= 0x9fff)) {
      emit(ch, i, to); // CJK ideographs are already in NFKC form: skip the call
    } else {
      const folded = nfkcOf(cp, ch);
      // A compatibility ideograph folds to a unified one, which may be Traditional.
      const again = folded.length === 1 ? simplifiedOf(folded.charCodeAt(0)) : 0;
      emit(folded.length === 0 ? ' ' : again !== 0 ? String.fromCharCode(again) : folded, i, to);
    }
    i = to;
  }
  parts.push(chunk);
  if (out + 1 >= cap) grow(1);
  place(n, 0);
  out--;
  // Buffers much longer than the output (dropped characters, \r\n): copy, so the slack is freed.
  const trim = <A extends Int32Array | Uint8Array>(a: A, len: number): A => (a.length > len + (len >> 4) ? a.slice(0, len) : a.subarray(0, len)) as A;
  const map = new CompactOffsets(trim(steps, out + 1), trim(widths, out + 1), trim(anchors, ((out + 1) >> ANCHOR_SHIFT) + 1), escapes);
  // A text written in Traditional characters also gets its Taiwan / Hong Kong words in mainland
  // form (words of equal length: every offset stays).
  const text = parts.join('');
  return { text: converted > 0 && converted >= text.length * TRADITIONAL_TEXT ? mainlandWords(text) : text, map };
}

/** Maps a half-open span of the normalised text back to the original string. */
export function toOriginalSpan(norm: NormalizedText, start: number, end: number): [number, number] {
  const s = norm.map.start(start);
  const e = end > start ? norm.map.end(end - 1) : s;
  return [s, Math.max(s, e)];
}

/**
 * Maps a normalisation of an intermediate text (e.g. the text of an HTML page) through that
 * text's own map, so that offsets index the source the intermediate text came from.
 */
export function composeMaps(norm: NormalizedText, via: { srcStart: Int32Array; srcEnd: Int32Array }, sourceLength: number): NormalizedText {
  const n = norm.text.length;
  const srcStart = new Int32Array(n + 1);
  const srcEnd = new Int32Array(n + 1);
  const compact = norm.map instanceof CompactOffsets ? norm.map : null;
  const starts = compact ? compact.starts() : null;
  for (let i = 0; i < n; i++) {
    const a = starts ? starts[i]! : norm.map.start(i);
    const b = compact ? a + compact.widthOf(i) : norm.map.end(i);
    srcStart[i] = via.srcStart[a]!;
    srcEnd[i] = b > a ? via.srcEnd[b - 1]! : via.srcStart[a]!;
  }
  srcStart[n] = sourceLength;
  srcEnd[n] = sourceLength;
  return { text: norm.text, map: new ArrayOffsets(srcStart, srcEnd) };
}
