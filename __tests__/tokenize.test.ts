import { createExtractor } from '../src/index.js';
import { stem, termStems } from '../src/tokenize/english.js';
import { createSegmenter, tokenBoundaries, type SegmenterName } from '../src/tokenize/segmenter.js';
import fc from 'fast-check';
import { CharMatcher, TermMatcher, makeTokenView } from '../src/lexicon/matcher.js';
import { corpusText } from './helpers/corpus.js';

const BACKENDS: SegmenterName[] = ['node-rs-jieba', 'nodejieba'];

describe.each(BACKENDS)('segmenter %s', (name) => {
  const seg = createSegmenter(name);
  seg.addWords(['网络设备硬件地址', '设备标识符']);

  it('keeps lexicon terms whole once they are user words', () => {
    const words = seg.cut('我们会收集网络设备硬件地址(MAC)、设备标识符和系统版本');
    expect(words).toContain('网络设备硬件地址');
    expect(words).toContain('设备标识符');
    expect(words.join('')).toBe('我们会收集网络设备硬件地址(MAC)、设备标识符和系统版本');
  });

  it('gives boundaries that let a term match only as a whole word', () => {
    // 地址栏 (the browser's address bar) is one word: the term 地址 must not fire inside it.
    const text = '请在浏览器地址栏中输入网址';
    const m = new TermMatcher([['地址', 'contact.address']]);
    expect(m.match(makeTokenView(text, tokenBoundaries(seg, text)))).toEqual([]);
    const text2 = '我们会收集您的收货地址';
    expect(m.match(makeTokenView(text2, tokenBoundaries(seg, text2))).map((x) => x.id)).toEqual(['contact.address']);
  });

  it('extracts the same data types from Kaiconn as the default backend', () => {
    const text = corpusText('kaiconn.zh-en.txt');
    const zhPart = text.split('\n').slice(0, 299).join('\n');
    const ids = (r: ReturnType<ReturnType<typeof createExtractor>['extract']>) => r.dataTypes.map((d) => d.id).sort();
    const viaBackend = createExtractor({ segmenter: name }).extract(zhPart);
    const viaDefault = createExtractor().extract(zhPart);
    expect(ids(viaBackend)).toEqual(ids(viaDefault));
    expect(ids(viaBackend)).toContain('device.mac');
  });
});

describe('English stems', () => {
  it('meets collects, collected and collection in one form', () => {
    expect(new Set(['collects', 'collected', 'collection', 'collecting'].map(stem))).toEqual(new Set(['collect']));
    expect(termStems('E-mail addresses')).toEqual(['e', 'mail', 'address']);
  });

  it('matches multi-word forms across inflections and separators', () => {
    const m = new TermMatcher([['IP address', 'network.ip'], ['device identifier', 'device.identifier']]);
    const view = makeTokenView('We log IP addresses and device-identifiers.', null);
    expect(m.match(view).map((x) => [x.id, view.text.slice(x.start, x.end)])).toEqual([
      ['network.ip', 'IP addresses'],
      ['device.identifier', 'device-identifiers'],
    ]);
  });

  it('rejects an unknown segmenter with a clear error', () => {
    expect(() => createSegmenter('hanlp' as SegmenterName)).toThrow(/unknown segmenter 'hanlp'/);
  });
});

describe('segmenting one very long Chinese paragraph in pieces', () => {
  it('finds every mention, with exact evidence, across the piece boundaries', () => {
    const unit = '我们会收集您的设备标识符和网络设备硬件地址，用于安全风控。';
    const times = 12000; // about 350,000 characters in one paragraph: several jieba pieces
    const text = unit.repeat(times);
    const r = createExtractor().extract(text);
    for (const id of ['device.identifier', 'device.mac']) {
      const found = r.dataTypes.find((d) => d.id === id)!;
      expect(found.evidence).toHaveLength(times);
      for (const e of found.evidence) expect(['设备标识符', '网络设备硬件地址']).toContain(text.slice(e.start, e.end));
    }
  });
});

describe('one character trie for every kind', () => {
  // Layers with shared prefixes and forms of different lengths, so that the walks overlap.
  const layers: [string, string][][] = [
    [['位置', 'loc'], ['位置信息', 'loc.info'], ['设备', 'dev'], ['设备信息', 'dev.info']],
    [['位置信息权限', 'perm.loc'], ['设备', 'perm.dev'], ['相机', 'perm.cam']],
    [['信息', 'right.info'], ['删除', 'right.del'], ['删除信息', 'right.delinfo']],
    [['IMEI号', 'imei'], ['置信', 'odd']],
  ];
  const shared = new CharMatcher(layers);
  const alone = layers.map((terms) => new CharMatcher([terms]));

  it('gives each layer exactly what a trie of its own gives', () => {
    const alphabet = fc.constantFrom(...'位置信息权限设备相机删除IMEI号imei，的 '.split(''));
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 40 }), fc.array(fc.boolean(), { maxLength: 41 }), (chars, cuts) => {
        const text = chars.join('').toLowerCase();
        // Word boundaries at random places (always at both ends), or none at all.
        const boundaries = cuts.length ? Uint8Array.from({ length: text.length + 1 }, (_, i) => (i === 0 || i === text.length || cuts[i % cuts.length] ? 1 : 0)) : null;
        const together = shared.match(text, boundaries);
        alone.forEach((m, k) => expect(together[k]).toEqual(m.match(text, boundaries)[0]));
      }),
      { numRuns: 500 },
    );
  });

  it('matches longest first per layer, each layer independently of the others', () => {
    const found = shared.match('删除位置信息权限', null);
    expect(found[0]!.map((m) => m.id)).toEqual(['loc.info']);
    expect(found[1]!.map((m) => m.id)).toEqual(['perm.loc']);
    expect(found[2]!.map((m) => m.id)).toEqual(['right.del', 'right.info']);
    expect(shared.match('删除信息', null)[2]!.map((m) => m.id)).toEqual(['right.delinfo']);
    expect(found[3]!.map((m) => m.id)).toEqual(['odd']);
  });

  it('refuses more layers than it has bits for', () => {
    expect(() => new CharMatcher(Array.from({ length: 9 }, () => []))).toThrow(RangeError);
  });
});
