/**
 * Time limits for answering users: requests, complaints and account deletion must be handled
 * within 15 working days (App-191 6.3 and 6.5; TC260-PG-20202A 6.1 b-6.3 b).
 */
import type { DeadlineFinding, DeadlineUnit } from '../../types.js';
import type { Rule } from '../types.js';
import { sectionsOf } from './common.js';

/** The longest answer time the rules allow, in working days. */
export const MAX_WORKING_DAYS = 15;

/** Deadline subjects that are an answer owed to the user (not breach notices or policy updates). */
export const RESPONSE_SUBJECTS: ReadonlySet<string> = new Set(['respond_to_requests', 'access_request', 'correction_request', 'reply_to_inquiries', 'complaint', 'account_deletion', 'data_deletion']);

/**
 * Working days in one unit. A week has five; calendar units are scaled by 5/7, so 21 calendar
 * days count as 15 working days and "30 days" is longer than "15 working days".
 */
const WORKING_DAYS_PER: Record<DeadlineUnit, number> = {
  hour: 5 / 7 / 24,
  day: 5 / 7,
  working_day: 1,
  week: 5,
  month: (365.25 / 12) * (5 / 7),
  year: 365.25 * (5 / 7),
};

export function inWorkingDays(d: Pick<DeadlineFinding, 'amount' | 'unit'>): number {
  return d.amount * WORKING_DAYS_PER[d.unit];
}

const UNIT_WORDS: Record<DeadlineUnit, [string, string]> = {
  hour: ['hours', '小时'], day: ['days', '天'], working_day: ['working days', '个工作日'], week: ['weeks', '周'], month: ['months', '个月'], year: ['years', '年'],
};

export const DEADLINE_RULES: readonly Rule[] = [
  {
    id: 'deadline.too-long',
    jurisdiction: 'cn',
    severity: 'violation',
    refs: ['App-191 6.3', 'App-191 6.5', 'TC260-PG-20202A 6.1 b', 'TC260-PG-20202A 6.2 b', 'TC260-PG-20202A 6.3 b'],
    description: 'a response to requests, complaints or account deletion takes longer than 15 working days',
    check: (r) => r.deadlines
      .filter((d) => RESPONSE_SUBJECTS.has(d.subject) && inWorkingDays(d) > MAX_WORKING_DAYS + 1e-9)
      .map((d) => ({
        subject: d.subject,
        message: {
          en: `The policy allows ${d.amount} ${UNIT_WORDS[d.unit][0]} (${d.subject.replace(/_/g, ' ')}), longer than ${MAX_WORKING_DAYS} working days.`,
          zh: `隐私政策承诺的处理时限为${d.amount}${UNIT_WORDS[d.unit][1]}，超过${MAX_WORKING_DAYS}个工作日。`,
        },
        evidence: d.evidence,
      })),
  },
  {
    id: 'deadline.missing',
    jurisdiction: 'cn',
    severity: 'warning',
    refs: ['App-191 6.3', 'TC260-PG-20202A 6.2 b'],
    description: 'no time limit for answering requests (15 working days then apply)',
    check: (r) => (r.deadlines.some((d) => RESPONSE_SUBJECTS.has(d.subject)) ? [] : [{
      message: { en: 'The policy states no time limit for answering users\' requests; 15 working days apply.', zh: '隐私政策未承诺处理用户请求的时限（无承诺时限的以15个工作日为限）。' },
      evidence: [],
      searched: sectionsOf(r, ['rights', 'contact']),
    }]),
  },
];
