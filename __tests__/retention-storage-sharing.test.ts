import { readFileSync } from 'node:fs';
import { extractPolicy } from '../src/index.js';

const corpus = (name: string): string => readFileSync(new URL(`../corpus/${name}`, import.meta.url), 'utf8');
const kaiconn = extractPolicy(corpus('kaiconn.zh-en.txt'));
const kaiconnText = corpus('kaiconn.zh-en.txt');
const jooan = extractPolicy(corpus('jooan.en.txt'));

describe('retention', () => {
  it('Kaiconn (zh + en): as long as necessary, then deleted or anonymised; backup caveat; closing the service', () => {
    const rules = Object.fromEntries(kaiconn.retention.map((r) => [r.rule, r]));
    expect(rules.as_long_as_necessary!.afterwards).toBe('delete_or_anonymise');
    const said = rules.as_long_as_necessary!.evidence.map((e) => kaiconnText.slice(e.start, e.end));
    expect(said).toContain('所必需的期间');
    expect(said.some((s) => /period necessary|time necessary/.test(s))).toBe(true);
    expect(rules.backup_deletion_delayed!.backupCaveat).toBe(true);
    expect(rules.backup_deletion_delayed!.evidence.map((e) => kaiconnText.slice(e.start, e.end))).toEqual(['备份', 'backup']);
    expect(rules.service_cessation!.afterwards).toBe('delete_or_anonymise');
    expect(rules.legal_requirement).toBeDefined();
  });

  it('Jooan and Jeejio: as long as necessary, deletion after the account is closed', () => {
    expect(jooan.retention.map((r) => r.rule)).toEqual(expect.arrayContaining(['as_long_as_necessary', 'backup_deletion_delayed', 'until_account_deletion']));
    const jeejio = extractPolicy(corpus('jeejio.en.txt')).retention;
    expect(jeejio).toEqual([expect.objectContaining({ rule: 'until_account_deletion', afterwards: 'anonymise' })]);
  });

  it('reads stated periods and legal minimums', () => {
    const r = extractPolicy('依据《中华人民共和国网络安全法》规定，您的网络操作日志将至少保留六个月的时间。\n用户充值记录：保存期限为180日，期满后删除。').retention;
    expect(r.map((f) => [f.rule, f.amount, f.unit])).toEqual([['legal_minimum', 6, 'month'], ['fixed_period', 180, 'day']]);
    expect(r[1]!.afterwards).toBe('delete');
  });

  it('ignores periods that are not about keeping data', () => {
    expect(extractPolicy('We will reply within 15 working days.').retention).toEqual([]);
  });
});

describe('storage', () => {
  it('Kaiconn and Jooan: stored in the PRC; transfers abroad only under conditions', () => {
    expect(kaiconn.storage.locations).toEqual(['CN']);
    expect(kaiconn.storage.crossBorder).toBe(false);
    expect(kaiconn.storage.conditions).toEqual(expect.arrayContaining(['consent', 'legal_compliance', 'contract', 'confidentiality']));
    expect(kaiconn.storage.evidence.map((e) => kaiconnText.slice(e.start, e.end))).toContain('中华人民共和国境内');
    expect(jooan.storage.locations).toEqual(['CN']);
    expect(jooan.storage.crossBorder).toBe(false);
    expect(jooan.storage.conditions).toEqual(expect.arrayContaining(['consent', 'inform']));
  });

  it('an office address is not a storage place; a plain transfer abroad is cross-border', () => {
    expect(extractPolicy(corpus('cococam.en.txt')).storage.locations).toEqual([]);
    const s = extractPolicy('Your data is stored on servers located in Singapore and transferred to the United States.').storage;
    expect(s.locations).toEqual(['US', 'SG']);
    expect(extractPolicy('我们会将您的个人信息传输至境外服务器处理。').storage.crossBorder).toBe(true);
  });
});

describe('sharing', () => {
  it('Kaiconn: sharing with partners, affiliates and authorities; transfer refused with exceptions; consent exemptions listed', () => {
    const share = kaiconn.sharing.find((s) => s.kind === 'share' && !s.conditional)!;
    expect(share.recipients).toEqual(expect.arrayContaining(['service_providers', 'affiliates', 'authorities']));
    const transfer = kaiconn.sharing.find((s) => s.kind === 'transfer' && s.conditional)!;
    expect(transfer.exceptions).toEqual(expect.arrayContaining(['consent', 'national_security', 'public_health', 'criminal_investigation', 'self_disclosed']));
    expect(transfer.evidence.map((e) => kaiconnText.slice(e.start, e.end))).toContain('转让');
    const disclose = kaiconn.sharing.find((s) => s.kind === 'disclose')!;
    expect(disclose.recipients).toContain('public');
    expect(kaiconn.sharing.find((s) => s.kind === 'transfer' && !s.conditional)!.recipients).toContain('acquirers');
  });

  it('Jooan: transfer only with the exceptions it lists', () => {
    const t = jooan.sharing.find((s) => s.kind === 'transfer' && s.conditional)!;
    expect(t.exceptions).toEqual(expect.arrayContaining(['consent', 'national_security', 'public_health']));
  });

  it('a refusal with exceptions yields the exceptions, a plain refusal yields nothing', () => {
    const s = extractPolicy('We will not share your personal information with third parties except as required by law or with your consent.').sharing;
    expect(s).toEqual([expect.objectContaining({ kind: 'share', conditional: true, exceptions: ['legal_obligation', 'consent'] })]);
    expect(extractPolicy('We do not sell or share your personal information with advertisers.').sharing).toEqual([]);
  });

  it('says what is shared and why', () => {
    const share = kaiconn.sharing.find((s) => s.kind === 'share' && !s.conditional)!;
    expect(share.dataTypes).toEqual(expect.arrayContaining(['usage.logs']));
    expect(share.purposes).toEqual(expect.arrayContaining(['以提供更好的客户服务和用户体验', 'to provide better customer service and user experience']));
    const en = extractPolicy('We share personal information such as your device model and IP address with our service providers to process payments and deliver push notifications.').sharing;
    expect(en[0]).toEqual(expect.objectContaining({ kind: 'share', dataTypes: expect.arrayContaining(['device.model', 'network.ip']) }));
    expect(en[0]!.purposes[0]).toMatch(/^to process payments/);
    const zh = extractPolicy('三、我们如何共享个人信息\n我们会向推送服务商共享您的设备标识符等设备信息，用于消息推送。').sharing;
    expect(zh[0]).toEqual(expect.objectContaining({ dataTypes: expect.arrayContaining(['device.identifier']), purposes: ['用于消息推送'] }));
  });
});

describe('English retention wordings that run long', () => {
  it('reads "as long as your account is active" and a period far from its verb', () => {
    const rules = (t: string) => extractPolicy(t).retention.map((x) => [x.rule, x.amount, x.unit]);
    expect(rules('We keep account data for as long as your account is active and for 2 years after it is closed.')).toEqual([
      ['until_account_deletion', undefined, undefined],
      ['fixed_period', 2, 'year'],
    ]);
    expect(rules('We keep your data while you have an account.')).toEqual([['until_account_deletion', undefined, undefined]]);
    expect(rules('Our company was founded 20 years ago and is a leader in cloud storage for businesses of every size worldwide.')).toEqual([]);
  });
});
