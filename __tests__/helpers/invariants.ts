/**
 * The invariants every result must keep, whatever the input ("never crash, never hang, never
 * lie"): evidence inside the input and inside its paragraph, paragraphs in order and covering
 * every visible character, every id known to the lexicons (app-defined permissions excepted, when named verbatim). Shared by the property, sweep and
 * HTML tests; each check returns a list of problems so that a failure says what broke.
 */
import type { LexiconSet } from '../../src/lexicon/load.js';
import type { PolicyExtraction } from '../../src/types.js';

interface Span {
  start: number;
  end: number;
  paragraph: number;
  sentenceStart?: number;
  sentenceEnd?: number;
}

function isSpan(v: unknown): v is Span {
  if (typeof v !== 'object' || v === null) return false;
  const o = v as Record<string, unknown>;
  return typeof o.start === 'number' && typeof o.end === 'number' && typeof o.paragraph === 'number';
}

/** Every object with start/end/paragraph in the result, with the path it was found at. */
export function collectSpans(result: unknown): { path: string; span: Span; evidence: boolean }[] {
  const out: { path: string; span: Span; evidence: boolean }[] = [];
  const walk = (v: unknown, path: string, inEvidence: boolean): void => {
    if (Array.isArray(v)) {
      v.forEach((x, i) => walk(x, `${path}[${i}]`, inEvidence));
      return;
    }
    if (typeof v !== 'object' || v === null) return;
    if (isSpan(v)) out.push({ path, span: v, evidence: inEvidence });
    for (const [k, x] of Object.entries(v)) walk(x, `${path}.${k}`, k === 'evidence');
  };
  walk(result, 'result', false);
  return out;
}

/**
 * Characters that may lie outside every paragraph: white space, control and format
 * characters (zero-width, BOM), lone surrogates, bullet glyphs, and the bullet marks a line
 * may start with.
 */
const INVISIBLE = /[\s\p{Cc}\p{Cf}\p{Cs}\u2022\u25cf\u25aa\u25a0\u25a1\u25c6\u25c7\u25ba\u25b6\u2023\u2043\u2219\u25e6\uf06c\uf0a7\uf0b7\u27a2\-*·>lo§Ø]/u;

export interface InvariantOptions {
  /** HTML input: markup lies between paragraphs, so coverage of visible text is not checked. */
  html?: boolean;
}

/** Problems with `result` as the extraction of `input`; an empty list when all is well. */
export function checkInvariants(input: string, result: PolicyExtraction, lexicons: LexiconSet, options: InvariantOptions = {}): string[] {
  const problems: string[] = [];
  const n = input.length;
  if (result.length !== n) problems.push(`length ${result.length} != input length ${n}`);
  const paras = result.paragraphs;
  // Paragraphs: in order, non-empty, no overlap, each index its position.
  paras.forEach((p, i) => {
    if (p.index !== i) problems.push(`paragraph ${i} has index ${p.index}`);
    if (!(p.start >= 0 && p.start < p.end && p.end <= n)) problems.push(`paragraph ${i} span [${p.start},${p.end}) outside input of ${n}`);
    if (i > 0 && paras[i - 1]!.end > p.start) problems.push(`paragraph ${i} overlaps paragraph ${i - 1}`);
    if (typeof p.lang !== 'string' || !/^(?:[a-z]{2}|und)$/.test(p.lang)) problems.push(`paragraph ${i} lang ${JSON.stringify(p.lang)}`);
    if (!(p.section >= -1 && p.section < result.sections.length)) problems.push(`paragraph ${i} section ${p.section}`);
  });
  if (!options.html) {
    // Coverage: every visible character of the input lies in some paragraph.
    let k = 0;
    for (let i = 0; i < n; i++) {
      while (k < paras.length && paras[k]!.end <= i) k++;
      const inside = k < paras.length && paras[k]!.start <= i;
      if (!inside && !INVISIBLE.test(input[i]!)) {
        problems.push(`visible character ${JSON.stringify(input[i])} at ${i} lies in no paragraph`);
        break;
      }
    }
  }
  // Every span in the result: inside the input; evidence also inside its paragraph and non-empty.
  for (const { path, span, evidence } of collectSpans(result)) {
    const { start, end, paragraph } = span;
    if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= n)) {
      problems.push(`${path}: span [${start},${end}) outside input of ${n}`);
      continue;
    }
    if (!(Number.isInteger(paragraph) && paragraph >= 0 && paragraph < paras.length)) {
      problems.push(`${path}: paragraph ${paragraph} of ${paras.length}`);
      continue;
    }
    if (!evidence) continue;
    const p = paras[paragraph]!;
    if (start >= end) problems.push(`${path}: empty evidence at ${start}`);
    if (start < p.start || end > p.end) problems.push(`${path}: [${start},${end}) not inside paragraph ${paragraph} [${p.start},${p.end})`);
    if (span.sentenceStart !== undefined || span.sentenceEnd !== undefined) {
      const ss = span.sentenceStart ?? -1;
      const se = span.sentenceEnd ?? -1;
      if (!(ss >= p.start && ss <= start && end <= se && se <= p.end)) problems.push(`${path}: sentence [${ss},${se}) does not hold [${start},${end}) inside paragraph ${paragraph}`);
    }
  }
  // Sections: a known category, parents before children, heading paragraph in range.
  result.sections.forEach((s, i) => {
    if (!lexicons.entries.sections.has(s.category) && s.category !== 'other') problems.push(`section ${i} category ${s.category}`);
    if (!(s.parent >= -1 && s.parent < i)) problems.push(`section ${i} parent ${s.parent}`);
  });
  // Ids: every one known to the loaded lexicons.
  for (const d of result.dataTypes) if (!lexicons.entries.dataTypes.has(d.id)) problems.push(`unknown data type ${d.id}`);
  for (const s of result.sdks) if (s.known && !lexicons.entries.sdks.has(s.id)) problems.push(`sdk ${s.id} says known but no lexicon has it`);
  for (const s of result.sdks) for (const d of s.dataTypes) if (!lexicons.entries.dataTypes.has(d)) problems.push(`sdk ${s.id}: unknown data type ${d}`);
  // A permission no lexicon knows is allowed only as an app-defined one (protection level
  // 'app') that the policy names verbatim, full manifest name and all.
  for (const p of result.permissions) {
    if (lexicons.entries.permissions.has(p.id)) continue;
    const named = p.evidence.some((e) => {
      const slice = input.slice(e.start, e.end);
      return (options.html ? slice.replace(/<[^<>]{0,200}>/g, '') : slice).normalize('NFKC').replace(/[\s\p{Cf}]/gu, '') === p.id;
    });
    if (p.protectionLevel !== 'app' || !named) problems.push(`unknown permission ${p.id} (${p.protectionLevel ?? 'no level'}${named ? '' : ', not named in the text'})`);
  }
  for (const r of result.rights) if (!lexicons.entries.rights.has(r.id)) problems.push(`unknown right ${r.id}`);
  problems.push(...notPlainJson(result));
  return problems;
}

/**
 * Places where the result is not plain JSON data. Worker threads send results as JSON text,
 * so anything JSON would drop or change (an `undefined` property, NaN, a Map, a class
 * instance) would make a pooled result differ from the one `extractPolicy` returns.
 */
export function notPlainJson(result: unknown): string[] {
  const problems: string[] = [];
  const walk = (v: unknown, path: string): void => {
    if (problems.length >= 5) return;
    if (v === null || typeof v === 'string' || typeof v === 'boolean') return;
    if (typeof v === 'number') {
      if (!Number.isFinite(v) || Object.is(v, -0)) problems.push(`${path}: number ${String(v)} has no exact JSON form`);
      return;
    }
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        if (!(i in v)) problems.push(`${path}[${i}]: hole in array`);
        else walk(v[i], `${path}[${i}]`);
      }
      return;
    }
    if (typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
      for (const [k, x] of Object.entries(v)) walk(x, `${path}.${k}`);
      return;
    }
    problems.push(`${path}: ${v === undefined ? 'undefined' : typeof v === 'object' ? (v as object).constructor?.name ?? 'object' : typeof v} is not JSON data`);
  };
  walk(result, 'result');
  return problems;
}
