/**
 * Time limits the policy commits to: "respond within 15 business days", 三十个工作日内,
 * 申请注销后7天生效, "at least 30 days in advance". A number only counts with a limit cue
 * (within / 内 / 生效 / 提前 ...), so dates, ages and durations in passing stay out; a clause
 * that says how long data is kept is a retention period and is left to the retention extractor.
 * The same (subject, amount, unit) stated again — in the same paragraph or in the other
 * language's half of a bilingual policy — is one finding with several evidence entries.
 */
import type { PolicyDocument } from '../../document.js';
import type { DeadlineFinding, DeadlineSubject, DeadlineUnit, Evidence } from '../../types.js';
import { DEADLINE_SUBJECTS, EN_UNITS, RETENTION_CUES, ZH_UNITS } from './data.js';
import { EN_NUMBER_SOURCE, ZH_NUMBER_SOURCE, parseChineseNumber, parseEnglishNumber } from '../../ingest/numbers.js';
import { sentenceAt } from '../../ingest/sentences.js';

const ZH_UNIT_SOURCE = '个工作日|工作日|个自然日|自然日|日历日|个小时|小时|个月|个星期|星期|周|天|日|年';

/**
 * 提前/不超过 before the number, or 内/之内/以内/(后)生效 after the unit. The number must not
 * continue a longer number or a date (10月15日生效, 2022 年 02 月 01 日生效 are effective dates); template brackets
 * around it (【15】个工作日) are allowed.
 */
const ZH_DEADLINE = new RegExp(
  `(提前|不超过|不超出|最长|最迟|最多)?(在|于)?(?<![0-9.月年][ \u3000]{0,2})[【\\[]?(${ZH_NUMBER_SOURCE})[】\\]]? ?(${ZH_UNIT_SOURCE})(?!岁)(之内|以内|内|后生效|生效|届满)?`,
  'g',
);

/** What is done within the limit, right after it: 答复, 回复, 处理, 反馈, 完成. */
const ANSWER_AFTER = /^(?:内)?(?:答复|回复|处理|反馈|完成|予以|作出|给予|核实)/;

const EN_UNIT_SOURCE = '(?:(calendar|working|business|natural|work)[ -]+)?(hours?|days?|weeks?|months?|years?)\\b';
const EN_COUNT = `(${EN_NUMBER_SOURCE}|an|a)(?: ?\\([0-9]{1,4}\\))?[ -]+`;
/** A limit cue, then a count and a unit: "within fifteen (15) working days", "takes 15 working days", "please allow 30 days". */
const EN_DEADLINE = new RegExp(
  `\\b(within|in|no later than|not (?:to )?exceed(?:ing)?|no more than|at most|up to|takes?|taking|at least|allow(?: us)?(?: up to)?)(?: (?:the|a period of))?(?: (?:next|following|first))? ${EN_COUNT}${EN_UNIT_SOURCE}`,
  'gi',
);
/** A count and a unit, then an advance-notice cue: "30 days in advance", "7 days' notice". */
const EN_ADVANCE = new RegExp(`\\b${EN_COUNT}${EN_UNIT_SOURCE}(?:'|’)?(?: (?:in advance|prior|before(?:hand)?|(?:advance |prior )?notice))`, 'gi');

/** Ages are not deadlines: "18 years old", "under 18 years of age". */
const EN_AGE_AFTER = /^ (?:old|of age)\b/i;

interface Hit {
  start: number;
  end: number;
  amount: number;
  unit: DeadlineUnit;
}

function zhHits(text: string): Hit[] {
  const out: Hit[] = [];
  ZH_DEADLINE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ZH_DEADLINE.exec(text))) {
    const [, before, at, num, unitWord, after] = m;
    // `在十五个工作日答复`: 在 + a count and a unit right before the answer, without 内.
    if (!before && !after && !(at && ANSWER_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4)))) continue;
    // 年 needs a Chinese count: 2022年内 is a calendar year, not a limit.
    if (unitWord === '年' && /^[0-9]{3,}$/.test(num!)) continue;
    const amount = parseChineseNumber(num!);
    if (amount === undefined || amount <= 0) continue;
    out.push({ start: m.index, end: m.index + m[0].length, amount, unit: ZH_UNITS[unitWord!]! });
  }
  return out;
}

function enHits(text: string): Hit[] {
  const out: Hit[] = [];
  for (const re of [EN_DEADLINE, EN_ADVANCE]) {
    const cueFirst = re === EN_DEADLINE;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      const num = cueFirst ? m[2]! : m[1]!;
      const kind = cueFirst ? m[3] : m[2];
      const unitWord = (cueFirst ? m[4]! : m[3]!).toLowerCase().replace(/s$/, '');
      const end = m.index + m[0].length;
      if (unitWord === 'year' && EN_AGE_AFTER.test(text.slice(end, end + 8))) continue;
      const amount = parseEnglishNumber(num);
      if (amount === undefined || amount <= 0) continue;
      const unit: DeadlineUnit = unitWord === 'day' && kind && /work|business/i.test(kind) ? 'working_day' : EN_UNITS[unitWord]!;
      out.push({ start: m.index, end, amount, unit });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** How far a clause reaches from a hit at most: keeps the scan linear on unpunctuated text. */
const MAX_CLAUSE_REACH = 160;

/** The clause around a hit: between the nearest clause punctuation on either side. */
function clauseAround(text: string, start: number, end: number): string {
  let s = start;
  const sMin = Math.max(0, start - MAX_CLAUSE_REACH);
  while (s > sMin && !/[,，;；。.!?！？:：]/.test(text[s - 1]!)) s--;
  let e = end;
  const eMax = Math.min(text.length, end + MAX_CLAUSE_REACH);
  while (e < eMax && !/[,，;；。!?！？]/.test(text[e]!)) e++;
  return text.slice(s, e);
}

function isRetention(clause: string): boolean {
  return RETENTION_CUES.zh.test(clause) || RETENTION_CUES.en.test(clause);
}

/** The subject id of a limit from the sentence that states it. */
export function deadlineSubject(sentence: string): DeadlineSubject {
  const zh = /[\u4e00-\u9fff]/.test(sentence);
  for (const rule of DEADLINE_SUBJECTS) {
    if ((zh ? rule.zh : rule.en).test(sentence)) return rule.subject;
  }
  return 'time_limit';
}

export function extractDeadlines(doc: PolicyDocument): DeadlineFinding[] {
  const byKey = new Map<string, DeadlineFinding>();
  for (const para of doc.paragraphs) {
    const text = para.text;
    if (!/[0-9零〇一二两三四五六七八九十百]|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|sixty|ninety|an?)\b/i.test(text)) continue;
    const hits = [...zhHits(text), ...enHits(text)];
    if (hits.length === 0) continue;
    const spans = doc.sentences(para.index);
    // One subject per sentence: a long unpunctuated paragraph with many limits is classified once.
    const subjects = new Map<number, DeadlineSubject>();
    for (const h of hits) {
      if (isRetention(clauseAround(text, h.start, h.end))) continue;
      const sentence = sentenceAt(spans, h.start);
      let subject = subjects.get(sentence[0]);
      if (subject === undefined) subjects.set(sentence[0], (subject = deadlineSubject(text.slice(sentence[0], sentence[1]))));
      const key = `${subject}|${h.amount}|${h.unit}`;
      const evidence: Evidence = doc.evidence(para.index, h.start, h.end, sentence);
      const found = byKey.get(key);
      if (found) found.evidence.push(evidence);
      else byKey.set(key, { subject, amount: h.amount, unit: h.unit, text: text.slice(h.start, h.end), evidence: [evidence] });
    }
  }
  return [...byKey.values()].sort((a, b) => a.evidence[0]!.start - b.evidence[0]!.start);
}
