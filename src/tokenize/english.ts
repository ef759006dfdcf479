/**
 * English words and stems. Words come from a fast scan of Latin letters and digits (every
 * paragraph, any language, so `IMEI` inside Chinese text is a word too); stems from natural's
 * Porter stemmer, imported by deep path so that natural's root (storage back-ends, dotenv)
 * never loads. compromise is kept for the places where grammar pays (negation), loaded lazily.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
type Porter = { stem(w: string): string };
let porter: Porter | null = null;

/**
 * natural's Porter stemmer, loaded on the first word the preloaded stem table does not hold:
 * a Chinese-only document never needs it, and importing the library no longer pays for it.
 */
function porterStem(word: string): string {
  porter ??= require('natural/lib/natural/stemmers/porter_stemmer.js') as Porter;
  return porter.stem(word);
}

/**
 * The words of a paragraph as parallel arrays (offsets in the paragraph text, Porter stems):
 * a view is kept for every paragraph of a document, and an object per word would cost
 * several times the text's own size.
 */
export interface Words {
  /** Start and end of word `i` at 2i and 2i+1 (one array a paragraph, not two). */
  spans: Int32Array;
  stems: string[];
}

/** The words of a paragraph that has none (most Chinese ones): shared, never written to. */
const NO_WORDS: Words = Object.freeze({ spans: new Int32Array(0), stems: Object.freeze([]) as unknown as string[] });

const WORD = /[A-Za-z0-9\u00c0-\u024f]+/g;
/** Stems are cached; the cache is dropped when it grows past this, so hostile input cannot grow it forever. */
const STEM_CACHE_MAX = 50000;
/** Words longer than this are not natural language (hashes, base64): not stemmed. */
const MAX_STEM_LENGTH = 40;
const stemCache = new Map<string, string>();

/**
 * Stems of every word of the built-in lexicons, written at build time (scripts/write-stems.mjs)
 * so that a fresh process does not run the Porter stemmer over thousands of lexicon words
 * before its first policy. Absent (tests run from src/), everything is computed as usual.
 */
const STEM_TABLE = new URL('../stems.json', import.meta.url);
try {
  const table = JSON.parse(readFileSync(STEM_TABLE, 'utf8')) as Record<string, string>;
  // Keys, not destructured entries: destructuring is an iterator per pair in a fresh process.
  for (const word of Object.keys(table)) stemCache.set(word, table[word]!);
} catch {
  // No table beside the built code: stems are computed on first use.
}
const PRELOADED = stemCache.size;

/** Porter stem of a lower-case word; digits and very long runs are returned as they are. */
export function stem(word: string): string {
  // The cache first: it holds only what this function returned before (the preloaded table
  // was written by it too), and nearly every word of a lexicon or a policy is in it.
  let s = stemCache.get(word);
  if (s !== undefined) return s;
  if (word.length <= 2 || word.length > MAX_STEM_LENGTH || /^[0-9]+$/.test(word)) return word;
  s = porterStem(word);
  if (stemCache.size >= STEM_CACHE_MAX + PRELOADED) stemCache.clear();
  stemCache.set(word, s);
  return s;
}

/** Words of a paragraph with the stems of their lower-case forms. */
export function englishWords(text: string): Words {
  const spans: number[] = [];
  const stems: string[] = [];
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(text))) {
    spans.push(m.index, m.index + m[0].length);
    stems.push(stem(lowerWord(m[0])));
  }
  return stems.length === 0 ? NO_WORDS : { spans: Int32Array.from(spans), stems };
}

/** A word lower-cased; most words need no new string. */
function lowerWord(w: string): string {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0xde)) return w.toLowerCase();
  }
  return w;
}

/** Stems of a term, as the matcher keys it. */
export function termStems(term: string): string[] {
  return (term.match(WORD) ?? []).map((w) => stem(lowerWord(w)));
}

type Nlp = ((text: string) => { has(match: string): boolean; sentences(): { out(f: string): string[] } }) & { verbose?: unknown };
let nlp: Nlp | null = null;

/** compromise, loaded on first use: a Chinese-only document never loads it. */
export function compromise(): Nlp {
  if (!nlp) nlp = require('compromise') as Nlp;
  return nlp;
}
