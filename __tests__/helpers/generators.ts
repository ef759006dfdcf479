/**
 * fast-check generators of hostile input: arbitrary Unicode salted with the characters that
 * break text pipelines, policy-shaped text made of corpus lines (cut anywhere, repeated,
 * salted, joined by every kind of line end, languages mixed), and policy-shaped HTML.
 */
import fc from 'fast-check';
import { policyLines } from './policy-lines.js';
import { escapeHtml } from './to-html.js';

/** Characters and pieces that have broken text pipelines before. */
export const NASTY = [
  '\u0000', '\r', '\n', '\r\n', '\t', '\u000b', '\u000c', '\u0085', '\u2028', '\u2029', '\uFEFF', '\u200B', '\u200D', '\u00AD',
  '\u3000', '\u00A0', '\uD800', '\uDBFF', '\uDC00', '\uDFFF', '😀', '𠀀', '\u0301', '\u00A8', '\uFDFA', '㍱', 'ﬁ', '²', '①', '⑴', '•',
  '。', ',', '：', '；', '、', '(', '(', ')', '《', '》', '“', '"', '.', ':', '@', '/', '-', '*', 'l ', '- ',
  'IMEI', 'MAC地址', 'SDK名称:', '1.', '1.1', '一、', '(一)', '第一条', 'Ⅱ 、', 'http://', 'www.', 'a@b.cn', '15个工作日', '14周岁',
  'do not collect', '不会收集', '<p>', '&amp;', '&nbsp;', '<br>', '</td><td>',
];

const anyChar = fc.oneof(
  { arbitrary: fc.string({ unit: 'binary', maxLength: 4 }), weight: 4 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 4 }), weight: 2 },
  { arbitrary: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)), weight: 1 },
  { arbitrary: fc.integer({ min: 0, max: 0x3f }).map((c) => String.fromCharCode(c)), weight: 1 },
  { arbitrary: fc.constantFrom(...NASTY), weight: 4 },
);
export const unicodeText = fc.array(anyChar, { maxLength: 80 }).map((parts) => parts.join(''));

const LINES = policyLines();
const SEPARATORS = ['\n', '\n', '\n', '\r\n', '\r', '\n\n', ' ', '\t', '\u2028', '', '\n \n'];

/** One corpus line, maybe cut anywhere (mid-word, mid-surrogate), repeated, or salted with a nasty piece. */
const policyPiece = fc
  .record({
    line: fc.nat({ max: LINES.length - 1 }),
    cut: fc.option(fc.tuple(fc.nat(), fc.nat()), { freq: 3 }),
    repeat: fc.integer({ min: 1, max: 3 }),
    salt: fc.option(fc.tuple(fc.nat(), fc.constantFrom(...NASTY)), { freq: 4 }),
  })
  .map(({ line, cut, repeat, salt }) => {
    let s = LINES[line]!;
    if (cut) {
      const i = cut[0] % (s.length + 1);
      s = s.slice(Math.min(i, cut[1] % (s.length + 1)), Math.max(i, cut[1] % (s.length + 1)));
    }
    if (salt) {
      const at = salt[0] % (s.length + 1);
      s = s.slice(0, at) + salt[1] + s.slice(at);
    }
    return s.repeat(repeat);
  });

export const policyText = fc
  .array(fc.tuple(policyPiece, fc.constantFrom(...SEPARATORS)), { minLength: 1, maxLength: 12 })
  .map((pieces) => pieces.map(([p, sep]) => p + sep).join(''));

const TAGS = ['p', 'div', 'h2', 'li', 'td', 'span', 'b', 'section', 'tr', 'script', 'style', 'pre'];
export const htmlText = fc
  .array(fc.tuple(policyPiece, fc.constantFrom(...TAGS), fc.boolean(), fc.constantFrom('', '<br>', '&nbsp;', '\n', '<hr/>', '<!-- x -->', '<p')), { minLength: 1, maxLength: 10 })
  .map((parts) => '<!DOCTYPE html><html><body>' + parts.map(([p, tag, escape, extra]) => `<${tag}>${escape ? escapeHtml(p) : p}${extra}</${tag}>`).join('\n') + '</body></html>');

