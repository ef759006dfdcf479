/**
 * jieba's dictionary loaded in first-character groups cuts every text exactly as the whole
 * dictionary does: the same words for the corpus policies cut one after another by one
 * segmenter (each text loading the groups it adds), with lexicon words added before and
 * after the first cut, and for random texts. The index is made here from the installed
 * dictionary (tests run from src/, where the build's index is absent).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import fc from 'fast-check';
import { loadLexicons } from '../src/lexicon/load.js';
import { PLACEHOLDER, PartialDictionary, indexDictionary, type DictIndex } from '../src/tokenize/dict-index.js';
import { createIndexedJieba } from '../src/tokenize/segmenter.js';
import { CORPUS, ROOT, corpusText } from './helpers/corpus.js';

const require = createRequire(join(ROOT, 'package.json'));
const dict = readFileSync(require.resolve('@node-rs/jieba/dict.txt'));
const index = indexDictionary(dict) as DictIndex;
const lexiconWords = loadLexicons().cjkForms();

/** The dev corpus too when it is there (it sits beside the repository). */
function devTexts(): string[] {
  const dir = join(ROOT, '..', 'shared', 'corpus-dev');
  try {
    return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(dir, f), 'utf8'));
  } catch {
    return [];
  }
}

describe('jieba dictionary in first-character groups', () => {
  it('indexes the default dictionary', () => {
    expect(index).not.toBeNull();
    expect(index.bytes).toBe(dict.length);
    expect(index.codes.length).toBeGreaterThan(1000);
    expect(PartialDictionary.of(dict, index)).not.toBeNull();
  });

  it('cuts the corpus, policy after policy, as the whole dictionary does', () => {
    const whole = createIndexedJieba(null);
    const parts = createIndexedJieba(index);
    whole.addWords(lexiconWords);
    parts.addWords(lexiconWords);
    const texts = [...CORPUS.map(corpusText), ...devTexts()];
    texts.forEach((text, i) => {
      // Words added between texts load their groups before their own lines.
      if (i === 2) {
        whole.addWords(['瑞为人脸核验', '鳕鱼罐头']);
        parts.addWords(['瑞为人脸核验', '鳕鱼罐头']);
      }
      expect(parts.cut(text)).toEqual(whole.cut(text));
    });
  });

  it('cuts random texts as the whole dictionary does, user words added after the first cut', () => {
    const whole = createIndexedJieba(null);
    const parts = createIndexedJieba(index);
    expect(parts.cut('我们')).toEqual(whole.cut('我们'));
    whole.addWords(lexiconWords);
    parts.addWords(lexiconWords);
    const chars = [...'的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理世车点小米 ️📱𠀀𪚥ＡａaA1٣\t\n ,.。，、']
      .filter((c, i, all) => all.indexOf(c) === i)
      .concat(PLACEHOLDER);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...chars), { maxLength: 40 }), (list) => {
        const text = list.join('');
        expect(parts.cut(text)).toEqual(whole.cut(text));
      }),
      { numRuns: 300, seed: 7 },
    );
  });

  it('loads a dictionary it has no valid index for whole', () => {
    expect(PartialDictionary.of(dict, null)).toBeNull();
    expect(PartialDictionary.of(dict, { ...index, bytes: index.bytes + 1 })).toBeNull();
    expect(PartialDictionary.of(dict, { ...index, starts: [...index.starts.slice(0, 5), index.starts[5]! + 1, ...index.starts.slice(6)] })).toBeNull();
  });

  it('gives no index for a dictionary that is not grouped by first character', () => {
    const buf = (s: string): Buffer => Buffer.from(s, 'utf8');
    expect(indexDictionary(buf('我们 10 r\n我 5 r\n你 3 r\n'))).toEqual({ bytes: 28, codes: [0x6211, 0x4f60], starts: [0, 20], sums: [15, 3] });
    // A first character's words in two runs, a word listed twice, a last line without its break.
    expect(indexDictionary(buf('我们 10 r\n你 3 r\n我 5 r\n'))).toBeNull();
    expect(indexDictionary(buf('我 10 r\n我 5 r\n'))).toBeNull();
    expect(indexDictionary(buf('我 10 r'))).toBeNull();
    expect(indexDictionary(buf(`${PLACEHOLDER} 1\n`))).toBeNull();
  });
});
