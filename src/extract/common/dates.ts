/**
 * Time expressions in policy text: calendar dates (for `meta.updated` / `meta.effective`)
 * and durations (for retention periods). English and Chinese forms; every pattern is a
 * bounded alternation, so scanning stays linear in the paragraph length.
 */
import type { DeadlineUnit } from '../../types.js';
import { EN_NUMBER_SOURCE, parseChineseNumber, parseEnglishNumber } from '../../ingest/numbers.js';

export interface DateMention {
  /** Offsets in the scanned text. */
  start: number;
  end: number;
  /** `YYYY-MM-DD`, or `YYYY-MM` when the day is not given. */
  value: string;
}

export interface DurationMention {
  start: number;
  end: number;
  amount: number;
  unit: DeadlineUnit;
}

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};
const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';

/**
 * One alternation, tried left to right at each position:
 * 1-3 "August 10, 2023"; 4-6 "10 August 2023"; 7-8 "October 2022"; 9-11 "2023-08-10";
 * 12-14 "2022年10月(1日)".
 */
const DATE = new RegExp(
  [
    `\\b(${MONTH})\\.? {0,3}(\\d{1,2})(?:st|nd|rd|th)?,? {0,3}(\\d{4})\\b`,
    `\\b(\\d{1,2})(?:st|nd|rd|th)? {0,3}(?:of )?(${MONTH})\\.?,? {0,3}(\\d{4})\\b`,
    `\\b(${MONTH})\\.?,? {0,3}(\\d{4})\\b`,
    `\\b(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})\\b`,
    // Templates fill their blanks in brackets: `2022年【2】月【26】日`.
    `[【\\[]?(\\d{4})[】\\]]? {0,2}年 {0,2}[【\\[]?(\\d{1,2})[】\\]]? {0,2}月(?: {0,2}[【\\[]?(\\d{1,2})[】\\]]? {0,2}[日号])?`,
  ].join('|'),
  'gi',
);

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function monthOf(name: string): number {
  return MONTHS[name.toLowerCase().slice(0, 3)] ?? 0;
}

function format(year: number, month: number, day?: number): string | null {
  if (year < 1990 || year > 2100 || month < 1 || month > 12) return null;
  if (day === undefined) return `${year}-${pad(month)}`;
  if (day < 1 || day > 31) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** Every calendar date in `text`, in order, normalised. */
export function findDates(text: string): DateMention[] {
  const out: DateMention[] = [];
  DATE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DATE.exec(text))) {
    let value: string | null = null;
    if (m[1]) value = format(+m[3]!, monthOf(m[1]), +m[2]!);
    else if (m[4]) value = format(+m[6]!, monthOf(m[5]!), +m[4]);
    else if (m[7]) value = format(+m[8]!, monthOf(m[7]));
    else if (m[9]) value = format(+m[9], +m[10]!, +m[11]!);
    else if (m[12]) value = format(+m[12], +m[13]!, m[14] ? +m[14] : undefined);
    if (value) out.push({ start: m.index, end: m.index + m[0].length, value });
  }
  return out;
}

const EN_UNITS: [RegExp, DeadlineUnit][] = [
  [/^(?:working|business) days?$/i, 'working_day'],
  [/^days?$/i, 'day'],
  [/^weeks?$/i, 'week'],
  [/^months?$/i, 'month'],
  [/^years?$/i, 'year'],
  [/^hours?$/i, 'hour'],
];
const ZH_UNITS: Record<string, DeadlineUnit> = {
  个工作日: 'working_day', 工作日: 'working_day', 个月: 'month', 月: 'month', 年: 'year', 周: 'week', 星期: 'week', 天: 'day', 日: 'day', 小时: 'hour', 个小时: 'hour',
};

const DURATION = new RegExp(
  [
    `\\b(${EN_NUMBER_SOURCE})(?: {0,2}\\(\\d{1,4}\\))? {0,2}-? {0,2}((?:working|business) days?|days?|weeks?|months?|years?|hours?)\\b`,
    `(\\d{1,4}|[零〇一二两三四五六七八九十百]{1,6}) {0,2}(个工作日|工作日|个小时|小时|个月|星期|周|年|天|日|月)`,
  ].join('|'),
  'gi',
);

/** Every duration ("six months", "6个月", "三年", "15 working days") in `text`, calendar dates excluded. */
export function findDurations(text: string, dates: readonly DateMention[] = findDates(text)): DurationMention[] {
  const out: DurationMention[] = [];
  DURATION.lastIndex = 0;
  let m: RegExpExecArray | null;
  let d = 0;
  while ((m = DURATION.exec(text))) {
    const start = m.index;
    const end = start + m[0].length;
    while (d < dates.length && dates[d]!.end <= start) d++;
    if (d < dates.length && dates[d]!.start < end) continue;
    let amount: number;
    let unit: DeadlineUnit | undefined;
    if (m[1]) {
      amount = parseEnglishNumber(m[1]) ?? NaN;
      unit = EN_UNITS.find(([re]) => re.test(m![2]!))?.[1];
    } else {
      amount = parseChineseNumber(m[3]!) ?? NaN;
      unit = ZH_UNITS[m[4]!];
      // 月 alone after a bare number is a calendar month ("10月"), not a period.
      if (m[4] === '月' || (m[4] === '日' && /^\d/.test(m[3]!) && text[start - 1] === '月')) continue;
    }
    if (!unit || !Number.isFinite(amount) || amount <= 0) continue;
    out.push({ start, end, amount, unit });
  }
  return out;
}
