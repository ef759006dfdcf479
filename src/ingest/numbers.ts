/**
 * Numbers as policies write them: Arabic digits, Chinese numerals (十五, 三十, 二十四, 两) and
 * English number words (fifteen, thirty, twenty-four). Deadlines and age limits are written
 * every way, so the extractors share one reader. The regex fragments are bounded, so any
 * pattern built from them stays linear.
 */

/** Arabic digits or a run of Chinese numeral characters (at most 6: 一百二十 fits). */
export const ZH_NUMBER_SOURCE = '[0-9]{1,4}|[零〇一二两三四五六七八九十百]{1,6}';

const EN_UNITS: Record<string, number> = {
  zero: 0, one: 1, a: 1, an: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19,
};
const EN_TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };

/**
 * Digits, or an English number word up to ninety-nine ("twenty-four", "forty five").
 * "a" / "an" are left out here: "within a reasonable time" is not a number. Callers that
 * want "a year" add it themselves.
 */
export const EN_NUMBER_SOURCE =
  '[0-9]{1,4}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|' +
  'zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';

const ZH_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 十五 → 15, 三十 → 30, 二十四 → 24, 一百二十 → 120, 一千 → 1000, 两 → 2, 十 → 10; digits pass through. */
export function parseChineseNumber(s: string): number | undefined {
  if (/^[0-9]+$/.test(s)) return Number(s);
  let total = 0;
  let digit = -1;
  for (const ch of s) {
    if (ch in ZH_DIGITS) {
      // Consecutive digits (二零二二, no 十/百) read positionally.
      digit = digit >= 0 ? digit * 10 + ZH_DIGITS[ch]! : ZH_DIGITS[ch]!;
    } else if (ch === '十') {
      total += (digit > 0 ? digit : 1) * 10;
      digit = -1;
    } else if (ch === '百' || ch === '千') {
      total += (digit > 0 ? digit : 1) * (ch === '百' ? 100 : 1000);
      digit = -1;
    } else return undefined;
  }
  return total + (digit > 0 ? digit : 0);
}

/** "fifteen" → 15, "twenty-four" → 24, "30" → 30, "a" → 1. */
export function parseEnglishNumber(s: string): number | undefined {
  const w = s.toLowerCase().trim();
  if (/^[0-9]+$/.test(w)) return Number(w);
  if (w in EN_UNITS) return EN_UNITS[w];
  if (w in EN_TENS) return EN_TENS[w];
  const m = /^([a-z]+)[- ]([a-z]+)$/.exec(w);
  if (m && m[1]! in EN_TENS && m[2]! in EN_UNITS && EN_UNITS[m[2]!]! < 10) return EN_TENS[m[1]!]! + EN_UNITS[m[2]!]!;
  return undefined;
}

/** Any of the three spellings. */
export function parseNumber(s: string): number | undefined {
  return /[a-z]/i.test(s) ? parseEnglishNumber(s) : parseChineseNumber(s);
}
