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
    expect(norm.srcStart[6]).toBe(6);
  });
});

describe('splitParagraphs', () => {
  it('skips blank lines and strips pasted Wingdings bullets', () => {
    const text = 'l Contact us\n\n   \n• item';
    const paras = splitParagraphs(normalize(text).text);
    expect(paras.map((p) => normalize(text).text.slice(p.start, p.end))).toEqual(['Contact us', 'item']);
  });
});
