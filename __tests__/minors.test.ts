import { extractPolicy } from '../src/index.js';
import { CORPUS, corpusText, gold } from './helpers/corpus.js';

const minors = (text: string) => extractPolicy(text).minors;

describe('minors on the seed corpus', () => {
  it.each(CORPUS)('%s: the age threshold is the gold one', (file) => {
    const want = gold<{ minors: { ageThreshold: number[] } }>(file).minors.ageThreshold;
    const got = minors(corpusText(file)).ageThreshold;
    if (want.length === 0) expect(got).toBeUndefined();
    else expect(want).toContain(got);
  });

  it('Kaiconn: 18 in both languages, minors excluded; the 14 of the sensitive-data definition is not an age limit', () => {
    const text = corpusText('kaiconn.zh-en.txt');
    const m = minors(text);
    expect(m).toMatchObject({ ageThreshold: 18, ages: [18], excluded: true });
    const said = m.evidence.map((e) => text.slice(e.start, e.end));
    expect(said).toEqual(expect.arrayContaining(['18周岁以下', 'under the age of 18', '无法使用', 'will not be able to use']));
  });

  it('Jooan and ZOSI: under 18 with written parental consent, not excluded', () => {
    for (const file of ['jooan.en.txt', 'zosi.en.txt']) {
      expect(minors(corpusText(file))).toMatchObject({ ageThreshold: 18, parentalConsent: true });
      expect(minors(corpusText(file)).excluded).toBeUndefined();
    }
  });

  it('Jeejio: parental consent without an age', () => {
    expect(minors(corpusText('jeejio.en.txt'))).toMatchObject({ ages: [], parentalConsent: true });
  });
});

describe('minors rules', () => {
  it('reads Chinese numerals and several ages; the threshold is the highest', () => {
    const m = minors('若您是未满十八周岁的未成年人,请在监护人指导下阅读本政策。若您是不满14周岁的儿童,需征得监护人同意。');
    expect(m).toMatchObject({ ageThreshold: 18, ages: [14, 18], parentalConsent: true });
  });
  it('ignores ages outside a sentence about minors and in definitions', () => {
    expect(minors('Our company was founded 18 years ago. You must be at least 18 years old to work here.').ages).toEqual([]);
    expect(minors('个人敏感信息包括不满十四周岁未成年人的个人信息。').ages).toEqual([]);
  });
  it('recognises an outright exclusion', () => {
    expect(minors('Our services are not intended for children under 13.')).toMatchObject({ ageThreshold: 13, excluded: true });
  });
});

describe('the policy defining its own term for minors', () => {
  it('states its age limit; a definition of sensitive data naming children does not', () => {
    expect(extractPolicy('八、本规则中关键词说明\n本规则中的“儿童”是指不满十四周岁的未成年人。').minors.ageThreshold).toBe(14);
    expect(extractPolicy('In these rules, "child" means a person under the age of 13.').minors.ageThreshold).toBe(13);
    expect(extractPolicy('敏感个人信息是指…包括不满十四周岁未成年人的个人信息。').minors.ageThreshold).toBeUndefined();
  });
});
