import { extractPolicy } from '../src/index.js';
import { parseChineseNumber, parseEnglishNumber } from '../src/ingest/numbers.js';
import { deadlineSubject } from '../src/extract/deadlines/index.js';
import { CORPUS, corpusText, gold } from './helpers/corpus.js';

type GoldDeadline = { amount: number; unit: string; optional?: boolean };

const keys = (text: string) => extractPolicy(text).deadlines.map((d) => `${d.amount} ${d.unit}`);

describe('numbers', () => {
  it('reads Chinese numerals', () => {
    expect(['十五', '三十', '二十四', '十', '两', '一百二十', '七', '15'].map(parseChineseNumber)).toEqual([15, 30, 24, 10, 2, 120, 7, 15]);
    expect(parseChineseNumber('十五x')).toBeUndefined();
  });
  it('reads English number words', () => {
    expect(['fifteen', 'thirty', 'twenty-four', 'forty five', 'three', '30', 'a'].map(parseEnglishNumber)).toEqual([15, 30, 24, 45, 3, 30, 1]);
    expect(parseEnglishNumber('several')).toBeUndefined();
  });
});

describe('deadlines on the seed corpus', () => {
  it.each(CORPUS)('%s: every gold (amount, unit) is found and nothing else is reported', (file) => {
    const text = corpusText(file);
    const want = gold<{ deadlines: GoldDeadline[] }>(file).deadlines;
    const got = extractPolicy(text).deadlines;
    const required = new Set(want.filter((d) => !d.optional).map((d) => `${d.amount} ${d.unit}`));
    const allowed = new Set(want.map((d) => `${d.amount} ${d.unit}`));
    const gotKeys = new Set(got.map((d) => `${d.amount} ${d.unit}`));
    for (const k of required) expect(gotKeys).toContain(k);
    for (const k of gotKeys) expect(allowed).toContain(k);
    for (const d of got) for (const e of d.evidence) expect(text.slice(e.start, e.end)).toMatch(/\d|[十五三七]|fifteen|three/i);
  });

  it('Kaiconn: Chinese numerals, 工作日, 天生效, and the English half merged into the same findings', () => {
    const text = corpusText('kaiconn.zh-en.txt');
    const ds = extractPolicy(text).deadlines;
    const working = ds.find((d) => d.amount === 30 && d.unit === 'working_day')!;
    expect(working.evidence.map((e) => text.slice(e.start, e.end))).toEqual(['在三十个工作日内', 'within 30 working days']);
    const cancel = ds.find((d) => d.amount === 7)!;
    expect(cancel.subject).toBe('account_deletion');
    expect(text.slice(cancel.evidence[0]!.start, cancel.evidence[0]!.end)).toBe('7天生效');
    const reply = ds.find((d) => d.amount === 15)!;
    expect(reply).toMatchObject({ unit: 'day', subject: 'identity_verification_reply' });
    expect(ds.find((d) => d.subject === 'complaint')).toMatchObject({ amount: 30, unit: 'day' });
  });

  it('Jeejio: the same limit stated twice in one paragraph is one finding; three working days is a number word', () => {
    const text = corpusText('jeejio.en.txt');
    const ds = extractPolicy(text).deadlines;
    const deact = ds.filter((d) => d.subject === 'account_deletion');
    expect(deact).toHaveLength(1);
    expect(deact[0]!.evidence).toHaveLength(2);
    expect(ds.find((d) => d.amount === 3)).toMatchObject({ unit: 'working_day', text: 'within three working days' });
  });

  it('Jooan: business days are working days; the two statements keep different subjects', () => {
    const ds = extractPolicy(corpusText('jooan.en.txt')).deadlines;
    expect(ds.map((d) => `${d.amount} ${d.unit}`)).toEqual(['15 working_day', '15 working_day']);
    expect(new Set(ds.map((d) => d.subject)).size).toBe(2);
  });
});

describe('deadline rules', () => {
  it('needs a limit cue: dates, ages and bare durations are not deadlines', () => {
    expect(keys('本政策于2022年10月15日生效。')).toEqual([]);
    expect(keys('若您是14周岁以下的儿童,请在监护人陪同下阅读。')).toEqual([]);
    expect(keys('You must be 18 years old or older.')).toEqual([]);
    expect(keys('We have served users for 10 years.')).toEqual([]);
  });
  it('leaves retention periods to the retention extractor', () => {
    expect(keys('我们将在6个月内保存您的日志信息。')).toEqual([]);
    expect(keys('We retain logs for up to 6 months.')).toEqual([]);
  });
  it('reads the common Chinese and English forms', () => {
    expect(keys('我们将在十五个工作日内回复您的请求。')).toEqual(['15 working_day']);
    expect(keys('我们核查后会在【15】个工作日内反馈。')).toEqual(['15 working_day']);
    expect(keys('我们会至少提前三十日向您通知。')).toEqual(['30 day']);
    expect(keys('我们将在48小时内完成审核。')).toEqual(['48 hour']);
    expect(keys('We will respond within thirty (30) days of receiving your request.')).toEqual(['30 day']);
    expect(keys('We will notify you at least 7 days in advance of the change.')).toEqual(['7 day']);
    expect(keys('We will reply within 2 weeks.')).toEqual(['2 week']);
  });
  it('names the subject from the sentence', () => {
    expect(deadlineSubject('申请注销后7天生效')).toBe('account_deletion');
    expect(deadlineSubject('我们核查后会在30日内反馈您的投诉与举报')).toBe('complaint');
    expect(deadlineSubject('We will respond to your request within 30 working days.')).toBe('respond_to_requests');
    expect(deadlineSubject('We will notify you of a security incident within 72 hours.')).toBe('data_breach_notice');
    // One right's requests have their own subject, in both languages.
    expect(deadlineSubject('我们将在30天内回复您的访问请求。')).toBe('access_request');
    expect(deadlineSubject('We will answer your access request within 30 days.')).toBe('access_request');
    expect(deadlineSubject('我们将在15个工作日内处理您更正个人信息的请求。')).toBe('correction_request');
    expect(deadlineSubject('Requests to correct your data are handled within 15 days.')).toBe('correction_request');
    expect(deadlineSubject('在3天内')).toBe('time_limit');
  });

  it('two subjects with the same period are two entries', () => {
    const r = extractPolicy('我们将在15个工作日内回复您的访问请求。对于您的投诉，我们将在15个工作日内答复。');
    expect(r.deadlines.map((d) => d.subject)).toEqual(['access_request', 'complaint']);
  });
});

describe('limits written without 内 or "within"', () => {
  const dl = (t: string) => extractPolicy(t).deadlines.map((d) => [d.amount, d.unit]);
  it('reads 在十五个工作日答复 and "please allow 30 days for a response", not dates or waits', () => {
    expect(dl('我们将在十五个工作日答复。')).toEqual([[15, 'working_day']]);
    expect(dl('Please allow 30 days for a response to your request.')).toEqual([[30, 'day']]);
    expect(dl('本政策于 2022 年 02 月 01 日更新。')).toEqual([]);
    // A spaced date before 生效 is when the policy takes effect, not a limit of one day.
    expect(dl('本政策于2022 年 02 月 01 日生效。')).toEqual([]);
    expect(extractPolicy('Please allow 30 days for a response.').deadlines.map((d) => d.subject)).toEqual(['reply_to_inquiries']);
    expect(dl('您可以在7天后重新申请。')).toEqual([]);
  });
});
