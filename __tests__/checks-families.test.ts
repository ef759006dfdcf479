/**
 * The rule families added after the first set: each on real text where it fires, on real text
 * where it must not, and on an edited copy of a real policy where the edit adds or removes the
 * statement the rule looks for.
 */
import { readFileSync } from 'node:fs';
import { checkPolicy, extractPolicy, type Finding } from '../src/index.js';
import { necessaryPiTable, resolveAppCategories, validateNecessaryPi } from '../src/checks/rules/necessary-pi.js';
import { LexiconError } from '../src/lexicon/schema.js';
import { runCommand } from './helpers/cli.js';

const read = (p: string) => readFileSync(p, 'utf8');
const camscanner = read('corpus-dev/camscanner.zh.txt');
const iqiyi = read('corpus-dev/iqiyi.zh.txt');
const jianhang = read('corpus-dev/jianhang-life.zh.txt');
const xuexitong = read('corpus-dev/xuexitong.zh.txt');
const kaiconn = read('corpus/kaiconn.zh-en.txt');
const kfc = read('corpus-dev/kfc.zh.txt');
const wendao = read('corpus-dev/wendao.zh.txt');
const cococam = read('corpus/cococam.en.txt');
const jooan = read('corpus/jooan.en.txt');
const jeejio = read('corpus/jeejio.en.txt');
const weline = read('corpus-dev/weline.en.txt');
// CAPP-130 (Zhu et al., NeurIPS 2023 Datasets and Benchmarks; CC BY 4.0).
const jianxia = read('../shared/corpus-extra/capp-130/新剑侠奇缘.txt');

const check = (text: string, options: Parameters<typeof checkPolicy>[1] = {}) => checkPolicy(extractPolicy(text), { text, ...options });
const of = (fs: Finding[], rule: string) => fs.filter((f) => f.rule === rule);
const subjects = (fs: Finding[], rule: string) => of(fs, rule).map((f) => f.subject);
/** Inserts `sentence` as a paragraph of its own after the first line containing `after`. */
function insertAfter(text: string, after: string, sentence: string): string {
  const i = text.indexOf('\n', text.indexOf(after));
  expect(text.indexOf(after)).toBeGreaterThanOrEqual(0);
  return `${text.slice(0, i)}\n${sentence}${text.slice(i)}`;
}

describe('sensitive.no-separate-consent and sensitive.no-necessity', () => {
  const base = check(camscanner);

  test('CamScanner collects ID documents with no separate consent anywhere: a finding with the evidence', () => {
    const f = of(base, 'sensitive.no-separate-consent').find((x) => x.subject === 'identity.id_document');
    expect(f).toBeDefined();
    expect(f!.refs).toContain('PIPL art. 29');
    expect(f!.evidence.length).toBeGreaterThan(0);
    expect(f!.evidence.some((e) => /证件/.test(camscanner.slice(e.sentenceStart ?? e.start, e.sentenceEnd ?? e.end)))).toBe(true);
  });

  test('a general separate-consent clause for sensitive information, added to CamScanner, answers every type', () => {
    const edited = insertAfter(camscanner, '我们如何收集和使用您的个人信息', '在处理您的敏感个人信息前，我们会取得您的单独同意。');
    expect(of(check(edited), 'sensitive.no-separate-consent')).toEqual([]);
  });

  test('a policy stating separate consent (建行生活) gives none; without the text the rules do not judge', () => {
    expect(of(check(jianhang), 'sensitive.no-separate-consent')).toEqual([]);
    expect(checkPolicy(extractPolicy(camscanner)).filter((f) => f.rule.startsWith('sensitive.'))).toEqual([]);
  });

  test('a child\'s information and passwords are left to other rules; a definition of the term collects nothing', () => {
    expect(subjects(base, 'sensitive.no-separate-consent')).not.toContain('minor.child');
    expect(subjects(base, 'sensitive.no-separate-consent')).not.toContain('account.password');
    const kc = check(kaiconn);
    expect(subjects(kc, 'sensitive.no-separate-consent')).not.toContain('travel.lodging');
  });

  test('iQIYI tells no impact of handling its sensitive data; an impact and necessity clause added answers it', () => {
    const f = of(check(iqiyi), 'sensitive.no-necessity').find((x) => x.subject === 'identity.id_document');
    expect(f).toBeDefined();
    expect(f!.message.zh).toMatch(/对个人权益的影响/);
    const edited = insertAfter(iqiyi, '涉及敏感个人信息的处理', '我们仅在实现处理目的所必要时处理敏感个人信息，敏感个人信息一旦泄露或者被非法使用，可能导致您的人格尊严受到侵害或者人身、财产安全受到危害。');
    expect(of(check(edited), 'sensitive.no-necessity')).toEqual([]);
    expect(of(check(jianhang), 'sensitive.no-necessity')).toEqual([]);
  });
});

describe('sdk.undeclared-data', () => {
  test('Kaiconn\'s Getui record lists location, which its own collection statements never name', () => {
    const fs = check(kaiconn);
    const f = of(fs, 'sdk.undeclared-data').find((x) => x.subject === 'getui');
    expect(f).toBeDefined();
    expect(f!.message.en).toMatch(/Location/);
    expect(kaiconn.slice(f!.evidence[0].start, f!.evidence[0].end)).toMatch(/个推/);
  });

  test('the same policy with location named in its own collection part has no such finding', () => {
    const edited = insertAfter(kaiconn, '3.保障每开平台、服务及用户使用安全', '为向您提供附近的服务，我们会收集您的位置信息。');
    expect(subjects(check(edited), 'sdk.undeclared-data')).not.toContain('getui');
  });

  test('学习通, whose SDK data are all named in its own statements, gives none', () => {
    expect(of(check(xuexitong), 'sdk.undeclared-data')).toEqual([]);
  });
});

describe('cross-border.incomplete', () => {
  test('CamScanner says data may go abroad but names no recipient, kinds of data or rights procedure', () => {
    const fs = of(check(camscanner), 'cross-border.incomplete');
    expect(fs.map((f) => f.subject).sort()).toEqual(['dataTypes', 'recipient', 'rights']);
    for (const f of fs) expect(f.evidence.some((e) => /境外/.test(camscanner.slice(e.start, e.end)))).toBe(true);
  });

  test('with the recipient, the kinds of data and the rights procedure added, nothing is missing', () => {
    const edited = insertAfter(camscanner, '由于我们遍布全球的资源和服务器提供产品与服务', '境外接收方为INTSIG Information Co., Ltd.（联系方式：support@camscanner.com），为提供云同步服务，向其提供的个人信息种类包括您的手机号码和文档内容；您可以通过support@camscanner.com向境外接收方行使本政策规定的各项权利。');
    expect(of(check(edited), 'cross-border.incomplete')).toEqual([]);
  });

  test('a policy that only says what it would do if it ever sent data abroad (学习通) gives none', () => {
    expect(of(check(xuexitong), 'cross-border.incomplete')).toEqual([]);
    expect(of(check(iqiyi), 'cross-border.incomplete')).toEqual([]);
  });
});

describe('sharing.incomplete', () => {
  test('问道 states no sharing (a refusal with exceptions); sharing added without any detail is a finding', () => {
    expect(of(check(wendao), 'sharing.incomplete')).toEqual([]);
    const edited = insertAfter(wendao, '四、我们如何对外提供信息', '我们会与第三方共享您的个人信息。');
    const fs = of(check(edited), 'sharing.incomplete');
    // Its sharing section gives purposes (为了…) elsewhere, and an SDK it names (个推用于推送…)
    // is a recipient; which data are shared is missing.
    expect(fs.map((f) => f.subject).sort()).toEqual(['dataTypes']);
    expect(fs[0].refs).toContain('PIPL art. 23');
    expect(edited.slice(fs[0].evidence[0].start, fs[0].evidence[0].end)).toMatch(/共享/);
  });

  test('CamScanner, which names recipient types, purposes and data (and points to its sharing list), gives none', () => {
    expect(of(check(camscanner), 'sharing.incomplete')).toEqual([]);
  });
});

describe('personalization.no-opt-out', () => {
  test('新剑侠奇缘 builds user profiles for personalised services and offers no way out', () => {
    const f = of(check(jianxia), 'personalization.no-opt-out');
    expect(f.length).toBe(1);
    expect(f[0].refs).toEqual(['PIPL art. 24', 'App-191 3.6']);
  });

  test('KFC gives ways out (退订, not turning location on); without those sentences it is a finding', () => {
    expect(of(check(kfc), 'personalization.no-opt-out')).toEqual([]);
    const edited = kfc.split('\n').filter((l) => !/退订|不希望接收|不开启|关闭|拒绝|取消|撤回|退出/.test(l)).join('\n');
    expect(of(check(edited), 'personalization.no-opt-out').length).toBe(1);
  });
});

describe('necessary-pi.exceeds', () => {
  test('the 39 types load and validate; Chinese names and English ids both resolve', () => {
    expect(necessaryPiTable().length).toBe(39);
    expect(resolveAppCategories('实用工具')[0].id).toBe('utilities');
    expect(resolveAppCategories(['online-shopping', '地图导航类']).map((t) => t.number)).toEqual([6, 1]);
    expect(() => resolveAppCategories('社交')).toThrow(/unknown appCategory "社交"; valid: map-navigation \(地图导航\)/);
    expect(() => check(camscanner, { appCategory: 'no-such-type' })).toThrow(TypeError);
  });

  test('validation names the file, the entry and the field', () => {
    const known = new Set(['contact.phone']);
    const bad = { kind: 'necessaryPersonalInformation', entries: [{ id: 'x-type', number: 1, nameZh: '某类', basicFunction: 'f', necessary: ['contact.fax'] }] };
    expect(() => validateNecessaryPi(bad, known)).toThrow(LexiconError);
    expect(() => validateNecessaryPi(bad, known)).toThrow(/necessary-pi\.json, entry #0 \(x-type\), field 'necessary': unknown data-type id "contact.fax"/);
  });

  test('CamScanner as a utility (无须个人信息) makes its registration data required; as 网络社区 the phone is allowed', () => {
    const util = of(check(camscanner, { appCategory: '实用工具' }), 'necessary-pi.exceeds');
    expect(util.map((f) => f.subject)).toContain('contact.phone');
    expect(util.every((f) => f.evidence.length > 0)).toBe(true);
    const community = of(check(camscanner, { appCategory: 'online-community' }), 'necessary-pi.exceeds');
    expect(community.map((f) => f.subject)).not.toContain('contact.phone');
    expect(of(check(camscanner), 'necessary-pi.exceeds')).toEqual([]);
  });

  test('extractPolicy passes appCategory through checks; the table file must say its kind', () => {
    const r = extractPolicy(camscanner, { checks: { appCategory: ['实用工具'] } });
    expect(r.findings!.some((f) => f.rule === 'necessary-pi.exceeds' && f.subject === 'contact.phone')).toBe(true);
    expect(() => validateNecessaryPi({ kind: 'dataTypes', entries: [] }, new Set())).toThrow(/necessary-pi\.json: expected \{ "kind": "necessaryPersonalInformation"/);
  });

  test('a sentence that calls the data optional does not make it required', () => {
    const text = '隐私政策\n一、我们如何收集您的信息\n1. 基本业务功能\n注册时您需要提供手机号码。\n您可以选择提供您的位置信息，拒绝提供不影响您使用基本功能。';
    const fs = of(check(text, { appCategory: '网络社区' }), 'necessary-pi.exceeds');
    expect(fs.map((f) => f.subject)).toEqual([]);
    const strict = of(check(text.replace('您可以选择提供您的位置信息，拒绝提供不影响您使用基本功能。', '您必须提供您的位置信息才能注册。'), { appCategory: '网络社区' }), 'necessary-pi.exceeds');
    expect(strict.map((f) => f.subject)).toContain('location.general');
  });
});

describe('gdpr.*', () => {
  const eu = { jurisdictions: ['eu'] as const };

  test('Cococam states its legal bases but no DPO and no supervisory authority', () => {
    const fs = check(cococam, eu);
    expect(fs.map((f) => f.rule)).toEqual(expect.arrayContaining(['gdpr.dpo', 'gdpr.supervisory-complaint']));
    expect(fs.map((f) => f.rule)).not.toContain('gdpr.legal-basis');
    const dpo = of(fs, 'gdpr.dpo')[0];
    expect(dpo.jurisdiction).toBe('eu');
    expect(dpo.refs).toEqual(['GDPR art. 13(1)(b)']);
    expect(dpo.evidence).toEqual([]);
    expect(dpo.searched!.length).toBeGreaterThan(0);
  });

  test('the right to complain added to Cococam takes gdpr.supervisory-complaint away', () => {
    const edited = `${cococam}\nYou have the right to lodge a complaint with your local supervisory authority.\n`;
    expect(check(edited, eu).map((f) => f.rule)).not.toContain('gdpr.supervisory-complaint');
  });

  test('Jooan names no legal basis; Weline transfers data abroad without safeguards, Jeejio states no transfer', () => {
    expect(check(jooan, eu).map((f) => f.rule)).toContain('gdpr.legal-basis');
    expect(check(weline, eu).map((f) => f.rule)).toContain('gdpr.transfer-safeguards');
    const withScc = `${weline}\nSuch transfers are protected by the standard contractual clauses adopted by the European Commission.\n`;
    expect(check(withScc, eu).map((f) => f.rule)).not.toContain('gdpr.transfer-safeguards');
    expect(check(jeejio, eu).map((f) => f.rule)).not.toContain('gdpr.transfer-safeguards');
  });

  test('without the text the eu rules do not judge; Chinese-only jurisdiction does not run them', () => {
    expect(checkPolicy(extractPolicy(cococam), eu).filter((f) => f.rule.startsWith('gdpr.'))).toEqual([]);
    expect(check(cococam, { jurisdictions: ['cn'] }).filter((f) => f.rule.startsWith('gdpr.'))).toEqual([]);
  });
});

describe('policylens check --app-category', () => {
  const run = (argv: string[]) => runCommand(['check', ...argv]);

  test('a known type brings necessary-pi.exceeds; an unknown one is a usage error naming the valid types', async () => {
    const r = await run(['--json', '--app-category', '实用工具', 'corpus-dev/camscanner.zh.txt']);
    const out = JSON.parse(r.out) as { findings: Finding[] }[];
    expect(out[0].findings.some((f) => f.rule === 'necessary-pi.exceeds')).toBe(true);
    const bad = await run(['--app-category', 'social', 'corpus-dev/camscanner.zh.txt']);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/unknown appCategory "social"; valid: map-navigation/);
  });
});
