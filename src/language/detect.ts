/**
 * Language per paragraph.
 *
 * Script counts decide CJK text outright. Latin text long enough to judge goes to franc,
 * restricted to languages privacy policies are written in; lines too short to judge
 * (`8)NFC;`, URLs, one-word headings) take the language of their neighbours.
 */
import { francAll } from 'franc';
import type { LanguageCode } from '../types.js';

/** Latin letters below which franc is unreliable (it calls short English headings Scots or French). */
const MIN_LATIN_LETTERS = 30;
/** A CJK character carries about as much as three Latin letters: "SDK名称:个推SDK" is Chinese. */
const CJK_WEIGHT = 3;
/** Enough text for franc's trigram profile; more only costs time. */
const FRANC_SAMPLE = 1500;
/** A language within this share of franc's best score counts as tied with it. */
const TIE_RATIO = 0.92;

/** Latin-script languages that policies are written in, ISO 639-3 (franc) to ISO 639-1. */
const LATIN_LANGUAGES: Record<string, string> = {
  eng: 'en', fra: 'fr', deu: 'de', spa: 'es', por: 'pt', ita: 'it', nld: 'nl', pol: 'pl',
  tur: 'tr', vie: 'vi', ind: 'id', swe: 'sv', dan: 'da', nob: 'nb', fin: 'fi', ces: 'cs',
  ron: 'ro', hun: 'hu',
};
const FRANC_ONLY = Object.keys(LATIN_LANGUAGES);

/** What the script counts alone say about a paragraph. */
export interface ScriptVerdict {
  lang: LanguageCode | null;
  /** True when the verdict stands on its own; false when neighbours should decide. */
  confident: boolean;
}

const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/g;
const KANA = /[\u3040-\u30ff]/g;
const HANGUL = /[\uac00-\ud7af\u1100-\u11ff]/g;
const LATIN = /[A-Za-z\u00c0-\u024f]/g;
const CYRILLIC = /[\u0400-\u04ff]/g;
const ARABIC = /[\u0600-\u06ff]/g;
const URL_LIKE = /(?:https?:\/\/|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gi;

function count(text: string, re: RegExp): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text)) n++;
  return n;
}

/** Judges one paragraph from its own text. */
export function judgeParagraph(text: string, preferred: LanguageCode | null): ScriptVerdict {
  const sample = text.length > 4 * FRANC_SAMPLE ? text.slice(0, 4 * FRANC_SAMPLE) : text;
  const han = count(sample, HAN);
  const kana = count(sample, KANA);
  const hangul = count(sample, HANGUL);
  const stripped = sample.replace(URL_LIKE, ' ');
  const latin = count(stripped, LATIN);
  const cjk = han + kana + hangul;
  if (cjk > 0 && cjk * CJK_WEIGHT >= latin) {
    const lang = kana > 0 && kana * 4 >= han ? 'ja' : hangul > han ? 'ko' : 'zh';
    return { lang, confident: cjk >= 2 };
  }
  const cyr = count(sample, CYRILLIC);
  const arabic = count(sample, ARABIC);
  if (cyr > latin && cyr >= 10) return { lang: 'ru', confident: true };
  if (arabic > latin && arabic >= 10) return { lang: 'ar', confident: true };
  if (latin < MIN_LATIN_LETTERS) return { lang: null, confident: false };
  const scores = francAll(stripped.slice(0, FRANC_SAMPLE), { only: FRANC_ONLY, minLength: 10 });
  const best = scores[0];
  if (!best || best[0] === 'und') return { lang: null, confident: false };
  const score = (code: string): number => scores.find((s) => s[0] === code)?.[1] ?? 0;
  // Ties go to the surrounding language, then to English, the lingua franca of policies.
  const pref = preferred ? Object.keys(LATIN_LANGUAGES).find((k) => LATIN_LANGUAGES[k] === preferred) : undefined;
  if (pref && score(pref) >= best[1] * TIE_RATIO) return { lang: preferred, confident: true };
  if (score('eng') >= best[1] * TIE_RATIO) return { lang: 'en', confident: true };
  return { lang: LATIN_LANGUAGES[best[0]] ?? 'und', confident: true };
}

/**
 * Languages for a run of paragraphs: confident verdicts stand; the rest take the nearest
 * confident paragraph before them (the part of the document they sit in), else after them.
 */
export function detectLanguages(texts: readonly string[]): LanguageCode[] {
  const verdicts: ScriptVerdict[] = [];
  let last: LanguageCode | null = null;
  for (const t of texts) {
    const v = judgeParagraph(t, last);
    verdicts.push(v);
    if (v.confident && v.lang) last = v.lang;
  }
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
  for (let i = verdicts.length - 1; i >= 0; i--) {
    const v = verdicts[i]!;
    if (v.confident && v.lang) next = v.lang;
    else if (out[i] === 'und') out[i] = next ?? v.lang ?? fallbackLanguage(texts[i]!);
  }
  return out;
}

/** A document too short for any confident verdict: mostly Latin letters reads as English. */
function fallbackLanguage(text: string): LanguageCode {
  const latin = count(text, LATIN);
  return latin >= 3 ? 'en' : 'und';
}
