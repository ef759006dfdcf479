import { readFileSync } from 'node:fs';
import { extractPolicy } from '../src/index.js';
import { findDates, findDurations } from '../src/extract/common/dates.js';
import { parseChineseNumber } from '../src/ingest/numbers.js';

const corpus = (name: string): string => readFileSync(new URL(`../corpus/${name}`, import.meta.url), 'utf8');

describe('meta on the corpus', () => {
  it.each([
    ['jooan.en.txt', '2023-08-10', '2021-07-22', [['Shenzhen Jooan Technology Co., Ltd.', 'Jooan']]],
    ['kaiconn.zh-en.txt', '2022-10', '2021-01', [['深圳市每开创新科技有限公司', 'Shenzhen Kaiconn Innovative Technology Co., Ltd.']]],
    ['zosi.en.txt', '2019-06-01', undefined, [['ZOSI Technology Co., Ltd.']]],
    ['cococam.en.txt', '2021-08-22', undefined, [['Shenzhen C-tronics Co., Limited', 'Ctronics']]],
    ['jeejio.en.txt', '2023-07-17', '2023-07-17', [['MAOPAO LIMITED']]],
  ])('%s: dates and controllers', (file, updated, effective, groups) => {
    const text = corpus(file);
    const meta = extractPolicy(text).meta;
    expect(meta.updated).toBe(updated);
    expect(meta.effective).toBe(effective);
    expect(meta.controllerGroups).toEqual(groups);
    expect(meta.controllers).toEqual(groups.flat());
    for (const name of groups.flat()) expect(meta.evidence.some((e) => text.slice(e.start, e.end) === name) || name.length < 10).toBe(true);
  });

  it('finds products', () => {
    expect(extractPolicy(corpus('kaiconn.zh-en.txt')).meta.products).toEqual(['每开', 'Kaiconn APP']);
    expect(extractPolicy(corpus('zosi.en.txt')).meta.products).toEqual(['ACCloud']);
    expect(extractPolicy(corpus('jeejio.en.txt')).meta.products).toEqual(expect.arrayContaining(['Bubble APP', 'Beiduo Box APP']));
    expect(extractPolicy(corpus('cococam.en.txt')).meta.products).toEqual(['Cococam']);
  });
});

describe('meta rules', () => {
  it('prefers a labelled date, skips dates said of a law, reads a cue after a Chinese date', () => {
    const m = extractPolicy('《网络安全法》自2017年6月1日起施行。\n本政策于2023年5月1日起生效。\n更新日期：2023年4月20日').meta;
    expect(m.effective).toBe('2023-05-01');
    expect(m.updated).toBe('2023-04-20');
  });

  it('several operators listed after 运营公司…如下 are each a controller', () => {
    const text = '本政策适用于北京甲乙科技有限公司（以下简称“我们”）提供的产品。\n我们的主要运营公司基本情况如下：（1）北京甲乙科技有限公司，成立于2007年，联系电话：400-000-0000；（2）上海丙丁网络有限公司，成立于2005年。';
    expect(extractPolicy(text).meta.controllers).toEqual(expect.arrayContaining(['北京甲乙科技有限公司', '上海丙丁网络有限公司']));
    // A company merely named in a list of partners is not one.
    const partners = '本政策适用于北京甲乙科技有限公司（以下简称“我们”）提供的产品。\n我们的合作方如下：（1）上海丙丁网络有限公司；（2）深圳戊己有限公司。';
    expect(extractPolicy(partners).meta.controllers).toEqual(['北京甲乙科技有限公司']);
  });

  it('template blanks in brackets are dates; the first publication is not the update', () => {
    const m = extractPolicy('首次发布日期：2011年【4】月【6】日\n本次更新发布日期：2022年【2】月【26】日\n本版生效日期：2022年【2】月【26】日').meta;
    expect(m.updated).toBe('2022-02-26');
    expect(m.effective).toBe('2022-02-26');
    expect(extractPolicy('First published: March 1, 2015\nLast updated: June 2, 2021').meta.updated).toBe('2021-06-02');
  });

  it('takes a controller defined as "we", not a third party introduced with an alias', () => {
    const text = '引言\n'.repeat(14) + '支付服务由财付通支付科技有限公司（以下简称“财付通”）提供。\n北京某某科技有限公司（以下简称“我们”）是本应用的运营者。';
    expect(extractPolicy(text).meta.controllers).toEqual(['北京某某科技有限公司']);
  });

  it('reads Chinese company names back to a role word or punctuation', () => {
    const m = extractPolicy('本指引适用于服务提供者广州灵犀互动娱乐有限公司（以下简称“灵犀互娱”或“我们”）。').meta;
    expect(m.controllerGroups).toEqual([['广州灵犀互动娱乐有限公司', '灵犀互娱']]);
  });
});

describe('dates and durations', () => {
  it('normalises English and Chinese dates', () => {
    expect(findDates('Revised date: June 1, 2019; 1st March 2020; Sept. 2021; 2022/7/5; 2022年10月; 2023年1月2日').map((d) => d.value))
      .toEqual(['2019-06-01', '2020-03-01', '2021-09', '2022-07-05', '2022-10', '2023-01-02']);
    expect(findDates('version 3.1.2 of 99 days')).toEqual([]);
  });

  it('reads durations with Chinese numerals and skips calendar dates', () => {
    expect(findDurations('至少保留六个月，保存期限为一百八十日，2022年10月1日, 15 working days, three years').map((d) => [d.amount, d.unit]))
      .toEqual([[6, 'month'], [180, 'day'], [15, 'working_day'], [3, 'year']]);
    expect(parseChineseNumber('十五')).toBe(15);
    expect(parseChineseNumber('六十')).toBe(60);
  });
});

describe('the operator named outright', () => {
  it('takes the company a policy calls its operator when nothing defines "we"', () => {
    const text = '隐私权政策\n重要须知：得物一贯重视用户的个人信息的保护。\n2、得物服务的提供者：即得物的运营者上海识装信息科技有限公司及其关联公司。\n3. 我们的主要运营主体的基本信息如下：上海宽娱数码科技有限公司';
    expect(extractPolicy(text).meta.controllers[0]).toBe('上海识装信息科技有限公司');
  });
});
