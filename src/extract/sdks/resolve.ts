/**
 * Turns a name that a layout put in an SDK's place (a record's name field, a table cell,
 * a list item's head) into an SDK identity:
 *
 * 1. a lexicon form inside the name (forms outside brackets first: in
 *    `Youmeng SDK (com. umeng)` the package in brackets is the fallback);
 * 2. else a lexicon name or alias within Jaro-Winkler `FUZZY_THRESHOLD` of the name's core
 *    (`Youmeng` → Umeng), for misspelt Latin names;
 * 3. else, when the layout clearly names an SDK, an unknown SDK with a slug id.
 */
import { createRequire } from 'node:module';
import { firstEndingAfter, type Match } from '../../lexicon/matcher.js';
import type { LexiconSet } from '../../lexicon/load.js';
import { GENERIC_NAME, PLATFORM_SUFFIX } from './data.js';

const require = createRequire(import.meta.url);
// Deep import: the natural root pulls in its whole NLP stack (and a network-capable
// dependency); this one module is a pure function.
const jaroWinkler = require('natural/lib/natural/distance/jaro-winkler_distance.js') as (a: string, b: string, options?: { ignoreCase?: boolean }) => number;

/** Lowest Jaro-Winkler similarity for a misspelt name to count as a lexicon name. */
export const FUZZY_THRESHOLD = 0.9;
/** Shortest core compared fuzzily: short names are too close to everything. */
const FUZZY_MIN_LENGTH = 5;

/**
 * How a listed name resolved: `lexicon`, a lexicon form inside it (its mentions are evidence
 * already); `name`, the name itself with "SDK" added or by its head ("QQ登录/分享"); `fuzzy`,
 * by string distance. For the last two the listed name is the evidence.
 */
export type Resolution = { kind: 'known'; id: string; via: 'lexicon' | 'name' | 'fuzzy' | 'layout' } | { kind: 'unknown'; id: string; name: string };

/** The comparable core of a Latin name: lower-case letters and digits, without "sdk" and bracketed parts. */
export function nameCore(name: string): string {
  return name
    .replace(/[(][^()]{0,80}[)]/g, ' ')
    .toLowerCase()
    .replace(/\bsdk\b|sdk$/g, ' ')
    .replace(/[^a-z0-9]+/g, '');
}

const exactIndexes = new WeakMap<LexiconSet, Map<string, string>>();

/** A name folded for exact lookup: NFKC, lower case, no spaces. */
function foldName(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

/** Every lexicon name and alias, folded → id. */
function exactIndex(lexicons: LexiconSet): Map<string, string> {
  let index = exactIndexes.get(lexicons);
  if (!index) {
    index = new Map();
    for (const e of lexicons.entries.sdks.values()) {
      for (const n of [e.name, ...(e.aliases ?? [])]) {
        const k = foldName(n);
        index.set(k, e.id);
      }
    }
    exactIndexes.set(lexicons, index);
  }
  return index;
}

/**
 * A name of an enumeration whose last item carries the SDK marker (`微信、支付宝SDK`): the
 * marker belongs to every item, so `微信` is looked up as `微信SDK`.
 */
export function resolveWithSuffix(lexicons: LexiconSet, name: string): string | null {
  if (/sdk/i.test(name)) return null;
  const index = exactIndex(lexicons);
  const k = foldName(name);
  return index.get(k + 'sdk') ?? null;
}

interface FuzzyEntry {
  core: string;
  id: string;
}

const fuzzyIndexes = new WeakMap<LexiconSet, FuzzyEntry[]>();

function fuzzyIndex(lexicons: LexiconSet): FuzzyEntry[] {
  let index = fuzzyIndexes.get(lexicons);
  if (!index) {
    index = [];
    for (const e of lexicons.entries.sdks.values()) {
      const names = [e.name, ...(e.aliases ?? [])];
      for (const n of names) {
        if (/[\u3400-\u9fff]/.test(n)) continue;
        const core = nameCore(n);
        if (core.length >= FUZZY_MIN_LENGTH - 1) index.push({ core, id: e.id });
      }
    }
    fuzzyIndexes.set(lexicons, index);
  }
  return index;
}

/** The lexicon SDK whose name is closest to `name`, when close enough. */
export function fuzzyResolve(lexicons: LexiconSet, name: string): string | null {
  if (/[\u3400-\u9fff]/.test(name)) return null;
  const core = nameCore(name);
  if (core.length < FUZZY_MIN_LENGTH) return null;
  let best = 0;
  let bestId: string | null = null;
  for (const e of fuzzyIndex(lexicons)) {
    // Lengths far apart cannot reach the threshold; skip the comparison.
    if (Math.abs(e.core.length - core.length) > 4) continue;
    const s = jaroWinkler(core, e.core);
    if (s > best) {
      best = s;
      bestId = e.id;
    }
  }
  return best >= FUZZY_THRESHOLD ? bestId : null;
}

/** Bracket depth 0 at `at` in `text[from, at)`? */
function outsideBrackets(text: string, from: number, at: number): boolean {
  let depth = 0;
  for (let i = from; i < at; i++) {
    const c = text[i];
    if (c === '(' || c === '[') depth++;
    else if ((c === ')' || c === ']') && depth > 0) depth--;
  }
  return depth === 0;
}

/** The lexicon id named in `text[start, end)`, from the paragraph's matches. */
export function lexiconIdIn(text: string, start: number, end: number, matches: readonly Match[]): string | null {
  let inside: Match | null = null;
  for (const m of matchesWithin(matches, start, end)) {
    if (outsideBrackets(text, start, m.start)) return m.id;
    inside ??= m;
  }
  return inside ? inside.id : null;
}

/** The matches lying inside [start, end) (by binary search: see firstEndingAfter). */
export function matchesWithin(ms: readonly Match[], start: number, end: number): Match[] {
  const out: Match[] = [];
  for (let k = firstEndingAfter(ms, start); k < ms.length && ms[k]!.start < end; k++) if (ms[k]!.start >= start && ms[k]!.end <= end) out.push(ms[k]!);
  return out;
}

/** A name with an SDK marker or a package id: it names an SDK whatever its column. */
export function looksLikeSdkName(name: string): boolean {
  return /sdk/i.test(name) || /\b[a-z]{2,10}(?:\.[a-z0-9_]{2,30}){1,4}\b/.test(name);
}

/**
 * Is `name` plausibly a product name in a cell labelled as a name? Not a generic phrase, not
 * a sentence, not too long, and (for Latin text) with a capital, a digit or an SDK marker —
 * "personal information" spilled into the column is not a name.
 */
export function plausibleName(name: string): boolean {
  const n = name.trim();
  if (n.length < 2 || n.length > 60) return false;
  if (GENERIC_NAME.test(n)) return false;
  if (/[。;；!?]|https?:|www\./.test(n)) return false;
  // `（n）我们使用的第三方SDK`: a heading about SDKs, not a product (references and parties, as in prose).
  if (/[\u3400-\u9fff]/.test(n)) return !/[，,]/.test(n) && n.length <= 30 && !CJK_REFERENCE.test(n);
  return /[A-Z0-9]/.test(n) || looksLikeSdkName(n);
}

/** Words a product's Chinese name never holds: references to SDKs in general and to the parties. */
const CJK_REFERENCE = /第三方|我们|我方|本应用|本产品|以下|如下|下列|上述|相关|使用的|接入的|集成的/;

/** The name as it should be shown: without a trailing platform suffix. */
export function displayName(name: string): string {
  return name.trim().replace(PLATFORM_SUFFIX, '').trim();
}

/** A lowercase slug: ASCII letters and digits (CJK kept), dashes between, no trailing "sdk". */
export function slugOf(name: string): string {
  const s = displayName(name)
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^a-z0-9\u3400-\u9fff]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const trimmed = s.replace(/-?sdk$/, '').replace(/-+$/, '');
  return trimmed || s || 'sdk';
}

/**
 * Resolves a name. `labelled`: the layout puts it where an SDK name belongs, so an unknown
 * but plausible name is reported; otherwise an unknown name must carry an SDK marker.
 */
/** A name made of a head and further functions joined by `-`, `/` or `、`. */
const COMBINED_NAME = /^([^-/／、\s]{2,20})\s?[-/／、]\s?[^-/／、]{1,20}(?:\s?[-/／、]\s?[^-/／、]{1,20}){0,4}$/;

export function resolveName(lexicons: LexiconSet, text: string, start: number, end: number, matches: readonly Match[], labelled: boolean): Resolution | null {
  const id = lexiconIdIn(text, start, end, matches);
  if (id) return { kind: 'known', id, via: 'lexicon' };
  const name = text.slice(start, end);
  const suffixed = resolveWithSuffix(lexicons, name);
  if (suffixed) return { kind: 'known', id: suffixed, via: 'name' };
  const fuzzy = fuzzyResolve(lexicons, name);
  if (fuzzy) return { kind: 'known', id: fuzzy, via: 'fuzzy' };
  // "QQ登录-分享", "微信登录/分享/支付": the SDK named by the first part, its functions after it.
  const head = COMBINED_NAME.exec(name.trim());
  if (head) {
    const byHead = resolveWithSuffix(lexicons, head[1]!);
    if (byHead) return { kind: 'known', id: byHead, via: 'name' };
  }
  if (!plausibleName(name)) return null;
  if (!labelled && !looksLikeSdkName(name)) return null;
  return { kind: 'unknown', id: slugOf(name), name: displayName(name) };
}
