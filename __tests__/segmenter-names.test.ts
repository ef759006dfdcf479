import { createExtractor } from '../src/index.js';

describe('segmenter option', () => {
  it.each(['@node-rs/jieba', 'node-rs-jieba'] as const)('accepts %s', (name) => {
    const r = createExtractor({ segmenter: name }).extract('我们收集您的手机号码。');
    expect(r.dataTypes.length).toBeGreaterThan(0);
  });

  it('refuses an unknown name in createExtractor, listing the valid ones', () => {
    expect(() => createExtractor({ segmenter: 'jieba' as never })).toThrow(/unknown segmenter 'jieba' \(expected one of '@node-rs\/jieba', 'node-rs-jieba', 'nodejieba'/);
    expect(() => createExtractor({ segmenter: null as never })).toThrow(TypeError);
  });
});
