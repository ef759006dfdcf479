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

interface WordNode {
  next: Map<string, WordNode>;
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

export class TermMatcher {
  private readonly words: WordNode = { next: new Map() };
  /**
   * The character trie as one flat map from `node * 0x10000 + charCode` to the child node:
   * building thousands of small maps was most of a fresh process's lexicon set-up.
   */
  private readonly charEdges = new Map<number, number>();
  private charNodes = 1;
  private readonly charIds: (string | undefined)[] = [undefined];
  private readonly charForms: (string | undefined)[] = [undefined];
  private hasCharForms = false;
  /** 1 at the UTF-16 code of every first character of a CJK form: most positions are skipped with one array read. */
  private readonly firstChars = new Uint8Array(0x10000);

  /** `terms`: [form, id] pairs; a later pair for the same form wins (overrides). */
  constructor(terms: Iterable<readonly [string, string]>) {
    for (const [form, id] of terms) this.add(form, id);
  }

  private add(form: string, id: string): void {
    const f = form.trim();
    if (!f) return;
    if (hasCjk(f)) {
      const lower = f.normalize('NFKC').replace(/[A-Z]/g, (c) => c.toLowerCase());
      let node = 0;
      for (let i = 0; i < lower.length; i++) {
        const key = node * 0x10000 + lower.charCodeAt(i);
        let nx = this.charEdges.get(key);
        if (nx === undefined) {
          nx = this.charNodes++;
          this.charEdges.set(key, nx);
          this.charIds.push(undefined);
          this.charForms.push(undefined);
        }
        node = nx;
      }
      this.charIds[node] = id;
      this.charForms[node] = f;
      this.firstChars[lower.charCodeAt(0)] = 1;
      this.hasCharForms = true;
      return;
    }
    const stems = termStems(f.normalize('NFKC'));
    if (stems.length === 0) return;
    let node = this.words;
    for (const s of stems) {
      let nx = node.next.get(s);
      if (!nx) node.next.set(s, (nx = { next: new Map() }));
      node = nx;
    }
    node.id = id;
    node.form = f;
  }

  /** All matches in the paragraph, sorted by start, not overlapping. */
  match(view: TokenView): readonly Match[] {
    // Most paragraphs match nothing of a kind: lists are made on the first match only.
    const words = view.words.stems.length ? this.matchWords(view) : null;
    const chars = this.hasCharForms ? this.matchChars(view) : null;
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
      let node = this.words.next.get(stems[i]!);
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
        node = node.next.get(stems[j]!);
      }
      if (bestNode) {
        (found ??= []).push({ id: bestNode.id!, start: spans[2 * i]!, end: spans[2 * best + 1]!, form: bestNode.form! });
        i = best + 1;
      } else i++;
    }
    return found;
  }

  private matchChars(view: TokenView): Match[] | null {
    let found: Match[] | null = null;
    const { text, boundaries } = view;
    const n = text.length;
    let i = 0;
    while (i < n) {
      // A form starts on a word boundary, or anywhere inside a word that is itself a lexicon term.
      if (this.firstChars[lowerCode(text.charCodeAt(i))] === 0 || (boundaries && boundaries[i] === 0)) {
        i++;
        continue;
      }
      const m = this.longestAt(text, i, boundaries);
      if (m) {
        (found ??= []).push(m);
        i = m.end;
      } else i++;
    }
    return found;
  }

  /** The longest form starting at `i` whose end is a word boundary (or inside a lexicon term). */
  private longestAt(text: string, i: number, boundaries: Uint8Array | null): Match | null {
    const n = text.length;
    let node: number | undefined = 0;
    let bestEnd = -1;
    let bestNode = -1;
    let j = i;
    while (j < n && (node = this.charEdges.get(node * 0x10000 + lowerCode(text.charCodeAt(j)))) !== undefined) {
      j++;
      if (this.charIds[node] !== undefined && (!boundaries || boundaries[j]! & BOUNDARY || boundaries[j - 1]! & IN_TERM || !isWordChar(lowerCode(text.charCodeAt(j))))) {
        bestEnd = j;
        bestNode = node;
      }
    }
    return bestNode >= 0 ? { id: this.charIds[bestNode]!, start: i, end: bestEnd, form: this.charForms[bestNode]! } : null;
  }
}

/** Between two words of a multi-word form: at most a few separator characters. */
/** ASCII upper-case letters to lower case; every other code unit as it is. */
function lowerCode(c: number): number {
  return c >= 0x41 && c <= 0x5a ? c + 32 : c;
}

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
