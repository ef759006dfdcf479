/**
 * Finds lexicon forms in a paragraph.
 *
 * English forms are keyed by their word stems in a trie of words, so "collects",
 * "collected" and "collection" meet one form. Forms with CJK characters go into a trie of
 * characters; in Chinese paragraphs a match must start and end on jieba word boundaries
 * (every lexicon term is a jieba user word, so terms stay whole while 短信 does not match
 * inside 短信验证码). Matching is greedy longest-first and never overlaps within one kind.
 */
import { englishWords, termStems, type Words } from '../tokenize/english.js';
import { BOUNDARY, IN_TERM } from '../tokenize/segmenter.js';

/** A paragraph prepared for matching; built once and shared by every matcher. */
export interface TokenView {
  /** Normalised paragraph text. */
  text: string;
  words: Words;
  /** 1 where a jieba word starts or ends; null when the paragraph was not segmented. */
  boundaries: Uint8Array | null;
}

export interface Match {
  id: string;
  /** Offsets in the paragraph text. */
  start: number;
  end: number;
  /** The lexicon form that matched. */
  form: string;
}

/**
 * Index of the first of `ms` that ends after `at`. A paragraph's matches of one kind are
 * sorted by start and do not overlap, so their ends are sorted too and a binary search finds
 * it: giant paragraphs hold tens of thousands of matches, and a scan per question is quadratic.
 */
export function firstEndingAfter(ms: readonly Match[], at: number): number {
  let lo = 0;
  let hi = ms.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ms[mid]!.end <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

interface WordNode {
  /** Children by the next word's stem; null on the last word of a form (most nodes): a Map each was a good part of building a matcher. */
  next: Map<string, WordNode> | null;
  id?: string;
  form?: string;
}


const CJK = /[\u3400-\u9fff\uf900-\ufaff\u3040-\u30ff\uac00-\ud7af]/;

export function hasCjk(s: string): boolean {
  return CJK.test(s);
}

export function makeTokenView(text: string, boundaries: Uint8Array | null): TokenView {
  return { text, words: englishWords(text), boundaries };
}

/** The matches of a paragraph that has none (most paragraphs, for most kinds): shared. */
const NO_MATCHES: readonly Match[] = Object.freeze([]);

/**
 * The CJK forms of several layers (the lexicon kinds) in one character trie. A paragraph is
 * walked once for all layers, yet each layer gets exactly the matches a trie of its own would
 * give: greedy, longest first, never overlapping its own earlier match. (Five tries walked
 * one after the other were a fifth of a Chinese policy's extraction time.)
 */
export class CharMatcher {
  private nodes = 1;
  /** The root's child for each UTF-16 code (0: none); the first step of every walk. */
  private readonly rootEdges = new Int32Array(0x10000);
  /**
   * Every other edge in an open-addressing hash table of typed arrays: a lookup is a few
   * array reads, no hashing of boxed keys (a walk through the Map was most of the matching
   * time of a Chinese policy). An empty slot has child 0 (the root is nobody's child).
   * Sized up front from the forms' total length (a bound on the nodes), so building it
   * allocates nothing per character: a Map of edges grown while building, then copied here,
   * was most of a fresh process's lexicon set-up.
   */
  private readonly table: { parent: Int32Array; code: Uint16Array; child: Int32Array; mask: number };
  /** Bit `layer` set on a node where a form of that layer ends. */
  private readonly ends: Uint8Array;
  /** `at[node * layers + layer]`: index + 1 in `ids`/`forms` of the form of that layer ending at `node` (0: none). */
  private readonly at: Int32Array;
  private readonly ids: string[] = [];
  private readonly forms: string[] = [];
  /** Bit `layer` set at the UTF-16 code of the first character of that layer's forms: most positions are skipped with one array read. */
  private readonly firstChars = new Uint8Array(0x10000);
  readonly layers: number;
  /** Scratch for `match`, one slot a layer: where it may start again, its best end and node so far. */
  private readonly free = new Int32Array(8);
  private readonly bestEnd = new Int32Array(8);
  private readonly bestNode = new Int32Array(8);

  /** `layers[k]`: [form, id] pairs of layer k (forms without CJK are ignored); a later pair for the same form wins. */
  constructor(layers: readonly Iterable<readonly [string, string]>[]) {
    // One bit a layer in `ends` and `firstChars`.
    if (layers.length > 8) throw new RangeError('policylens: a CharMatcher holds at most 8 layers');
    this.layers = layers.length;
    // Forms are read once to size the arrays: each character adds at most one node.
    const keyed: { layer: number; form: string; key: string; id: string }[] = [];
    let chars = 0;
    layers.forEach((terms, layer) => {
      // Indexed, not destructured: destructuring goes through an array iterator per pair.
      for (const t of terms) {
        const id = t[1];
        const f = t[0].trim();
        if (!f || !hasCjk(f)) continue;
        // Matched lower-cased where ASCII: `add` lower-cases code by code (a replace with a
        // callback on every form cost more than the trie).
        const key = f.normalize('NFKC');
        keyed.push({ layer, form: f, key, id });
        chars += key.length;
      }
    });
    let size = 16;
    // At most half full, so that a probe for a missing edge stops soon.
    while (size < chars * 2) size *= 2;
    this.table = { parent: new Int32Array(size), code: new Uint16Array(size), child: new Int32Array(size), mask: size - 1 };
    this.ends = new Uint8Array(chars + 1);
    this.at = new Int32Array((chars + 1) * this.layers);
    for (let i = 0; i < keyed.length; i++) this.add(keyed[i]!.layer, keyed[i]!.form, keyed[i]!.key, keyed[i]!.id);
  }

  /** The child of `node` by `code`, made when missing. */
  private childOrNew(node: number, code: number): number {
    if (node === 0) return this.rootEdges[code] || (this.rootEdges[code] = this.nodes++);
    const { parent, code: codes, child, mask } = this.table;
    let h = slot(node, code, mask);
    for (; child[h] !== 0; h = (h + 1) & mask) if (parent[h] === node && codes[h] === code) return child[h]!;
    parent[h] = node;
    codes[h] = code;
    return (child[h] = this.nodes++);
  }

  /** The child of `node` by the character `code`, or 0. */
  private child(node: number, code: number): number {
    if (node === 0) return this.rootEdges[code]!;
    const { parent, code: codes, child, mask } = this.table;
    for (let h = slot(node, code, mask); ; h = (h + 1) & mask) {
      const c = child[h]!;
      if (c === 0 || (parent[h] === node && codes[h] === code)) return c;
    }
  }

  /** `key`: `form` in NFKC; its ASCII capitals are matched lower-cased, as in `match`. */
  private add(layer: number, form: string, key: string, id: string): void {
    let node = 0;
    for (let i = 0; i < key.length; i++) node = this.childOrNew(node, lowerCode(key.charCodeAt(i)));
    this.ends[node]! |= 1 << layer;
    const at = node * this.layers + layer;
    this.ids.push(id);
    this.forms.push(form);
    this.at[at] = this.ids.length;
    this.firstChars[lowerCode(key.charCodeAt(0))]! |= 1 << layer;
  }

  /**
   * The matches of every layer in `text` (lower-cased where ASCII): in a segmented paragraph
   * (`boundaries` given) a form starts on a word boundary, or anywhere inside a word that is
   * itself a lexicon term, and ends on one. `null` for a layer without a match.
   */
  match(text: string, boundaries: Uint8Array | null): (Match[] | null)[] {
    const layers = this.layers;
    const found: (Match[] | null)[] = new Array<Match[] | null>(layers).fill(null);
    if (this.nodes === 1) return found;
    // Where each layer may start again: the end of its last match.
    const { free, bestEnd, bestNode } = this;
    free.fill(0);
    const n = text.length;
    for (let i = 0; i < n; i++) {
      let want = this.firstChars[lowerCode(text.charCodeAt(i))]!;
      if (want === 0 || (boundaries && boundaries[i] === 0)) continue;
      for (let k = 0; k < layers; k++) if (free[k]! > i) want &= ~(1 << k);
      if (want === 0) continue;
      let got = 0;
      let node = 0;
      let j = i;
      while (j < n && (node = this.child(node, lowerCode(text.charCodeAt(j)))) !== 0) {
        j++;
        const ends = this.ends[node]! & want;
        if (ends !== 0 && (!boundaries || boundaries[j]! & BOUNDARY || boundaries[j - 1]! & IN_TERM || !isWordChar(lowerCode(text.charCodeAt(j))))) {
          for (let k = 0; k < layers; k++) {
            if (ends & (1 << k)) {
              bestEnd[k] = j;
              bestNode[k] = node;
            }
          }
          got |= ends;
        }
      }
      for (let k = 0; got !== 0 && k < layers; k++) {
        if (!(got & (1 << k))) continue;
        const f = this.at[bestNode[k]! * layers + k]! - 1;
        (found[k] ??= []).push({ id: this.ids[f]!, start: i, end: bestEnd[k]!, form: this.forms[f]! });
        free[k] = bestEnd[k]!;
      }
    }
    return found;
  }
}

/** English forms in a trie of word stems; CJK forms in a `CharMatcher`. One lexicon kind. */
export class TermMatcher {
  private readonly words: WordNode = { next: new Map() };
  private readonly cjk: [string, string][] = [];
  /** Built on first use: a document matches CJK forms of all kinds at once (`match`'s `chars`). */
  private ownChars: CharMatcher | null = null;

  /** `terms`: [form, id] pairs; a later pair for the same form wins (overrides). */
  constructor(terms: Iterable<readonly [string, string]>) {
    // Indexed, not destructured: destructuring goes through an array iterator per pair.
    for (const t of terms) this.add(t[0], t[1]);
  }

  /** The [form, id] pairs with CJK characters, for a `CharMatcher` shared by several kinds. */
  get cjkTerms(): readonly (readonly [string, string])[] {
    return this.cjk;
  }

  private add(form: string, id: string): void {
    const f = form.trim();
    if (!f) return;
    if (hasCjk(f)) {
      this.cjk.push([f, id]);
      return;
    }
    const stems = termStems(f.normalize('NFKC'));
    if (stems.length === 0) return;
    let node = this.words;
    for (let i = 0; i < stems.length; i++) {
      const s = stems[i]!;
      const next = (node.next ??= new Map());
      let nx = next.get(s);
      if (!nx) next.set(s, (nx = { next: null }));
      node = nx;
    }
    node.id = id;
    node.form = f;
  }

  /**
   * All matches in the paragraph, sorted by start, not overlapping. `chars`: this kind's CJK
   * matches when a shared `CharMatcher` has found them already.
   */
  match(view: TokenView, chars?: readonly Match[] | null): readonly Match[] {
    // Most paragraphs match nothing of a kind: lists are made on the first match only.
    const words = view.words.stems.length ? this.matchWords(view) : null;
    if (chars === undefined) chars = this.matchChars(view);
    // Each list is already in order and free of overlaps: only a merge of the two is needed.
    if (!chars) return words ?? NO_MATCHES;
    if (!words) return chars;
    const out: Match[] = [];
    let lastEnd = -1;
    let i = 0;
    let j = 0;
    while (i < words.length || j < chars.length) {
      const a = words[i];
      const b = chars[j];
      // Earlier start first; at the same start the longer match first.
      const m = !b || (a && (a.start < b.start || (a.start === b.start && a.end >= b.end))) ? words[i++]! : chars[j++]!;
      if (m.start >= lastEnd) {
        out.push(m);
        lastEnd = m.end;
      } else if (out.length && m.start === out[out.length - 1]!.start && m.end > out[out.length - 1]!.end) {
        out[out.length - 1] = m;
        lastEnd = m.end;
      }
    }
    return out;
  }

  private matchWords(view: TokenView): Match[] | null {
    let found: Match[] | null = null;
    const { spans, stems } = view.words;
    const n = stems.length;
    let i = 0;
    while (i < n) {
      let node = this.words.next!.get(stems[i]!);
      let best = -1;
      let bestNode: WordNode | undefined;
      let j = i;
      while (node) {
        if (node.id !== undefined) {
          best = j;
          bestNode = node;
        }
        j++;
        if (j >= n) break;
        // Words of one form must be adjacent: only spaces, hyphens, dots or slashes between them.
        if (!joinable(view.text, spans[2 * j - 1]!, spans[2 * j]!)) break;
        node = node.next?.get(stems[j]!);
      }
      if (bestNode) {
        (found ??= []).push({ id: bestNode.id!, start: spans[2 * i]!, end: spans[2 * best + 1]!, form: bestNode.form! });
        i = best + 1;
      } else i++;
    }
    return found;
  }

  private matchChars(view: TokenView): readonly Match[] | null {
    if (!this.cjk.length) return null;
    this.ownChars ??= new CharMatcher([this.cjk]);
    return this.ownChars.match(view.text, view.boundaries)[0]!;
  }
}

/** Where the edge (node, code) is looked for first in a table of `mask + 1` slots. */
function slot(node: number, code: number, mask: number): number {
  return (Math.imul(node, 0x9e3779b1) ^ Math.imul(code, 0x85ebca6b)) & mask;
}

/** ASCII upper-case letters to lower case; every other code unit as it is. */
function lowerCode(c: number): number {
  return c >= 0x41 && c <= 0x5a ? c + 32 : c;
}

/** Between two words of a multi-word form: at most a few separator characters. */
function joinable(lower: string, from: number, to: number): boolean {
  if (to - from > 3) return false;
  for (let k = from; k < to; k++) {
    const c = lower.charCodeAt(k);
    if (c !== 0x20 && c !== 0x2d && c !== 0x2e && c !== 0x2f && c !== 0x5f && c !== 0x27) return false;
  }
  return true;
}

/** A CJK ideograph or Latin letter/digit: something a term must not end in the middle of. */
function isWordChar(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
}
