/**
 * Chinese word segmentation behind one interface, so the backend can be swapped.
 *
 * `@node-rs/jieba` is the default (prebuilt binary, fastest dictionary load); `nodejieba`
 * works as an alternative when installed. Backends load lazily: an English-only document
 * never pays for a dictionary.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { PLACEHOLDER, PartialDictionary, type DictIndex } from './dict-index.js';

export interface Segmenter {
  readonly name: string;
  /** Words of `text` in order; their concatenation is `text`. */
  cut(text: string): string[];
  /** Adds words that must stay whole (lexicon terms). */
  addWords(words: readonly string[]): void;
}

export type SegmenterName = '@node-rs/jieba' | 'node-rs-jieba' | 'nodejieba';

/** Every accepted name: the package names the README gives, and the older 'node-rs-jieba'. */
export const SEGMENTER_NAMES: readonly SegmenterName[] = ['@node-rs/jieba', 'node-rs-jieba', 'nodejieba'];

/** Throws a TypeError listing the valid names unless `name` is one of them. */
export function checkSegmenterName(name: unknown): asserts name is SegmenterName {
  if (!SEGMENTER_NAMES.includes(name as SegmenterName)) {
    throw new TypeError(`policylens: unknown segmenter '${String(name)}' (expected one of ${SEGMENTER_NAMES.map((n) => `'${n}'`).join(', ')}, or a Segmenter object)`);
  }
}

const require = createRequire(import.meta.url);

/** Frequency given to user words: high enough that jieba keeps every lexicon term whole. */
const USER_WORD_FREQ = 200000;
/** How far ahead a token that does not line up is looked for. */
const REALIGN_WINDOW = 32;

/**
 * The default dictionary file itself, not `@node-rs/jieba/dict`: that module reads the
 * 6 MB IDF table too (keyword extraction only), which a segmenter never uses.
 */
const JIEBA_DICT = '@node-rs/jieba/dict.txt';
/** The index of the default dictionary's first-character groups, written at build time beside the built code. */
const DICT_INDEX = new URL('../jieba-dict-index.json', import.meta.url);

type NativeJieba = { cut(s: string, hmm?: boolean): string[]; loadDict(d: Uint8Array): void };

/**
 * The build's index of the dictionary, or null (tests run from src/, a build without one, or
 * an installed @node-rs/jieba of another version than the build indexed: its dictionary may
 * hold other frequencies at the same places, which the index's own checks cannot see).
 */
function builtIndex(): DictIndex | null {
  try {
    const file = JSON.parse(readFileSync(DICT_INDEX, 'utf8')) as DictIndex & { jieba?: string };
    const installed = (require('@node-rs/jieba/package.json') as { version: string }).version;
    return file.jieba === installed ? file : null;
  } catch {
    return null;
  }
}

/**
 * The dictionary file and the build's index, read once per process and shared by every
 * segmenter (each extractor has its own): a partial dictionary keeps the file to load more
 * groups from, and one copy serves them all.
 */
let dictionaryFiles: { dict: Buffer; index: DictIndex | null } | null = null;

function dictionary(): { dict: Buffer; index: DictIndex | null } {
  return (dictionaryFiles ??= { dict: readFileSync(require.resolve(JIEBA_DICT)), index: builtIndex() });
}

/** A user word's first character: all that decides which dictionary group must be loaded before it. */
function firstChar(word: string): string {
  return String.fromCodePoint(word.codePointAt(0)!);
}

class NodeRsJieba implements Segmenter {
  readonly name = 'node-rs-jieba';
  private jieba: NativeJieba | null = null;
  /** The dictionary loaded in parts, or null when it is loaded whole. */
  private part: PartialDictionary | null = null;
  /** User-dictionary lines and words added before the first cut, loaded with the dictionary in one pass. */
  private pendingLines: string[] = [];
  private pendingWords: string[] = [];

  /** `index`: the dictionary's group index (the build's by default); null loads it whole. */
  constructor(private readonly index: DictIndex | null | undefined = undefined) {}

  cut(text: string): string[] {
    if (!this.jieba) this.jieba = this.load(text);
    else if (this.part) {
      const more = this.part.linesFor([text]);
      if (more) this.jieba.loadDict(more);
    }
    // HMM off: new-word guessing would glue lexicon terms to their neighbours.
    return this.jieba.cut(text, false);
  }

  addWords(words: readonly string[]): void {
    // The placeholder is jieba's total of what is not loaded: never a user word (it is found in no text anyway).
    const kept = words.filter((w) => w && !/\s/.test(w) && w !== PLACEHOLDER);
    if (!kept.length) return;
    const lines = kept.map((w) => `${w} ${USER_WORD_FREQ} n`);
    if (!this.jieba) {
      for (let i = 0; i < kept.length; i++) {
        this.pendingLines.push(lines[i]!);
        this.pendingWords.push(kept[i]!);
      }
      return;
    }
    // The dictionary's own lines for these words come first, so that the user's frequency wins, as it does over the whole dictionary.
    const groups = this.part?.linesFor(kept.map(firstChar)) ?? null;
    const user = Buffer.from(lines.join('\n'), 'utf8');
    this.jieba.loadDict(groups ? Buffer.concat([groups, user]) : user);
  }

  /**
   * The dictionary (whole, or the groups `text` and the user words need) and the user words
   * read in one call: jieba files the lines of one buffer exactly as it would those of two
   * loads in a row (a later line for a word sets its frequency).
   */
  private load(text: string): NativeJieba {
    const { Jieba } = require('@node-rs/jieba') as typeof import('@node-rs/jieba');
    const { dict, index } = dictionary();
    this.part = PartialDictionary.of(dict, this.index === undefined ? index : this.index);
    const parts: Uint8Array[] = [];
    if (this.part) parts.push(this.part.linesFor([text, ...this.pendingWords.map(firstChar)]) ?? this.part.placeholder());
    else parts.push(dict);
    if (this.pendingLines.length) {
      const last = parts[parts.length - 1]!;
      const sep = last[last.length - 1] === 0x0a ? '' : '\n';
      parts.push(Buffer.from(sep + this.pendingLines.join('\n'), 'utf8'));
    }
    this.pendingLines = [];
    this.pendingWords = [];
    return Jieba.withDict(parts.length === 1 ? parts[0]! : Buffer.concat(parts));
  }
}

class NodeJieba implements Segmenter {
  readonly name = 'nodejieba';
  private readonly lib: { load(o?: object): void; cut(s: string, hmm?: boolean): string[]; insertWord(w: string): boolean };
  constructor() {
    let lib: NodeJieba['lib'];
    try {
      lib = require('nodejieba') as NodeJieba['lib'];
    } catch (err) {
      throw new Error(`policylens: the 'nodejieba' segmenter needs the nodejieba package (npm install nodejieba): ${(err as Error).message}`);
    }
    lib.load();
    this.lib = lib;
  }
  cut(text: string): string[] {
    return this.lib.cut(text, false);
  }
  addWords(words: readonly string[]): void {
    for (const w of words) if (w && !/\s/.test(w)) this.lib.insertWord(w);
  }
}

/** Creates a fresh segmenter of the named backend. */
export function createSegmenter(name: SegmenterName = 'node-rs-jieba'): Segmenter {
  checkSegmenterName(name);
  if (name === 'nodejieba') return new NodeJieba();
  return new NodeRsJieba();
}

/**
 * An `@node-rs/jieba` segmenter over an index of its own (tests: src/ has no build index);
 * null loads the dictionary whole.
 */
export function createIndexedJieba(index: DictIndex | null): Segmenter {
  return new NodeRsJieba(index);
}

/** Bit set in `tokenBoundaries` marks where a word starts or ends. */
export const BOUNDARY = 1;
/** Bit set on every character of a word that is itself a lexicon term. */
export const IN_TERM = 2;

/**
 * Word marks of `text` (length text.length + 1): BOUNDARY where a word starts or ends, IN_TERM
 * on the characters of words that `isTerm` recognises (lexicon terms made whole by the user
 * dictionary; shorter terms inside them are real mentions too: 未成年人 in 未成年人的个人信息).
 * Backends that drop or alter characters are re-aligned by searching forward.
 */
export function tokenBoundaries(seg: Segmenter, text: string, isTerm?: (word: string) => boolean): Uint8Array {
  const marks = new Uint8Array(text.length + 1);
  marks[0] = BOUNDARY;
  marks[text.length] = BOUNDARY;
  let pos = 0;
  const words = seg.cut(text);
  for (let n = 0; n < words.length; n++) {
    const w = words[n]!;
    if (!w) continue;
    // Look only a little ahead: a backend that lost a character must not make this quadratic.
    let at = pos;
    if (!text.startsWith(w, pos)) {
      const k = text.slice(pos, pos + w.length + REALIGN_WINDOW).indexOf(w);
      if (k < 0) continue;
      at = pos + k;
    }
    marks[at]! |= BOUNDARY;
    pos = at + w.length;
    marks[pos]! |= BOUNDARY;
    if (w.length > 2 && isTerm?.(w.toLowerCase())) for (let k = at; k < pos; k++) marks[k]! |= IN_TERM;
  }
  return marks;
}
