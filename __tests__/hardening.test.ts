/**
 * Issue #6, "never crash, never hang, never lie": the input contract, awkward characters with
 * offsets that stay right, and inputs built to be worst cases for every scan and pattern.
 */
import { readFileSync } from 'node:fs';
import { createExtractor, DEFAULT_MAX_LENGTH, extractPolicy } from '../src/index.js';
import { checkInvariants } from './helpers/invariants.js';
import type { PolicyExtraction } from '../src/types.js';

const extractor = createExtractor();
const corpus = (name: string): string => readFileSync(new URL(`../corpus/${name}`, import.meta.url), 'utf8');

function expectValid(input: string, result: PolicyExtraction, html = false): void {
  expect(checkInvariants(input, result, extractor.lexicons, { html })).toEqual([]);
}

describe('input contract', () => {
  it.each([
    [123, /got number/],
    [null, /got null/],
    [undefined, /got undefined/],
    [['text'], /got an array/],
    [{ text: 'x' }, /got object/],
    [Buffer.from('We collect IMEI'), /got a Buffer/],
    [new String('x'), /got object/],
  ])('throws a TypeError naming what it got (%p)', (value, message) => {
    expect(() => extractPolicy(value as never)).toThrow(TypeError);
    expect(() => extractPolicy(value as never)).toThrow(message);
  });

  it.each(['', ' ', '\n\n\r\n', '\t \u3000\u00a0', '\uFEFF', '\u200B\u200B\n\u200D'])('gives an empty, valid result for blank text %j', (text) => {
    const r = extractPolicy(text);
    expect(r.paragraphs).toEqual([]);
    expect(r.sections).toEqual([]);
    expect(r.dataTypes).toEqual([]);
    expect(r.sdks).toEqual([]);
    expect(r.permissions).toEqual([]);
    expect(r.rights).toEqual([]);
    expect(r.length).toBe(text.length);
    expectValid(text, r);
  });

  it('rejects input longer than maxLength with a RangeError before any work', () => {
    expect(() => extractPolicy('x'.repeat(11), { maxLength: 10 })).toThrow(RangeError);
    expect(() => extractPolicy('x'.repeat(11), { maxLength: 10 })).toThrow(/11 characters.*maxLength 10/);
    expect(extractPolicy('x'.repeat(10), { maxLength: 10 }).paragraphs).toHaveLength(1);
    const huge = 'a'.repeat(DEFAULT_MAX_LENGTH + 1);
    const t0 = performance.now();
    expect(() => extractPolicy(huge)).toThrow(RangeError);
    expect(performance.now() - t0).toBeLessThan(50);
  });

  it('rejects a maxLength that is not a non-negative number', () => {
    for (const maxLength of [-1, Number.NaN, '10' as unknown as number]) {
      expect(() => extractPolicy('x', { maxLength })).toThrow(TypeError);
    }
  });
});

describe('awkward characters keep offsets right', () => {
  const imeiOf = (r: PolicyExtraction) => r.dataTypes.find((d) => d.id === 'device.imei')?.evidence ?? [];

  it('BOM, zero-width characters inside a word, NUL and control characters', () => {
    const text = '\uFEFFWe\u0000 collect your I\u200BM\u200DEI\u0007 and\u0085MAC address.';
    const r = extractPolicy(text);
    const [ev] = imeiOf(r);
    expect(text.slice(ev!.start, ev!.end).replace(/[\u200B\u200D]/g, '')).toBe('IMEI');
    expect(text.slice(ev!.start, ev!.end)).toBe('I\u200BM\u200DEI');
    expectValid(text, r);
  });

  it('lone surrogates and astral characters before a mention', () => {
    const text = '\uD800\uDFFF\uDC00 😀 我们收集\uD83D国际移动设备识别码\uDE00。\nIMEI';
    const r = extractPolicy(text);
    const spans = imeiOf(r).map((e) => text.slice(e.start, e.end));
    expect(spans).toEqual(['国际移动设备识别码', 'IMEI']);
    expectValid(text, r);
  });

  it.each([
    ['\\r\\n', '\r\n'],
    ['\\r', '\r'],
    ['\\u2028', '\u2028'],
  ])('%s line ends give the same paragraphs and findings as \\n', (_name, eol) => {
    const lf = corpus('kaiconn.zh-en.txt').replace(/\r\n?/g, '\n');
    const other = lf.replace(/\n/g, eol);
    const a = extractor.extract(lf);
    const b = extractor.extract(other);
    expectValid(other, b);
    expect(b.paragraphs.length).toBe(a.paragraphs.length);
    expect(b.paragraphs.map((p) => other.slice(p.start, p.end))).toEqual(a.paragraphs.map((p) => lf.slice(p.start, p.end)));
    const mentions = (r: PolicyExtraction, t: string) => r.dataTypes.flatMap((d) => d.evidence.map((e) => `${d.id}:${t.slice(e.start, e.end)}`));
    expect(mentions(b, other)).toEqual(mentions(a, lf));
    expect(mentions(a, lf).length).toBeGreaterThan(0);
  });

  it('a corpus policy sprinkled with invisible characters keeps every mention', () => {
    const clean = corpus('jooan.en.txt');
    // A zero-width space after every 7th character, a BOM at the start, NBSP for some spaces.
    let noisy = '\uFEFF';
    for (let i = 0; i < clean.length; i++) noisy += clean[i] + (i % 7 === 6 && /\w/.test(clean[i]!) ? '\u200B' : '');
    noisy = noisy.replace(/ (?=the )/g, '\u00a0');
    const a = extractor.extract(clean);
    const b = extractor.extract(noisy);
    expectValid(noisy, b);
    const mentions = (r: PolicyExtraction, t: string) => r.dataTypes.flatMap((d) => d.evidence.map((e) => `${d.id}:${t.slice(e.start, e.end).replace(/\u200B/g, '').replace(/\u00a0/g, ' ')}`));
    expect(mentions(b, noisy)).toEqual(mentions(a, clean));
  });
});

/**
 * Inputs of about 1 MB built to hurt: one giant paragraph, thousands of records, runs of
 * the characters that patterns for numbers, headings, URLs and e-mails look for.
 */
const MB = 1024 * 1024;
const fill = (unit: string, size = MB): string => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
const englishSentence = 'We collect your IMEI, MAC address and location when you use the app ';
const chineseSentence = '我们会收集您的国际移动设备识别码MAC地址和位置信息用于推送服务';
const WORST: Record<string, () => string> = {
  'one 1 MB English paragraph without sentence ends': () => fill(englishSentence),
  'one 1 MB Chinese paragraph without punctuation': () => fill(chineseSentence),
  'one 1 MB word': () => fill('a'),
  'one 1 MB run of mentions': () => fill('IMEI '),
  'negation before a 1 MB run of mentions': () => 'We do not collect ' + fill('IMEI, '),
  '20,000 SDK records': () => fill('SDK名称:友盟统计SDK\n功能:统计分析\n收集个人信息类型:设备信息(IMEI、MAC地址)\n隐私政策链接:https://www.umeng.com/page/policy\n', 20000 * 70),
  'long digit runs': () => fill('1234567890'),
  'digits with separators': () => fill('1-2 3-4 (5) 6+7 '),
  'parentheses': () => fill('((('),
  'dotted numbers': () => fill('1.1.'),
  'at signs': () => fill('@@@'),
  'repeated http://': () => fill('http://'),
  'e-mail-like strings': () => fill('a.b@c.d@e-f.'),
  'url with a huge path': () => 'See https://example.com/' + fill('a/b.c?d=e&'),
  'heading-like lines': () => fill('1.1 Information\n一、收集\n(一)使用\n第一条 权利\nⅡ 、Sharing\n'),
  'numbered list that never ends': () => Array.from({ length: 40000 }, (_, i) => `${i % 100}.${i % 10} Item ${i}`).join('\n'),
  'dates everywhere': () => fill('2023年1月1日 2023-01-01 January 1, 2023 更新日期: '),
  'ages and days': () => fill('14周岁 15个工作日 within 30 days under 16 years '),
  'only line breaks': () => fill('\n'),
  'one character per line': () => fill('a\n'),
  'colons and tabs': () => fill(':\t:\t'),
  'quotes and brackets': () => fill('“《【「'),
  'mixed scripts per character': () => fill('a我1。'),
  'deeply nested HTML': () => fill('<div>', MB / 2) + 'IMEI' + fill('</div>', MB / 2),
  'HTML made of broken tags': () => '<html>' + fill('<<p <b &amp &# <!-- '),
  // One giant paragraph whose every sentence names permissions (each name once asked the
  // whole paragraph about iOS), SDKs in prose (each listing once scanned every match) or
  // numbered headings (each once looked for a line break back to the start).
  'a 1 MB paragraph of permission requests': () => fill('我们会收集您的位置信息、设备信息与短信，并申请相机权限，用于扫描。'),
  'a 1 MB English paragraph of permission requests': () => fill('We may ask for permission to send you push notifications and to access your camera so that you can scan. '),
  'a 1 MB paragraph of SDKs in prose': () => fill('友盟SDK、极光推送SDK会收集您的IMEI，用于统计。'),
  'a policy pasted onto one 1 MB line': () => fill('一、我们收集的信息 我们会收集您的手机号码，用于登录。 二、您的权利 您可以删除您的信息。 '),
  'markdown pipe rows': () => fill('| 友盟SDK | 统计 | 设备信息 | https://x.cn |\n| --- | --- | --- | --- |\n'),
  'Traditional Chinese': () => fill('我們會收集您的位置資訊、裝置資訊與簡訊，並申請相機權限，用於掃描。'),
  // No full stop for 1 MB: one sentence, in which each enumeration once searched the whole
  // sentence for a scenario, and each worded right every lexicon match.
  'a 1 MB sentence of glossed permissions': () => fill('我们会开启您的位置（用于扫描附近设备）、蓝牙（用于连接灯具）权限，'),
  'a 1 MB sentence of rights': () => fill('您可以访问、更正、删除您的个人信息，也可以注销账号，如您不满意可以向监管部门投诉，'),
};

describe('no runaway patterns', () => {
  // Generous: 20 s per MB on a shared 2-core machine. A quadratic scan takes minutes.
  const SECONDS_PER_MB = 20;

  it.each(Object.keys(WORST))('%s', (name) => {
    const input = WORST[name]!();
    const t0 = performance.now();
    const r = extractor.extract(input);
    const seconds = (performance.now() - t0) / 1000;
    expect(seconds).toBeLessThan(SECONDS_PER_MB * Math.max(1, input.length / MB));
    expect(r.length).toBe(input.length);
    expectValid(input, r, name.includes('HTML'));
  });
});
