/**
 * Compliance findings on real text (a dev policy, the seed corpus) and on edited copies of it:
 * a rule must fire where the edit takes the statement away, and not on the unedited text.
 */
import { readFileSync } from 'node:fs';
import { checkPolicy, defaultJurisdictions, extractPolicy, type Finding, type Rule } from '../src/index.js';
import { inWorkingDays } from '../src/checks/rules/deadlines.js';
import { runCommand } from './helpers/cli.js';

const camscanner = readFileSync('corpus-dev/camscanner.zh.txt', 'utf8');
const kaiconn = readFileSync('corpus/kaiconn.zh-en.txt', 'utf8');
const keys = (fs: Finding[]) => fs.map((f) => (f.subject ? `${f.rule}:${f.subject}` : f.rule));
const check = (text: string) => checkPolicy(extractPolicy(text), { text });

describe('checkPolicy on a real Chinese policy and edited copies', () => {
  const base = check(camscanner);

  test('the unedited policy gives none of the edited-copy findings', () => {
    expect(keys(base)).not.toContain('rights.missing:right.account_deletion');
    expect(keys(base).filter((k) => k.startsWith('deadline.too-long'))).toEqual([]);
    expect(keys(base)).not.toContain('disclosure.contact');
    expect(keys(base)).not.toContain('disclosure.controller');
  });

  test('without its account-deletion paragraphs, rights.missing names right.account_deletion', () => {
    const edited = camscanner.split('\n').filter((l) => !/注销/.test(l)).join('\n');
    const f = check(edited).find((x) => x.rule === 'rights.missing' && x.subject === 'right.account_deletion');
    expect(f).toBeDefined();
    expect(f!.severity).toBe('violation');
    expect(f!.evidence).toEqual([]);
    expect(f!.searched!.length).toBeGreaterThan(0);
    expect(f!.searched!.every((s) => s.category === 'rights')).toBe(true);
  });

  test('its 15 working days changed to 60 give deadline.too-long with the deadline as evidence', () => {
    const edited = camscanner.replace(/(?:15|十五)个工作日/g, '60个工作日');
    const found = check(edited).filter((x) => x.rule === 'deadline.too-long');
    expect(found.length).toBeGreaterThan(0);
    for (const f of found) {
      expect(f.evidence.length).toBeGreaterThan(0);
      expect(f.evidence.some((e) => edited.slice(e.sentenceStart ?? e.start, e.sentenceEnd ?? e.end).includes('60'))).toBe(true);
    }
  });

  test('without its e-mails and phones, disclosure.contact appears', () => {
    const edited = camscanner.replace(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, '').replace(/\+?\d[\d\s()-]{6,}\d/g, '');
    expect(keys(check(edited))).toContain('disclosure.contact');
  });
});

describe('rules on invented text', () => {
  test('a runtime permission without a purpose is a finding; with one it is not', () => {
    const bare = check('隐私政策\n一、我们申请的权限\n我们会申请以下权限：相机权限、麦克风权限。');
    expect(keys(bare)).toEqual(expect.arrayContaining(['permission.no-purpose:android.permission.CAMERA']));
    const withPurpose = check('隐私政策\n一、我们申请的权限\n相机权限：用于扫描二维码。');
    expect(keys(withPurpose).filter((k) => k.includes('CAMERA'))).toEqual([]);
  });

  test('a purpose in the paragraph under a permission heading, or in its SDK\'s record, counts', () => {
    const underHeading = check('隐私政策\n一、权限说明\n1.您在APP内的相机权限\n\n在扫码登录等业务场景下，我们需要您授权相机权限。\n2.其他');
    expect(keys(underHeading).filter((k) => k.includes('CAMERA'))).toEqual([]);
    const bareList = check('隐私政策\n一、权限说明\n我们可能会获取以下权限:\n1)调用摄像头;\n2)读取手机短信;');
    expect(keys(bareList)).toEqual(expect.arrayContaining(['permission.no-purpose:android.permission.CAMERA', 'permission.no-purpose:android.permission.READ_SMS']));
  });

  test('a storage section whose heading also speaks of protection answers disclosure.security', () => {
    const combined = check('隐私政策\n一、我们如何收集您的信息\n我们收集您的手机号码。\n二、我们如何存储和保护您的个人信息\n我们采用加密技术保护您的信息。');
    expect(keys(combined)).not.toContain('disclosure.security');
    const none = check('个人信息保护政策\n一、我们如何收集您的信息\n我们收集您的手机号码。\n二、联系我们\n邮箱：privacy@example.com');
    expect(keys(none)).toContain('disclosure.security');
  });

  test('children under 14 without a guardian consent statement', () => {
    const none = check('隐私政策\n未成年人保护\n我们的产品面向不满14周岁的儿童，他们可以直接注册使用。');
    expect(keys(none)).toContain('minors.no-guardian-consent');
    const consent = check('隐私政策\n未成年人保护\n若您是不满14周岁的儿童，请在父母或其他监护人的同意和指导下使用我们的服务。');
    expect(keys(consent)).not.toContain('minors.no-guardian-consent');
  });

  test('days and working days are compared correctly against 15 working days', () => {
    expect(inWorkingDays({ amount: 15, unit: 'working_day' })).toBe(15);
    expect(inWorkingDays({ amount: 21, unit: 'day' })).toBeCloseTo(15);
    expect(inWorkingDays({ amount: 20, unit: 'day' })).toBeLessThan(15);
    expect(inWorkingDays({ amount: 30, unit: 'day' })).toBeGreaterThan(15);
    expect(inWorkingDays({ amount: 1, unit: 'month' })).toBeGreaterThan(15);
    expect(inWorkingDays({ amount: 3, unit: 'week' })).toBe(15);
    const ok = check('隐私政策\n您的权利\n我们将在二十日内答复您的请求。');
    expect(keys(ok).filter((k) => k.startsWith('deadline.too-long'))).toEqual([]);
    const late = check('隐私政策\n您的权利\n我们将在三十日内答复您的请求。');
    expect(keys(late).filter((k) => k.startsWith('deadline.too-long')).length).toBe(1);
  });
});

describe('options and contract', () => {
  const result = extractPolicy(kaiconn);

  test('Chinese text brings the Chinese rules by default; an English-only policy does not', () => {
    expect(defaultJurisdictions(result)).toContain('cn');
    const english = extractPolicy('Privacy Policy\nWe collect your e-mail address to send you receipts. Contact privacy@example.com.');
    expect(defaultJurisdictions(english)).toEqual(['eu']);
    expect(checkPolicy(english).filter((f) => f.jurisdiction === 'cn')).toEqual([]);
    expect(checkPolicy(english, { jurisdictions: ['cn'] }).length).toBeGreaterThan(0);
  });

  test('Kaiconn: its 30-day answers are too long, its contacts and controller are there', () => {
    const fs = checkPolicy(result);
    expect(keys(fs)).toEqual(expect.arrayContaining(['deadline.too-long:respond_to_requests', 'deadline.too-long:complaint']));
    expect(keys(fs)).not.toContain('disclosure.contact');
    expect(keys(fs)).not.toContain('disclosure.controller');
    for (const f of fs) {
      expect(f.message.en.length).toBeGreaterThan(0);
      expect(f.message.zh.length).toBeGreaterThan(0);
      expect(f.refs.length).toBeGreaterThan(0);
      for (const e of f.evidence) expect(e.end).toBeLessThanOrEqual(kaiconn.length);
    }
  });

  test('rules can be turned off or given another severity; an unknown rule id is an error', () => {
    const off = checkPolicy(result, { rules: { 'deadline.too-long': false } });
    expect(off.some((f) => f.rule === 'deadline.too-long')).toBe(false);
    const info = checkPolicy(result, { rules: { 'deadline.too-long': { severity: 'info' } } });
    expect(info.filter((f) => f.rule === 'deadline.too-long').every((f) => f.severity === 'info')).toBe(true);
    expect(() => checkPolicy(result, { rules: { 'no.such-rule': false } })).toThrow(/unknown rule "no.such-rule"/);
    expect(() => checkPolicy({} as never)).toThrow(TypeError);
  });

  test('a rule of the caller\'s own runs beside the built-in ones', () => {
    const mine: Rule = {
      id: 'mine.no-sdks', jurisdiction: 'cn', severity: 'info', refs: ['house rule 1'], description: 'no SDK listed',
      check: (r) => (r.sdks.length ? [] : [{ message: { en: 'no SDKs', zh: '无SDK' }, evidence: [] }]),
    };
    const fs = checkPolicy(extractPolicy('隐私政策\n我们收集您的手机号码。'), { extraRules: [mine] });
    expect(fs.map((f) => f.rule)).toContain('mine.no-sdks');
  });
});

describe('policylens check (CLI)', () => {
  const run = (argv: string[]) => runCommand(['check', ...argv]);

  test('findings grouped by severity, within 80 columns; --fail-on sets the exit code', async () => {
    const plain = await run(['corpus/kaiconn.zh-en.txt']);
    expect(plain.code).toBe(0);
    expect(plain.out).toMatch(/^corpus\/kaiconn\.zh-en\.txt: \d+ violation, \d+ warning, \d+ info\nviolation:\n  deadline\.too-long/);
    const { cellWidth } = await import('../src/cli/table.js');
    for (const line of plain.out.split('\n')) expect(cellWidth(line)).toBeLessThanOrEqual(80);
    expect((await run(['--fail-on', 'violation', 'corpus/kaiconn.zh-en.txt'])).code).toBe(1);
    // --jurisdiction eu leaves only the gdpr rules (Kaiconn's English half names no supervisory authority).
    const eu = JSON.parse((await run(['--json', '--jurisdiction', 'eu', 'corpus/kaiconn.zh-en.txt'])).out) as { findings: Finding[] }[];
    expect(eu[0].findings.length).toBeGreaterThan(0);
    expect(eu[0].findings.every((f) => f.jurisdiction === 'eu')).toBe(true);
  });

  test('--json gives every input, failures as {id, error}; usage errors exit 2', async () => {
    const r = await run(['--json', 'corpus/kaiconn.zh-en.txt', 'no-such-file.txt']);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.out) as { id: string; findings?: Finding[]; error?: string }[];
    expect(out.map((x) => x.id)).toEqual(['corpus/kaiconn.zh-en.txt', 'no-such-file.txt']);
    expect(out[0].findings!.length).toBeGreaterThan(0);
    expect(out[1].error).toMatch(/cannot read/);
    const bad = await run(['--fail-on', 'sometimes', 'x.txt']);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--fail-on expects violation, warning or info/);
  });
});

describe('extractPolicy with checks', () => {
  test('checks: true adds the same findings as checkPolicy with the text; without it there are none', () => {
    const withChecks = extractPolicy(kaiconn, { checks: true });
    const plain = extractPolicy(kaiconn);
    expect(plain.findings).toBeUndefined();
    expect(withChecks.findings).toEqual(checkPolicy(plain, { text: kaiconn }));
    const off = extractPolicy(kaiconn, { checks: { rules: { 'deadline.too-long': false } } });
    expect(off.findings!.some((f) => f.rule === 'deadline.too-long')).toBe(false);
    expect(() => extractPolicy(kaiconn, { checks: 'yes' as never })).toThrow(TypeError);
  });
});
