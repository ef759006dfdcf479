import { readFileSync } from 'node:fs';
import { extractPolicy } from '../src/index.js';

const corpus = (name: string): string => readFileSync(new URL(`../corpus/${name}`, import.meta.url), 'utf8');

describe('contacts on the corpus', () => {
  it('Jooan: hotline, regulator phone and site, own site without scheme, letter address', () => {
    const text = corpus('jooan.en.txt');
    const c = extractPolicy(text).contacts;
    expect(c.emails).toEqual(['rd18@qacctv.com']);
    expect(c.phones).toEqual(['4008566866', '12315']);
    expect(c.phoneDetails).toEqual([
      { text: '400-8566-866', digits: '4008566866', kind: 'hotline' },
      { text: '12315', digits: '12315', kind: 'regulator' },
    ]);
    expect(c.urls).toEqual(['www.qacctv.com', 'www.12377.cn']);
    expect(c.regulators).toEqual(['www.12377.cn', '12315']);
    expect(c.addresses[0]).toMatch(/^Jooan Information Protection Group, 15th Floor, Block B, Runhong International/);
    for (const ev of c.evidence) expect(text.slice(ev.start, ev.end).length).toBeGreaterThan(0);
    expect(c.evidence.map((e) => text.slice(e.start, e.end))).toContain('400-8566-866');
  });

  it('Kaiconn: both languages give one phone, one email, one own site; SDK links and AboutCookies.org are left out', () => {
    const text = corpus('kaiconn.zh-en.txt');
    const c = extractPolicy(text).contacts;
    expect(c.emails).toEqual(['privacy@kaiconn.com']);
    expect(c.phones).toEqual(['075586965862']);
    expect(c.phoneDetails[0]!.text).toBe('0755 - 86965862');
    expect(c.urls).toEqual(['https://www.kaiconn.com']);
    expect(c.addresses).toEqual([
      '深圳市南山区粤海街道高新南环路42号北邮科技大厦10楼1002',
      'R.1002, Beiyou Tech Building, Yuehai St, Nanshan District, Shenzhen',
    ]);
    const mentions = c.evidence.map((e) => text.slice(e.start, e.end));
    expect(mentions.filter((m) => m === '0755 - 86965862')).toHaveLength(8);
    expect(mentions.filter((m) => m === 'privacy@kaiconn.com')).toHaveLength(2);
  });

  it('Cococam, Jeejio, ZOSI: emails as written, SDK table links excluded, addresses after a label line or in the contact block', () => {
    const coco = extractPolicy(corpus('cococam.en.txt')).contacts;
    expect(coco.emails).toEqual(['info@cococamtech.com']);
    expect(coco.urls).toEqual([]);
    expect(coco.addresses).toEqual(['Room 706, Ho King Commercial Centre, 2-16 Fa Yuen Street, Mongkok, KL, Hong Kong']);
    const jeejio = extractPolicy(corpus('jeejio.en.txt')).contacts;
    expect(jeejio.emails).toEqual(['Service@jeejio.com']);
    expect(jeejio.phones).toEqual([]);
    expect(jeejio.addresses).toEqual(['WORKSHOP 60, 3/F, BLK A, EAST SUN IND CTR NO. 16 SHING YIP ST KWUN TONG HONG KONG']);
    const zosi = extractPolicy(corpus('zosi.en.txt')).contacts;
    expect([zosi.emails, zosi.phones, zosi.urls]).toEqual([[], [], []]);
  });
});

describe('contact rules', () => {
  it('reads Chinese hotline forms and keeps short numbers only after a phone word', () => {
    const c = extractPolicy('如有问题请拨打客服电话（400-810-0580）或 95516 联系我们。\n客服热线：95516。\n本政策于2023年1月1日更新，共15条。').contacts;
    expect(c.phones).toEqual(['4008100580', '95516']);
    expect(c.phoneDetails.map((p) => p.kind)).toEqual(['hotline', 'hotline']);
  });

  it('drops extensions, ICP numbers and postcodes', () => {
    const c = extractPolicy('联系电话：028-85437733-9\n京ICP备11041704号-3\n邮编：518000').contacts;
    expect(c.phones).toEqual(['02885437733']);
  });

  it('marks complaint lines and regulator numbers', () => {
    const c = extractPolicy('You may file a complaint by telephone: 0755-12345678.\nMarket regulator complaint hotline: 12315.').contacts;
    expect(c.phoneDetails).toEqual([
      { text: '0755-12345678', digits: '075512345678', kind: 'complaint' },
      { text: '12315', digits: '12315', kind: 'regulator' },
    ]);
    expect(c.regulators).toEqual(['12315']);
  });

  it('ends a link at Chinese text and keeps only own sites', () => {
    const c = extractPolicy('您可以登录https://user.example.com查询信息。\n友盟SDK 隐私政策链接: https://www.umeng.com/page/policy\n详情请参见 www.aboutcookies.org。\n更多代码见 https://github.com/foo/bar').contacts;
    expect(c.urls).toEqual(['https://user.example.com']);
  });

  it('reads +86(0)10 … and 1-800-… numbers and an e-mail with a stray space before its domain', () => {
    expect(extractPolicy('联系电话：+86(0)10 6253 1234').contacts.phones).toEqual(['01062531234']);
    expect(extractPolicy('Phone: 1-800-555-0100').contacts.phones).toEqual(['18005550100']);
    expect(extractPolicy('We keep data for 1 - 2 years.').contacts.phones).toEqual([]);
    expect(extractPolicy('Email: privacy@host .com').contacts.emails).toEqual(['privacy@host.com']);
  });

  it("takes a regulator's site written bare (ico.org.uk, cac.gov.cn), and no other bare host", () => {
    const c = extractPolicy("You may lodge a complaint with the Information Commissioner's Office (ico.org.uk). 您也可以向网信部门投诉（cac.gov.cn）。Our shop is acme.example.").contacts;
    expect(c.urls).toEqual(['ico.org.uk', 'cac.gov.cn']);
    expect(c.regulators).toEqual(['ico.org.uk', 'cac.gov.cn']);
    // Inside a written-out link it is that link.
    expect(extractPolicy('Complain at https://ico.org.uk/make-a-complaint/ today.').contacts.urls).toEqual(['https://ico.org.uk/make-a-complaint/']);
  });

  it('drops the word before an address that a lost space glued onto it', () => {
    const text = 'You can email us atprivacy@example.com. Emailsupport@example.org for help. Send it toinfo@example.net.';
    const c = extractPolicy(text);
    expect(c.contacts.emails).toEqual(['privacy@example.com', 'support@example.org', 'info@example.net']);
    // The evidence is the address alone.
    const ev = c.contacts.evidence.filter((e) => text.slice(e.start, e.end).includes('@')).map((e) => text.slice(e.start, e.end));
    expect(ev).toEqual(['privacy@example.com', 'support@example.org', 'info@example.net']);
    // A mailbox that only starts like those words stays whole.
    expect(extractPolicy('Write to atlas@maps.example.com or at@example.com; tom@example.com.').contacts.emails).toEqual(['atlas@maps.example.com', 'at@example.com', 'tom@example.com']);
  });

  it("keeps a bare 官方网站 listed among the policy's own services, not a named party's 官网", () => {
    const own = extractPolicy('本产品包括我们运营的客户端应用程序、官方网站（https://www.example.cn/）及网页，并接入第三方SDK。').contacts;
    expect(own.urls).toEqual(['https://www.example.cn/']);
    const other = extractPolicy('我们使用了第三方分享SDK，详见Acme官网(www.acme-share.com)中的隐私条款。').contacts;
    expect(other.urls).toEqual([]);
  });

  it('joins a wrapped English address and rejects data-type "address" phrases', () => {
    const c = extractPolicy('We collect your email address: used for login.\nVisit us at the address: Room 5, 2 King Road,\nKowloon, Hong Kong.').contacts;
    expect(c.addresses).toEqual(['Room 5, 2 King Road, Kowloon, Hong Kong']);
  });
});
