/**
 * Language per paragraph.
 *
 * Script counts decide CJK text outright. Latin text long enough to judge goes to franc,
 * restricted to languages privacy policies are written in; lines too short to judge
 * (`8)NFC;`, URLs, one-word headings) take the language of their neighbours.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
type FrancAll = (text: string, options: { only: string[]; minLength: number }) => [string, number][];
let francAllFn: FrancAll | null = null;

/**
 * franc and its trigram tables (a third of the library's import time), loaded on the first
 * paragraph that needs them: most English prose is recognised by its function words first.
 */
function francAll(text: string, options: { only: string[]; minLength: number }): [string, number][] {
  francAllFn ??= (require('franc') as { francAll: FrancAll }).francAll;
  return francAllFn(text, options);
}
import type { LanguageCode } from '../types.js';

/**
 * Latin letters below which franc is unreliable: it calls short English headings Scots or
 * French, and "Kuaishou SDK (Android, iOS)" Dutch. Such lines take their neighbours' language.
 */
const MIN_LATIN_LETTERS = 60;
/** A CJK character carries about as much as three Latin letters: "SDK名称:个推SDK" is Chinese. */
const CJK_WEIGHT = 3;
/** Enough text for franc's trigram profile; more only costs time. */
const FRANC_SAMPLE = 1500;
/** A language within this share of franc's best score counts as tied with it. */
const TIE_RATIO = 0.92;
/** For paragraphs shorter than LONG_PARAGRAPH_LETTERS, franc's margins are noise: a wider tie. */
const SHORT_TIE_RATIO = 0.75;
const LONG_PARAGRAPH_LETTERS = 300;
/** Latin letters from which a paragraph that is not plainly English goes to franc. */
const FRANC_MIN_LETTERS = 200;

/** Latin-script languages that policies are written in, ISO 639-3 (franc) to ISO 639-1. */
const LATIN_LANGUAGES: Record<string, string> = {
  eng: 'en', fra: 'fr', deu: 'de', spa: 'es', por: 'pt', ita: 'it', nld: 'nl', pol: 'pl',
  tur: 'tr', vie: 'vi', ind: 'id', swe: 'sv', dan: 'da', nob: 'nb', fin: 'fi', ces: 'cs',
  ron: 'ro', hun: 'hu',
};
const FRANC_ONLY = Object.keys(LATIN_LANGUAGES);

/** What one paragraph says about itself. */
export interface ScriptVerdict {
  lang: LanguageCode | null;
  /** True when the verdict stands on its own; false when neighbours should decide. */
  confident: boolean;
  /** Latin letters judged (0 for CJK and other scripts). */
  latin: number;
  /** franc's scores (ISO 639-1, 0..1) for Latin text. */
  scores?: Map<string, number>;
}

const LATIN = /[A-Za-z\u00c0-\u024f]/g;
const URL_LIKE = /(?:https?:\/\/|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gi;

/**
 * Words that are frequent in any English prose and rare in the other Latin-script languages
 * policies come in ("a", "in", "to" are words of Spanish, German and Italian too; "is", "we",
 * "will", "be" of Dutch or German).
 */
const ENGLISH_FUNCTION_WORDS = new Set(['the', 'and', 'of', 'or', 'you', 'your', 'our', 'are', 'with', 'for', 'this', 'that', 'by', 'not', 'which', 'from', 'have', 'has', 'it', 'its', 'us', 'may', 'can', 'such', 'any', 'when']);
/**
 * Share of those words from which a paragraph is English without asking franc. Measured:
 * English prose 0.25-0.4, an English definitions list 0.15, Dutch 0.02, French, German,
 * Spanish and Indonesian 0.
 */
const ENGLISH_FUNCTION_SHARE = 0.08;
/** Words looked at for that share: enough for a verdict, bounded for long paragraphs. */
const ENGLISH_SAMPLE_WORDS = 200;
const LATIN_WORD = /[A-Za-z\u00c0-\u024f]+/g;

function englishShare(text: string): number {
  LATIN_WORD.lastIndex = 0;
  let words = 0;
  let hits = 0;
  let m: RegExpExecArray | null;
  while (words < ENGLISH_SAMPLE_WORDS && (m = LATIN_WORD.exec(text))) {
    words++;
    if (ENGLISH_FUNCTION_WORDS.has(m[0].toLowerCase())) hits++;
  }
  return words < 8 ? 0 : hits / words;
}

/** Letters of each script, in one pass over the text (six regex scans cost more than the rest of detection). */
function scriptCounts(text: string): { han: number; kana: number; hangul: number; cyr: number; arabic: number; latin: number } {
  let han = 0, kana = 0, hangul = 0, cyr = 0, arabic = 0, latin = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) latin++;
    } else if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff)) han++;
    else if (c >= 0x3040 && c <= 0x30ff) kana++;
    else if ((c >= 0xac00 && c <= 0xd7af) || (c >= 0x1100 && c <= 0x11ff)) hangul++;
    else if (c >= 0x0400 && c <= 0x04ff) cyr++;
    else if (c >= 0x0600 && c <= 0x06ff) arabic++;
    else if (c >= 0xc0 && c <= 0x24f) latin++;
  }
  return { han, kana, hangul, cyr, arabic, latin };
}

function count(text: string, re: RegExp): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text)) n++;
  return n;
}

/** Judges one paragraph from its own text. */
export function judgeParagraph(text: string): ScriptVerdict {
  const sample = text.length > 4 * FRANC_SAMPLE ? text.slice(0, 4 * FRANC_SAMPLE) : text;
  const { han, kana, hangul, cyr, arabic, latin: sampleLatin } = scriptCounts(sample);
  const stripped = sample.includes('@') || sample.includes('http') || sample.includes('www.') ? sample.replace(URL_LIKE, ' ') : sample;
  const latin = stripped === sample ? sampleLatin : scriptCounts(stripped).latin;
  const cjk = han + kana + hangul;
  if (cjk > 0 && cjk * CJK_WEIGHT >= latin) {
    const lang = kana > 0 && kana * 4 >= han ? 'ja' : hangul > han ? 'ko' : 'zh';
    return { lang, confident: cjk >= 2, latin: 0 };
  }
  if (cyr > latin && cyr >= 10) return { lang: 'ru', confident: true, latin: 0 };
  if (arabic > latin && arabic >= 10) return { lang: 'ar', confident: true, latin: 0 };
  if (latin < MIN_LATIN_LETTERS) return { lang: null, confident: false, latin };
  // Plain English prose is recognised by its function words at a fraction of franc's cost.
  if (englishShare(stripped) >= ENGLISH_FUNCTION_SHARE) {
    return { lang: 'en', confident: true, latin, scores: new Map([['en', 1]]) };
  }
  // A short line without English function words (an enumeration, a label) is no sample for
  // franc either: its neighbours decide.
  if (latin < FRANC_MIN_LETTERS) return { lang: null, confident: false, latin };
  return francVerdict(stripped, latin);
}

/** franc's verdict on Latin text, restricted to the languages policies are written in. */
function francVerdict(text: string, latin: number): ScriptVerdict {
  const ranked = francAll(text.slice(0, FRANC_SAMPLE), { only: FRANC_ONLY, minLength: 10 });
  const best = ranked[0];
  if (!best || best[0] === 'und') return { lang: null, confident: false, latin };
  const scores = new Map<string, number>();
  for (const [code, score] of ranked) if (LATIN_LANGUAGES[code]) scores.set(LATIN_LANGUAGES[code]!, score);
  return { lang: LATIN_LANGUAGES[best[0]] ?? 'und', confident: true, latin, scores };
}

/**
 * The Latin language of the document as a whole: franc's verdicts weighted by letters.
 * Short Latin paragraphs are judged against it, because franc's profile of a single line
 * is noise ("What personal information do we collect?" scores as French).
 */
function documentLatinLanguage(verdicts: readonly ScriptVerdict[]): LanguageCode | null {
  const weight = new Map<string, number>();
  for (const v of verdicts) if (v.scores && v.lang) weight.set(v.lang, (weight.get(v.lang) ?? 0) + v.latin);
  let best: LanguageCode | null = null;
  let most = 0;
  for (const [lang, w] of weight) if (w > most) [best, most] = [lang, w];
  return best;
}

/** Picks the language of a Latin paragraph: the document's own unless franc is clearly sure otherwise. */
function settleLatin(v: ScriptVerdict, prior: LanguageCode | null): LanguageCode {
  const best = v.lang!;
  const scores = v.scores!;
  const top = scores.get(best) ?? 1;
  const tie = v.latin >= LONG_PARAGRAPH_LETTERS ? TIE_RATIO : SHORT_TIE_RATIO;
  if (prior && (scores.get(prior) ?? 0) >= top * tie) return prior;
  if ((scores.get('en') ?? 0) >= top * tie) return 'en';
  return best;
}

/**
 * Languages for a run of paragraphs: confident verdicts stand; the rest take the nearest
 * confident paragraph before them (the part of the document they sit in), else after them.
 */
export function detectLanguages(texts: readonly string[]): LanguageCode[] {
  const verdicts = texts.map((t) => judgeParagraph(t));
  const prior = documentLatinLanguage(verdicts);
  for (const v of verdicts) if (v.scores && v.lang) v.lang = settleLatin(v, prior);
  const out: LanguageCode[] = new Array(texts.length).fill('und');
  let prev: LanguageCode | null = null;
  for (let i = 0; i < verdicts.length; i++) {
    const v = verdicts[i]!;
    if (v.confident && v.lang) {
      out[i] = v.lang;
      prev = v.lang;
    } else if (prev) {
      out[i] = prev;
    }
  }
  // Leading short lines: take the first confident language after them.
  let next: LanguageCode | null = null;
  let whole: LanguageCode | undefined;
  for (let i = verdicts.length - 1; i >= 0; i--) {
    const v = verdicts[i]!;
    if (v.confident && v.lang) next = v.lang;
    else if (out[i] === 'und') {
      // No paragraph could decide: the document's Latin text as one sample.
      if (!next && !v.lang && v.latin > 0) whole ??= wholeLatinLanguage(texts, verdicts);
      out[i] = next ?? v.lang ?? (v.latin > 0 ? whole! : fallbackLanguage(texts[i]!));
    }
  }
  return out;
}

/** Language of all undecided Latin paragraphs taken together (short documents, lists). */
function wholeLatinLanguage(texts: readonly string[], verdicts: readonly ScriptVerdict[]): LanguageCode {
  let sample = '';
  for (let i = 0; i < texts.length && sample.length < FRANC_SAMPLE; i++) if (verdicts[i]!.latin > 0) sample += `${texts[i]} `;
  const latin = scriptCounts(sample).latin;
  if (englishShare(sample) >= ENGLISH_FUNCTION_SHARE || latin < MIN_LATIN_LETTERS) return fallbackLanguage(sample);
  return francVerdict(sample, latin).lang ?? fallbackLanguage(sample);
}

/** A document too short for any confident verdict: mostly Latin letters reads as English. */
function fallbackLanguage(text: string): LanguageCode {
  const latin = count(text, LATIN);
  return latin >= 3 ? 'en' : 'und';
}
