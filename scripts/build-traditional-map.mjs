#!/usr/bin/env node
/**
 * Writes src/ingest/traditional-map.ts: Traditional Chinese characters and the Simplified
 * character each stands for, so that normalisation reads a Traditional policy (Hong Kong,
 * Taiwan, Macao apps) with the Simplified lexicons.
 *
 * Usage: node scripts/build-traditional-map.mjs   (needs the opencc-js dev dependency)
 *
 * Character for character only: a phrase conversion (記憶體 → 内存) would change the text's
 * length and so its offsets, and the map must keep every offset as it is. Taken from OpenCC's
 * Traditional (Taiwan, Hong Kong and standard) to mainland character conversion, a
 * character is kept when:
 * - it converts to exactly one other character;
 * - it is not itself in GB 2312 (the common Simplified set): 著, 乾, 瞭 are written in
 *   Simplified text too (著作权, 乾坤), where converting them would change their meaning;
 * - its Simplified form is in GB 2312 (a rare character's variant would match no lexicon).
 * Two characters GB 2312 holds for rare uses (the surnames 於 and 後) are, in a policy, the
 * Traditional 于 and 后 (關於, 之後): ALSO_CONVERTED adds them.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as OpenCC from 'opencc-js';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(repo, 'src', 'ingest', 'traditional-map.ts');

/** The Hanzi of GB 2312: rows 0xB0-0xF7, cells 0xA1-0xFE, decoded as GBK (its superset). */
function gb2312Hanzi() {
  const decoder = new TextDecoder('gbk', { fatal: false });
  const set = new Set();
  for (let row = 0xb0; row <= 0xf7; row++) {
    for (let cell = 0xa1; cell <= 0xfe; cell++) {
      const ch = decoder.decode(new Uint8Array([row, cell]));
      if (ch.length === 1 && ch !== '\ufffd') set.add(ch);
    }
  }
  return set;
}

const ALSO_CONVERTED = ['於于', '後后'];

const gb = gb2312Hanzi();
if (gb.size < 6700) throw new Error(`GB 2312 set too small (${gb.size}): this Node lacks the GBK decoder`);
const converters = ['tw', 'hk', 't'].map((from) => OpenCC.Converter({ from, to: 'cn' }));
const pairs = [];
// CJK Unified Ideographs and Extension A, and the compatibility block.
const ranges = [
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xf900, 0xfaff],
];
for (const [lo, hi] of ranges) {
  for (let cp = lo; cp <= hi; cp++) {
    const ch = String.fromCodePoint(cp);
    if (gb.has(ch)) continue;
    let simple = null;
    for (const convert of converters) {
      const s = convert(ch);
      if (s !== ch && [...s].length === 1 && s.length === 1 && gb.has(s)) {
        simple = s;
        break;
      }
    }
    if (simple) pairs.push(ch + simple);
  }
}
pairs.push(...ALSO_CONVERTED);
pairs.sort();

const body = `/**
 * Traditional Chinese characters and their Simplified forms, one pair of characters after
 * another: written by scripts/build-traditional-map.mjs from OpenCC's character conversion
 * (OpenCC data: Apache License 2.0; opencc-js: MIT). Do not edit by hand.
 */
export const TRADITIONAL_PAIRS = ${JSON.stringify(pairs.join(''))};
`;
writeFileSync(out, body);
console.log(`traditional-map.ts: ${pairs.length} characters`);
