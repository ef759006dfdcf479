import { extractPolicy } from '../src/index.js';
import { headingOrdinal, numberedHeading, questionHeading } from '../src/ingest/headings.js';
import { parseChineseNumber } from '../src/ingest/numbers.js';
import { corpusText } from './helpers/corpus.js';

describe('heading shapes', () => {
  it.each([
    ['一、我们如何收集和使用个人信息', 'cn'],
    ['(三)SDK技术', 'paren-cn'],
    ['(1)注册账号', 'paren-num'],
    ['1)List of Android OS app permissions', 'num-paren'],
    ['1. Scope of application', 'dot1'],
    ['2.1.1 Information you provide', 'dot3'],
    ['1、账号注册', 'num-comma'],
    ['II 、How We Use Cookies', 'roman'],
    ['第三条 个人信息的共享', 'article'],
    ['①账号信息', 'circled'],
    ['A. Information We Collect', 'capital-letter'],
    ['c. Seeing and Changing Your Data', 'letter'],
    ['Section 4 - Contact Us', 'article-en'],
    ['§ 5 Changes', 'section-sign'],
  ])('%s has style %s', (text, style) => {
    expect(numberedHeading(text)?.style).toBe(style);
  });

  it('rejects list items, records and long sentences', () => {
    expect(numberedHeading('(1)保障每开平台服务能够正常运行;')).toBeNull();
    expect(numberedHeading('①.SDK名称:个推SDK')).toBeNull();
    expect(numberedHeading('9)IMSI')).toBeNull();
    expect(numberedHeading('1) When you register an account to use our products and/or services, we will collect your username, password, email address and mobile phone number.')).toBeNull();
  });

  it('reads question headings and ordinals', () => {
    expect(questionHeading('What personal information do we collect?')).toBe(true);
    expect(questionHeading('We collect data.')).toBe(false);
    expect(parseChineseNumber('十一')).toBe(11);
    expect(parseChineseNumber('二十三')).toBe(23);
    expect(headingOrdinal('(十二)')).toBe(12);
    expect(headingOrdinal('2.3')).toBe(3);
    expect(headingOrdinal('IV')).toBe(4);
    expect(headingOrdinal('③')).toBe(3);
    // A capital I, V or X is Roman; other capitals are letters.
    expect(headingOrdinal('I')).toBe(1);
    expect(headingOrdinal('C')).toBe(3);
  });
});

describe('section tree on the corpus', () => {
  it('builds Kaiconn: 一、… top level, (一)… below, categories from SPEC', () => {
    const text = corpusText('kaiconn.zh-en.txt');
    const r = extractPolicy(text);
    const top = r.sections.filter((s) => s.level === 1 && /[一二三四五六七八九十]/.test(s.number));
    expect(top.map((s) => s.category)).toEqual(['collection', 'cookies', 'sharing', 'security', 'rights', 'minors', 'storage', 'changes', 'other', 'contact']);
    const sdk = r.sections.find((s) => s.heading === 'SDK技术')!;
    expect(sdk.category).toBe('sdk');
    expect(r.sections[sdk.parent]!.heading).toContain('Cookie');
    // The table of contents at the top is a list, not ten empty sections.
    expect(r.sections.filter((s) => s.heading === '我们如何收集和使用个人信息')).toHaveLength(1);
    for (const s of r.sections) expect(text.slice(s.start, s.end).includes(s.heading)).toBe(true);
  });

  it('keeps Jooan numbered sections in order and table rows out of them', () => {
    const r = extractPolicy(corpusText('jooan.en.txt'));
    const top = r.sections.filter((s) => /^\d+$/.test(s.number) && s.level === 1).map((s) => s.number);
    expect(top).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    const rights = r.sections.find((s) => s.heading === 'Your Rights')!;
    expect(rights.category).toBe('rights');
    expect(r.sections.filter((s) => s.parent === rights.index).map((s) => s.number)).toEqual(['6.1', '6.2', '6.3', '6.4', '6.5']);
  });

  it('finds plain-line and question headings in Cococam', () => {
    const r = extractPolicy(corpusText('cococam.en.txt'));
    const cats = Object.fromEntries(r.sections.map((s) => [s.heading, s.category]));
    expect(cats['What personal information do we collect?']).toBe('collection');
    expect(cats['Information retention period']).toBe('retention');
    expect(cats['Contact us']).toBe('contact');
    expect(cats['APP permission description']).toBe('permissions');
  });

  it('finds the Roman-numeral sections of ZOSI', () => {
    const r = extractPolicy(corpusText('zosi.en.txt'));
    expect(r.sections.filter((s) => s.level === 1).length).toBeGreaterThanOrEqual(6);
    expect(r.sections.some((s) => s.category === 'minors')).toBe(true);
  });
});

describe('markdown-prefixed numbered headings', () => {
  it('reads `### 六、…` as the chapter 六 and keeps its （一） sub-section inside it', () => {
    const r = extractPolicy('### 六、您的权利\n（一）访问您的个人信息\n您可以在设置中查看您的信息。');
    expect(r.sections.map((s) => [s.heading, s.category, s.level])).toEqual([
      ['您的权利', 'rights', 1],
      ['访问您的个人信息', 'rights', 2],
    ]);
    expect(r.rights.map((x) => x.id)).toEqual(['right.access']);
  });
});

describe('markdown headings', () => {
  it('sets the marks aside: `## 1. Title`, `**2. Title**`, `**Cookies**`, `### Title ###`', () => {
    const text = '# Privacy Policy\n## 1. Information We Collect\nWe collect your email address.\n**2. Your Rights**\nYou can delete your account.\n**Cookies**\nWe use cookies.\n## 3. Contact Us ##\nEmail us.';
    const r = extractPolicy(text);
    expect(r.sections.map((s) => [s.number, s.heading, s.category])).toEqual([
      ['1', 'Information We Collect', 'collection'],
      ['2', 'Your Rights', 'rights'],
      ['', 'Cookies', 'cookies'],
      ['3', 'Contact Us', 'contact'],
    ]);
    // Bold inside a sentence is no heading.
    expect(extractPolicy('We **never** sell your data.').sections).toEqual([]);
  });
});

describe('headings that name one right', () => {
  it('are rights headings, not changes or other', () => {
    const en = extractPolicy('1. Information we collect\nWe collect your email.\n2. Accessing your data\nYou can see the data we hold about you in Settings.\n3. How we erase your data\nWe remove it when you ask.');
    expect(en.sections.map((s) => s.category)).toEqual(['collection', 'rights', 'rights']);
    const zh = extractPolicy('访问、更正及更新您的个人信息\n您可以在设置中查看和修改。');
    expect(zh.sections.map((s) => s.category)).toEqual(['rights']);
    expect(zh.rights.map((r) => r.id)).toEqual(['right.access', 'right.correction']);
  });
});

describe('headings that share their line with text', () => {
  it('cuts a lettered run-in heading off its body (`c. Seeing and Changing Your Data. If you…`)', () => {
    const text = [
      '2. Your Choices',
      'a. Marketing. You can opt out of marketing emails at any time.',
      'b. Cookies. You can disable cookies in your browser.',
      'c. Seeing and Changing Your Data. If you want to see your data, write to privacy@example.com.',
      '3. Changes to this Policy',
      'We may update this policy.',
    ].join('\n');
    const r = extractPolicy(text);
    expect(r.sections.map((s) => [s.number, s.heading, s.level, s.category])).toEqual([
      ['2', 'Your Choices', 1, 'rights'],
      ['a', 'Marketing', 2, 'rights'],
      ['b', 'Cookies', 2, 'cookies'],
      ['c', 'Seeing and Changing Your Data', 2, 'rights'],
      ['3', 'Changes to this Policy', 1, 'changes'],
    ]);
    // The heading's offsets are the original text's: its words, without the body.
    const c = r.sections[3]!;
    expect(text.slice(c.start, c.start + 34)).toBe('c. Seeing and Changing Your Data. ');
  });

  it('leaves sentences that start with a letter or a number alone', () => {
    const r = extractPolicy('1. Scope\na. We collect your name. We use it to greet you.\nb. we keep it. Then we delete it.');
    expect(r.sections.map((s) => s.heading)).toEqual(['Scope']);
    expect(numberedHeading('e.g. Cookies')).toBeNull();
    expect(headingOrdinal('c')).toBe(3);
    expect(headingOrdinal('(b)')).toBe(2);
  });

  it('splits a whole policy pasted onto one line at its numbered headings', () => {
    const line = [
      '隐私政策',
      '一、我们收集的信息 我们会收集您的手机号码和位置信息，用于向您提供服务，并在您使用产品期间持续收集。',
      '二、我们如何使用Cookie 我们使用Cookie记住您的偏好，您可以在浏览器中清除Cookie。',
      '三、您的权利 （一）访问您的个人信息 您有权访问您的个人信息，您可以在设置中查看您的账号信息。',
      '（二）删除您的个人信息 您可以删除您的个人信息，也可以申请注销您的账号。',
      '四、如何联系我们 请发送邮件至privacy@example.com与我们联系。',
    ].join(' ');
    const r = extractPolicy(line);
    expect(r.sections.map((s) => [s.number, s.heading, s.level, s.category])).toEqual([
      ['一', '我们收集的信息', 1, 'collection'],
      ['二', '我们如何使用Cookie', 1, 'cookies'],
      ['三', '您的权利', 1, 'rights'],
      ['(一)', '访问您的个人信息', 2, 'rights'],
      ['(二)', '删除您的个人信息', 2, 'rights'],
      ['四', '如何联系我们', 1, 'contact'],
    ]);
    for (const s of r.sections) expect(line.slice(s.start, s.end).startsWith(s.number.replace(/[()]/g, (b) => (b === '(' ? '（' : '）')))).toBe(true);
  });

  it('keeps numbers inside prose and stray spaces of a copied PDF in their paragraph', () => {
    // An enumeration inside a sentence, and a single number with no sibling on the line.
    const enumeration = extractPolicy(`我们会收集以下信息，包括：一、注册信息 您的手机号码；二、设备信息 您的设备型号。${'我们会按照法律规定保护您的信息。'.repeat(12)}`);
    expect(enumeration.sections).toEqual([]);
    const stray = extractPolicy('2、 本政策仅适用于 甲公司运营的乙应用提供的产品和服务，不适用于第三方向您提供的服务。');
    expect(stray.sections.map((s) => s.heading)).toEqual([]);
  });
});
