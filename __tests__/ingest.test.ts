import { normalize, toOriginalSpan } from '../src/ingest/normalize.js';
import { splitParagraphs } from '../src/ingest/paragraphs.js';

describe('normalize', () => {
  it('folds full-width punctuation and keeps offsets into the original', () => {
    const input = '\uFEFF收集（IMEI）：\r\n设备\u200B标识符';
    const norm = normalize(input);
    expect(norm.text).toBe('收集(IMEI):\n设备标识符');
    const at = norm.text.indexOf('IMEI');
    const [s, e] = toOriginalSpan(norm, at, at + 4);
    expect(input.slice(s, e)).toBe('IMEI');
    const z = norm.text.indexOf('设备标识符');
    const [zs, ze] = toOriginalSpan(norm, z, z + 5);
    expect(input.slice(zs, ze)).toBe('设备\u200B标识符');
  });

  it('replaces lone surrogates and control characters without moving offsets', () => {
    const input = 'a\uD800b\u0000c\u0007d';
    const norm = normalize(input);
    expect(norm.text).toBe('a b c d');
    expect(norm.map.start(6)).toBe(6);
  });
});

describe('splitParagraphs', () => {
  it('skips blank lines and strips pasted Wingdings bullets', () => {
    const text = 'l Contact us\n\n   \n• item';
    const paras = splitParagraphs(normalize(text).text);
    expect(paras.map((p) => normalize(text).text.slice(p.start, p.end))).toEqual(['Contact us', 'item']);
  });
});

describe('the compact offset map', () => {
  it('gives every character its original start and end, across anchors, escapes and expansions', () => {
    // 200 characters of plain text, a long run of dropped characters (a step over 255),
    // surrogate pairs, \r\n, an NFKC expansion (…) and full-width letters.
    const input = `${'a'.repeat(70)}${'\u200B'.repeat(300)}b😀c\r\nd…e${'ｘ'.repeat(130)}end`;
    const norm = normalize(input);
    const expected: [number, number][] = [];
    let o = 0;
    // Walk the input the way normalize does, to know where each output character came from.
    for (let i = 0; i < input.length; ) {
      const cp = input.codePointAt(i)!;
      const w = cp > 0xffff ? 2 : input.startsWith('\r\n', i) ? 2 : 1;
      const out = cp === 0x200b ? '' : cp === 0x0d ? '\n' : String.fromCodePoint(cp).normalize('NFKC');
      for (let k = 0; k < out.length; k++) expected.push([i, i + w]);
      i += w;
      o += out.length;
    }
    expect(norm.text.length).toBe(o);
    expected.forEach(([s, e], i) => {
      expect([norm.map.start(i), norm.map.end(i)]).toEqual([s, e]);
    });
    expect(norm.map.start(norm.text.length)).toBe(input.length);
    const at = norm.text.indexOf('end');
    expect(input.slice(...toOriginalSpan(norm, at, at + 3))).toBe('end');
  });
});
