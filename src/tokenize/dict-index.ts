/**
 * jieba's dictionary loaded in parts: only the words that can occur in the text cut so far.
 *
 * A word can only be found in a text that holds its first character, and jieba's choice
 * between segmentations reads nothing of the dictionary but the frequencies of the words
 * found and the total of all frequencies. So a dictionary of the words whose first character
 * occurs in the text, plus one placeholder word that never reaches the segmenter and carries
 * the frequencies left out, cuts that text exactly as the whole dictionary does. Loading the
 * whole 5 MB dictionary was most of a fresh process's first Chinese policy; a policy's
 * characters take about half of it, and later texts add the groups they need.
 *
 * The default dictionary lists each first character's words in one run of lines; the index
 * of those runs (start and frequency total of each) is written at build time
 * (scripts/write-dict-index.mjs). Without an index, or for a dictionary it does not describe,
 * the segmenter loads the whole dictionary as before.
 */

/** Where each first character's words sit in the dictionary file, and their frequency total. */
export interface DictIndex {
  /** Byte length of the dictionary described. */
  bytes: number;
  /** First code point of each group, in file order. */
  codes: number[];
  /** Byte offset of each group's first line; a group ends where the next starts. */
  starts: number[];
  /** Sum of the frequencies of each group's words. */
  sums: number[];
}

/**
 * The placeholder word: a private-use character, which jieba never hands to its dictionary
 * search (only runs of CJK characters, letters and digits are looked up), so it is found in
 * no text, while its frequency keeps jieba's total that of the whole dictionary.
 */
export const PLACEHOLDER = '\ue000';
const PLACEHOLDER_CODE = 0xe000;
const NEWLINE = 0x0a;
const SPACE = 0x20;

/** The code point of the UTF-8 sequence at `at`, or -1 for a malformed one. */
function codeAt(buf: Uint8Array, at: number): number {
  const b = buf[at]!;
  if (b < 0x80) return b;
  if (b >= 0xc0 && b < 0xe0) return ((b & 0x1f) << 6) | (buf[at + 1]! & 0x3f);
  if (b >= 0xe0 && b < 0xf0) return ((b & 0x0f) << 12) | ((buf[at + 1]! & 0x3f) << 6) | (buf[at + 2]! & 0x3f);
  if (b >= 0xf0 && b < 0xf8) return ((b & 0x07) << 18) | ((buf[at + 1]! & 0x3f) << 12) | ((buf[at + 2]! & 0x3f) << 6) | (buf[at + 3]! & 0x3f);
  return -1;
}

/**
 * The index of a dictionary file (`word freq [tag]` a line), or null when the file does not
 * have the shape loading in parts relies on: every line ends with a line break, each first
 * character's lines form one run, no word is listed twice (jieba would keep the later
 * frequency, which group totals cannot tell), and no word starts with the placeholder.
 */
export function indexDictionary(dict: Uint8Array): DictIndex | null {
  if (dict.length === 0 || dict[dict.length - 1] !== NEWLINE) return null;
  const text = Buffer.from(dict.buffer, dict.byteOffset, dict.length).toString('utf8');
  const codes: number[] = [];
  const starts: number[] = [];
  const sums: number[] = [];
  const seenCodes = new Set<number>();
  const seenWords = new Set<string>();
  let byte = 0;
  for (const line of text.slice(0, -1).split('\n')) {
    const fields = line.split(' ');
    const word = fields[0]!;
    if (!word || fields.length < 2 || !/^\d+$/.test(fields[1]!) || seenWords.has(word)) return null;
    seenWords.add(word);
    const code = word.codePointAt(0)!;
    if (code === PLACEHOLDER_CODE) return null;
    if (codes[codes.length - 1] !== code) {
      if (seenCodes.has(code)) return null;
      seenCodes.add(code);
      codes.push(code);
      starts.push(byte);
      sums.push(0);
    }
    sums[sums.length - 1]! += Number(fields[1]);
    byte += Buffer.byteLength(line, 'utf8') + 1;
  }
  return { bytes: dict.length, codes, starts, sums };
}

/** Does `index` describe `dict`: its length, and a group of its first character at every start? */
function describes(index: DictIndex, dict: Uint8Array): boolean {
  const { codes, starts, sums } = index;
  if (index.bytes !== dict.length || codes.length !== starts.length || codes.length !== sums.length || starts[0] !== 0) return false;
  for (let g = 0; g < starts.length; g++) {
    const at = starts[g]!;
    if (at >= dict.length || (at > 0 && dict[at - 1] !== NEWLINE) || codeAt(dict, at) !== codes[g] || dict[at] === SPACE) return false;
  }
  return true;
}

/** The part of a dictionary loaded so far, and the lines that extend it to new text. */
export class PartialDictionary {
  /** Group index + 1 of each BMP first character (0: no word starts with it). */
  private readonly bmp = new Int32Array(0x10000);
  private readonly astral = new Map<number, number>();
  private readonly loaded: Uint8Array;
  /** Frequency total of the groups not loaded: the placeholder's frequency. */
  private missing = 0;
  /** Groups not loaded yet; once none are left, texts are no longer looked through. */
  private left: number;

  private constructor(
    private readonly dict: Uint8Array,
    private readonly index: DictIndex,
  ) {
    const { codes, sums } = index;
    for (let g = 0; g < codes.length; g++) {
      const c = codes[g]!;
      if (c < 0x10000) this.bmp[c] = g + 1;
      else this.astral.set(c, g + 1);
      this.missing += sums[g]!;
    }
    this.loaded = new Uint8Array(codes.length);
    this.left = codes.length;
  }

  /** A partial view of `dict`, or null when `index` does not describe it. */
  static of(dict: Uint8Array, index: DictIndex | null): PartialDictionary | null {
    return index && describes(index, dict) ? new PartialDictionary(dict, index) : null;
  }

  /** The placeholder alone, carrying every frequency not loaded (a first load that needs no group). */
  placeholder(): Buffer {
    return Buffer.from(`${PLACEHOLDER} ${this.missing}\n`, 'utf8');
  }

  /**
   * The dictionary lines needed for `texts` and not loaded yet, followed by the placeholder
   * with the frequency still left out; null when every word that can occur is loaded. The
   * groups returned count as loaded from here on.
   */
  linesFor(texts: readonly string[]): Buffer | null {
    if (this.left === 0) return null;
    const wanted: number[] = [];
    for (const text of texts) {
      for (let i = 0; i < text.length; i++) {
        let c = text.charCodeAt(i);
        // A surrogate pair is one character of the dictionary.
        if (c >= 0xd800 && c < 0xdc00 && i + 1 < text.length) {
          const low = text.charCodeAt(i + 1);
          if (low >= 0xdc00 && low < 0xe000) {
            c = 0x10000 + ((c - 0xd800) << 10) + (low - 0xdc00);
            i++;
          }
        }
        const g = (c < 0x10000 ? this.bmp[c]! : this.astral.get(c) ?? 0) - 1;
        if (g >= 0 && this.loaded[g] === 0) {
          this.loaded[g] = 1;
          wanted.push(g);
        }
      }
    }
    if (wanted.length === 0) return null;
    const { starts, sums } = this.index;
    const parts: Uint8Array[] = [];
    for (const g of wanted.sort((a, b) => a - b)) {
      parts.push(this.dict.subarray(starts[g]!, g + 1 < starts.length ? starts[g + 1]! : this.dict.length));
      this.missing -= sums[g]!;
    }
    this.left -= wanted.length;
    // A later line for a word sets its frequency: the placeholder's moves to what is still left out.
    parts.push(this.placeholder());
    return Buffer.concat(parts);
  }
}
