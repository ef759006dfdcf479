/**
 * Traditional Chinese read as Simplified: each Traditional character of the map
 * (traditional-map.ts, from OpenCC's character conversion) stands for one Simplified
 * character, so normalisation swaps it in place and every offset stays as it was. A policy
 * written in Traditional characters (Hong Kong, Taiwan, Macao) then meets the same lexicons,
 * segmenter and rules as a Simplified one; evidence still quotes the characters as written.
 */
import { TRADITIONAL_PAIRS } from './traditional-map.js';

/** Simplified code unit for each Traditional one (BMP), 0 where a character stays as it is. */
const SIMPLIFIED = new Uint16Array(0x10000);
for (let i = 0; i + 1 < TRADITIONAL_PAIRS.length; i += 2) SIMPLIFIED[TRADITIONAL_PAIRS.charCodeAt(i)] = TRADITIONAL_PAIRS.charCodeAt(i + 1);

/** The Simplified code unit for `c`, or 0 when `c` is no Traditional character of the map. */
export function simplifiedOf(c: number): number {
  return c < 0x10000 ? SIMPLIFIED[c]! : 0;
}
