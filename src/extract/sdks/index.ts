/**
 * Third-party SDKs: one entry per SDK, from every layout that lists them (sdk-layouts.ts)
 * and from running prose.
 *
 * - A listed name resolves to a lexicon SDK (by form, or by Jaro-Winkler for misspellings);
 *   a clearly listed name no lexicon knows is still reported (`known: false`, slug id).
 * - Listings of one SDK merge (the Chinese and English records of a bilingual policy are one
 *   entry): platforms, purposes and data types are unions, the first privacy link wins.
 * - `dataTypes` come only from what a listing says the SDK collects, or a sentence outside the
 *   listings (`友盟SDK会收集您的IMEI`): never from what it is for.
 * - Prose alone creates an entry only for a mention marked as an SDK (`友盟SDK`, `the Bugly
 *   SDK`, a package id, `微信、支付宝SDK`), so "third-party SDK" or "pay with WeChat" add nothing.
 * - Evidence is every mention of the SDK's names anywhere in the policy.
 */
import { dataTypeIdsOf } from '../data-types/index.js';
import type { PolicyDocument } from '../../document.js';
import type { Match } from '../../lexicon/matcher.js';
import type { Evidence, Platform, SdkCategory, SdkFinding } from '../../types.js';
import { cellTableListings, listItemListings, platformColumnListings, platformLineListings, recordListings, tabTableListings, type LayoutContext, type SdkListing, type TextRef } from './layouts.js';
import { matchesWithin, resolveName, resolveWithSuffix } from './resolve.js';
import { delimitedRowListings } from './rows.js';
import { proseListings } from './prose.js';
import { vendorPushListings } from './vendor-push.js';
import { proseDetails } from './prose-details.js';
import { CATEGORY_CUES, categoryFromCues, categoryInProse, FUNCTION_VERB, FUNCTION_WINDOW, NEGATED_BEFORE } from './data.js';
import { sentenceAt } from '../../ingest/sentences.js';

interface Draft {
  id: string;
  known: boolean;
  name: string;
  surfaces: Set<string>;
  /** Names to look for literally across the document (unknown or misspelt ones). */
  literal: Set<string>;
  platforms: Set<Platform>;
  dataTypes: Set<string>;
  purposes: string[];
  privacyUrl?: string;
  vendor?: string;
  /** What the listings say the SDK does: where a category comes from when the lexicon has none. */
  about: string[];
  spans: TextRef[];
}


const URL_SPAN = /(?:https?:\/\/|www\.)[^\s,，;；。)"'<>]{2,400}/gi;

/** Lexicon SDK matches of each paragraph, without those inside links (`firebase.google.com`). */
function sdkMatcher(doc: PolicyDocument): (p: number) => readonly Match[] {
  // Indexed by paragraph: a dense array, where a map of hundreds of thousands of keys is slow.
  const cache: (readonly Match[] | undefined)[] = new Array(doc.paragraphs.length);
  return (p) => {
    let ms = cache[p];
    if (!ms) {
      const text = doc.paragraphs[p]!.text;
      ms = doc.matches('sdks', p);
      if (ms.length && /https?:|www\./i.test(text)) {
        const urls: [number, number][] = [];
        for (const m of text.matchAll(URL_SPAN)) urls.push([m.index, m.index + m[0].length]);
        ms = ms.filter((m) => !urls.some(([s, e]) => m.start >= s && m.end <= e));
      }
      cache[p] = ms;
    }
    return ms;
  };
}

/** How many paragraphs from its name a listing's purpose may stand (a record's field lines). */
const PURPOSE_REACH = 8;

/** A purpose as the input writes it (full-width punctuation kept), from the listing's paragraphs. */
function asWrittenNear(doc: PolicyDocument, from: number, purpose: string): string {
  if (!purpose) return purpose;
  for (let q = from; q < Math.min(doc.paragraphs.length, from + PURPOSE_REACH); q++) {
    if (doc.paragraphs[q]!.text.includes(purpose)) return doc.asWritten(q, purpose);
  }
  return purpose;
}

/** Is a prose mention marked as an SDK? `X SDK`, `XSDK`, `com.x`, or `X、Y SDK`. */
function markedAsSdk(text: string, m: Match): boolean {
  const mention = text.slice(m.start, m.end);
  if (/sdk/i.test(mention) || /^[a-z]{2,10}\.[a-z0-9_.]{2,40}$/.test(mention)) return true;
  const after = text.slice(m.end, m.end + 40);
  const clause = after.split(/[，,。;；:()]/, 1)[0]!;
  return /^\s?sdk/i.test(clause) || /^、[^、]{1,15}(?:、[^、]{1,15}){0,3}?\s?sdk/i.test(clause);
}

/**
 * A known name used for what its SDK does, right after it (`个推用于推送唤醒功能`, "Getui is
 * used to push messages"): the SDK at work, though the text does not say SDK.
 */
function statesItsFunction(text: string, m: Match, category: SdkCategory | undefined): boolean {
  if (!category || category === 'other') return false;
  const cue = CATEGORY_CUES.find(([c]) => c === category)?.[1];
  if (!cue) return false;
  const clause = text.slice(m.end, m.end + FUNCTION_WINDOW).split(/[，,。;；:：()]/, 1)[0]!;
  return FUNCTION_VERB.test(clause) && cue.test(clause);
}

export function extractSdks(doc: PolicyDocument): SdkFinding[] {
  const sdkMatches = sdkMatcher(doc);
  const ctx: LayoutContext = { doc, sdkMatches };
  const lines = doc.paragraphs.map((p) => p.text);
  const listings: SdkListing[] = [
    ...recordListings(ctx, lines),
    ...tabTableListings(ctx),
    ...cellTableListings(ctx, lines),
    ...platformColumnListings(ctx, lines),
    ...platformLineListings(ctx, lines),
    ...listItemListings(ctx, lines),
    ...delimitedRowListings(ctx, lines),
    ...vendorPushListings(doc),
  ];
  // Paragraphs a layout reads (names, data and purpose cells): their sentences are no prose.
  const layoutParas = new Set<number>();
  for (const l of listings) for (const r of [l.name, ...l.data, ...(l.alsoNamed ?? [])]) layoutParas.add(r.para);
  listings.push(...proseListings(doc, listings.flatMap((l) => [l.name, ...(l.alsoNamed ?? [])])));

  const drafts = new Map<string, Draft>();
  const draftOf = (id: string, known: boolean, name: string): Draft => {
    let d = drafts.get(id);
    if (!d) {
      d = { id, known, name, surfaces: new Set(), literal: new Set(), platforms: new Set(), dataTypes: new Set(), purposes: [], about: [], spans: [] };
      drafts.set(id, d);
    }
    return d;
  };
  const dataMatches = (p: number): readonly Match[] => doc.matches('dataTypes', p);

  // Unresolved names go through Jaro-Winkler against the whole lexicon: once per distinct name.
  const resolved = new Map<string, ReturnType<typeof resolveName>>();
  const unknownByCompact = new Map<string, string>();
  for (const l of listings) {
    const text = doc.paragraphs[l.name.para]!.text;
    const matches = sdkMatches(l.name.para);
    const inSpan = matchesWithin(matches, l.name.start, l.name.end).length > 0;
    const key = `${l.labelled ? 1 : 0}${text.slice(l.name.start, l.name.end)}`;
    let r = l.id ? { kind: 'known' as const, id: l.id, via: 'layout' as const } : inSpan ? undefined : resolved.get(key);
    if (r === undefined) {
      r = resolveName(doc.lexicons, text, l.name.start, l.name.end, matches, l.labelled);
      if (!inSpan) resolved.set(key, r);
    }
    if (!r) continue;
    const surface = text.slice(l.name.start, l.name.end);
    const entry = r.kind === 'known' ? doc.lexicons.entries.sdks.get(r.id)! : null;
    // Unknown names spaced differently (`Brand log SDK`, `Brandlog SDK`) are one SDK: the first id wins.
    if (r.kind === 'unknown') {
      const compact = r.id.replace(/-/g, '');
      const first = unknownByCompact.get(compact);
      if (first) r = { ...r, id: first };
      else unknownByCompact.set(compact, r.id);
    }
    const d = draftOf(r.id, r.kind === 'known', entry ? entry.name : r.kind === 'unknown' ? r.name : surface);
    d.surfaces.add(surface.trim());
    // The brand named for its push SDK (`华为`) is evidence here only: elsewhere it names the company.
    if (r.kind === 'known' && r.via === 'layout') d.spans.push(l.name);
    else if (r.kind === 'unknown' || r.via !== 'lexicon') {
      // The name as written (without brackets) is how the policy will mention it again.
      const bare = surface.replace(/\s?[(][^()]{0,80}[)]\s?/g, ' ').trim();
      if (bare.length >= 3) d.literal.add(bare);
      d.spans.push(l.name);
    }
    for (const a of l.alsoNamed ?? []) {
      const other = doc.paragraphs[a.para]!.text.slice(a.start, a.end).trim();
      d.surfaces.add(other);
      if (other.length >= 3) d.literal.add(other);
      d.spans.push(a);
    }
    for (const p of l.platforms) d.platforms.add(p);
    for (const ref of l.data) {
      // One form may name two types (音视频信息: audio and video), as in the policy's own data types.
      for (const m of dataMatches(ref.para)) if (m.start >= ref.start && m.end <= ref.end) for (const id of dataTypeIdsOf(m)) d.dataTypes.add(id);
    }
    for (const purpose of l.purposes) {
      const t = asWrittenNear(doc, l.name.para, purpose.trim());
      if (t && !d.purposes.includes(t)) d.purposes.push(t);
    }
    for (const a of l.about ?? []) if (!d.about.includes(a)) d.about.push(a);
    if (!d.privacyUrl && l.privacyUrl) d.privacyUrl = l.privacyUrl;
    if (!d.vendor && l.vendor) d.vendor = l.vendor.trim();
  }

  // Name spans of listings: a mention inside one (`WeChat Open Platform (no WeChat Pay SDK)`)
  // is part of that listing's name and creates no entry of its own.
  const listedSpans = new Map<number, TextRef[]>();
  for (const l of listings) {
    let list = listedSpans.get(l.name.para);
    if (!list) listedSpans.set(l.name.para, (list = []));
    list.push(l.name);
  }
  const insideListing = (p: number, m: Match): boolean => (listedSpans.get(p) ?? []).some((r) => m.start >= r.start && m.end <= r.end);

  // Every lexicon mention: evidence for a listed SDK, or an entry when marked as an SDK.
  const evidence = new Map<string, Map<string, TextRef>>();
  const addEvidence = (id: string, ref: TextRef): void => {
    let m = evidence.get(id);
    if (!m) evidence.set(id, (m = new Map()));
    m.set(`${ref.para}:${ref.start}`, ref);
  };
  for (const para of doc.paragraphs) {
    for (const m of sdkMatches(para.index)) {
      if (!drafts.has(m.id)) {
        const entry = doc.lexicons.entries.sdks.get(m.id)!;
        if (!(markedAsSdk(para.text, m) || statesItsFunction(para.text, m, entry.category as SdkCategory | undefined)) || insideListing(para.index, m) || NEGATED_BEFORE.test(para.text.slice(Math.max(0, m.start - 14), m.start))) continue;
        draftOf(m.id, true, entry.name);
      }
      drafts.get(m.id)!.surfaces.add(para.text.slice(m.start, m.end));
      addEvidence(m.id, { para: para.index, start: m.start, end: m.end });
      // `微信、支付宝SDK`: items before an SDK-marked mention share its marker.
      if (markedAsSdk(para.text, m)) {
        for (const item of itemsBefore(para.text, m.start)) {
          // The item may be preceded by its sentence (`我们使用了微信`): the longest tail that names an SDK.
          let id: string | null = null;
          for (let k = item.start; k < item.end && !id; k++) {
            id = resolveWithSuffix(doc.lexicons, para.text.slice(k, item.end));
            if (id) item.start = k;
          }
          if (!id) continue;
          const d = draftOf(id, true, doc.lexicons.entries.sdks.get(id)!.name);
          d.surfaces.add(para.text.slice(item.start, item.end));
          addEvidence(id, { para: para.index, ...item });
        }
      }
    }
  }
  let literalBudget = MAX_LITERAL_NAMES;
  for (const d of drafts.values()) {
    for (const s of d.spans) addEvidence(d.id, trimName(doc, s));
    for (const name of d.literal) {
      if (literalBudget-- <= 0) break;
      for (const para of doc.paragraphs) {
        for (let k = para.text.indexOf(name); k >= 0; k = para.text.indexOf(name, k + name.length)) {
          addEvidence(d.id, { para: para.index, start: k, end: k + name.length });
        }
      }
    }
  }

  readProseDetails(doc, drafts, evidence, layoutParas, dataMatches);

  const only = singlePlatform(doc);
  const out: SdkFinding[] = [];
  for (const d of drafts.values()) {
    // A policy for one platform's apps only (`扫描全能王 APP（Android)`): its SDKs run there.
    if (only && d.platforms.size === 0) d.platforms.add(only);
    const refs = [...(evidence.get(d.id)?.values() ?? [])].sort((a, b) => a.para - b.para || a.start - b.start);
    // Overlapping spans (a literal name inside a listed cell) keep the first, longest one.
    const kept: TextRef[] = [];
    for (const r of refs) {
      const last = kept[kept.length - 1];
      if (last && last.para === r.para && r.start < last.end) {
        if (r.end - r.start > last.end - last.start && r.start === last.start) kept[kept.length - 1] = r;
        continue;
      }
      kept.push(r);
    }
    if (kept.length === 0) continue;
    const ev: Evidence[] = kept.map((r) => doc.evidence(r.para, r.start, r.end, sentenceAt(doc.sentences(r.para), r.start)));
    const entry = d.known ? doc.lexicons.entries.sdks.get(d.id) : undefined;
    const aliases = new Set<string>([...(entry?.aliases ?? []), ...d.surfaces]);
    aliases.delete(d.name);
    const finding: SdkFinding = {
      id: d.id,
      name: d.name,
      aliases: [...aliases],
      category: categoryOf(entry?.category as SdkCategory | undefined, d, () => kept.map((r) => sentenceText(doc, r))),
      platforms: PLATFORM_ORDER.filter((p) => d.platforms.has(p)),
      dataTypes: [...d.dataTypes].sort(),
      purposes: d.purposes,
      known: d.known,
      evidence: ev,
    };
    const vendor = entry?.vendor ?? d.vendor;
    if (vendor) finding.vendor = vendor;
    if (d.privacyUrl) finding.privacyUrl = d.privacyUrl;
    out.push(finding);
  }
  return out.sort((a, b) => a.evidence[0]!.start - b.evidence[0]!.start);
}

/** Only separators between two SDK mentions: `友盟SDK、极光SDK`, "Umeng and JPush SDKs". */
const MENTION_GAP = /^(?:\s*(?:、|,|，|和|及|以及|与|或|\/|and|or)\s*)+$/i;

/**
 * Sentences outside the listings that say what an SDK they name collects or is for
 * (prose-details.ts). The mentions of an enumeration share what follows the last of them;
 * what follows a later mention is that one's.
 */
function readProseDetails(
  doc: PolicyDocument,
  drafts: Map<string, Draft>,
  evidence: Map<string, Map<string, TextRef>>,
  layoutParas: ReadonlySet<number>,
  dataMatches: (p: number) => readonly Match[],
): void {
  const byPara = new Map<number, { id: string; ref: TextRef }[]>();
  for (const [id, refs] of evidence) {
    for (const ref of refs.values()) {
      if (layoutParas.has(ref.para)) continue;
      let list = byPara.get(ref.para);
      if (!list) byPara.set(ref.para, (list = []));
      list.push({ id, ref });
    }
  }
  for (const [p, mentions] of byPara) {
    mentions.sort((a, b) => a.ref.start - b.ref.start);
    const text = doc.paragraphs[p]!.text;
    const zh = doc.paragraphs[p]!.lang === 'zh' || /[\u4e00-\u9fff]/.test(text);
    const spans = doc.sentences(p);
    for (let i = 0; i < mentions.length; ) {
      // The enumeration that starts here, and where what it is said to do ends.
      let j = i;
      while (j + 1 < mentions.length && MENTION_GAP.test(text.slice(mentions[j]!.ref.end, mentions[j + 1]!.ref.start))) j++;
      const end = mentions[j]!.ref.end;
      const [s0, s1] = sentenceAt(spans, end);
      const next = mentions[j + 1]?.ref.start ?? Infinity;
      // Only the sentence's first mentions may take its opening purpose.
      const opensAt = i === 0 || mentions[i - 1]!.ref.end < s0 ? s0 : mentions[i]!.ref.start;
      const found = proseDetails(p, text, opensAt, mentions[i]!.ref.start, end, Math.min(s1, next), zh);
      for (let k = i; k <= j; k++) {
        const d = drafts.get(mentions[k]!.id);
        if (!d) continue;
        if (found.data) for (const m of matchesWithin(dataMatches(p), found.data.start, found.data.end)) for (const id of dataTypeIdsOf(m)) d.dataTypes.add(id);
        if (found.purpose) {
          const t = doc.asWritten(p, found.purpose);
          if (!d.purposes.includes(t)) d.purposes.push(t);
        }
      }
      i = j + 1;
    }
  }
}

/**
 * The lexicon's category; else (or for `other`) what the SDK's names and listings say it does;
 * else what the sentences naming it say it is used for (`通过甲SDK、乙SDK向您的设备推送…`).
 */
function categoryOf(lexicon: SdkCategory | undefined, d: Draft, sentences: () => string[]): SdkCategory {
  if (lexicon && lexicon !== 'other') return lexicon;
  return categoryFromCues([d.name, ...d.surfaces, ...d.about]) ?? categoryInProse(sentences()) ?? 'other';
}

/** The sentence of paragraph text around a mention. */
function sentenceText(doc: PolicyDocument, r: TextRef): string {
  const [s, e] = sentenceAt(doc.sentences(r.para), r.start);
  return doc.paragraphs[r.para]!.text.slice(s, e);
}

/** The `、`-separated names right before `at` (`微信、QQ、` before `支付宝SDK`), nearest last. */
function itemsBefore(text: string, at: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let end = at;
  while (out.length < 6 && end > 0 && text[end - 1] === '、') {
    let start = end - 1;
    while (start > 0 && end - 1 - start < 15 && /[\w\u4e00-\u9fff+ ]/.test(text[start - 1]!)) start--;
    const item = { start, end: end - 1 };
    while (item.start < item.end && text[item.start] === ' ') item.start++;
    if (item.end <= item.start) break;
    out.unshift(item);
    end = start;
  }
  return out;
}

/**
 * Names no lexicon knows are looked up literally across the document; past this many, only
 * their listed spans are evidence, so the work stays linear in the document's length.
 */
const MAX_LITERAL_NAMES = 64;

const PLATFORM_ORDER: readonly Platform[] = ['android', 'ios', 'harmonyos', 'web'];

/** A listed name span without its bracketed part and trailing "SDK"-less spaces: the mention itself. */
function trimName(doc: PolicyDocument, r: TextRef): TextRef {
  const t = doc.paragraphs[r.para]!.text;
  let end = r.end;
  const open = t.indexOf('(', r.start);
  if (open > r.start && open < end) end = open;
  while (end > r.start && t.charCodeAt(end - 1) === 0x20) end--;
  return { para: r.para, start: r.start, end };
}

/** The scope of a policy that names an app for one platform: `APP（Android)`, "for iOS". */
const SCOPE_PLATFORM = /(?:app|应用|客户端|软件)\s{0,2}[（(]\s{0,2}(android|安卓|ios|iphone|苹果)\s{0,2}(?:版|端|系统)?\s{0,2}[)）]|(?:android|安卓|ios)\s{0,2}(?:版|端|客户端)|\b(?:for|on) (android|ios)\b/gi;
const ANY_IOS = /\bios\b|iphone|ipad|苹果|app store/i;
const ANY_ANDROID = /android|安卓|鸿蒙|harmonyos/i;
/** Paragraphs from the start that say what the policy covers. */
const SCOPE_PARAGRAPHS = 30;

/**
 * The one platform a policy is for, when its opening says so and the text never names the
 * other: then every SDK without a platform of its own runs on it.
 */
function singlePlatform(doc: PolicyDocument): Platform | undefined {
  let stated: Platform | undefined;
  for (const para of doc.paragraphs.slice(0, SCOPE_PARAGRAPHS)) {
    SCOPE_PLATFORM.lastIndex = 0;
    for (const m of para.text.matchAll(SCOPE_PLATFORM)) {
      const word = (m[1] ?? m[2] ?? m[0]).toLowerCase();
      const p: Platform = /ios|iphone|苹果/.test(word) ? 'ios' : 'android';
      if (stated && stated !== p) return undefined;
      stated = p;
    }
  }
  if (!stated) return undefined;
  const other = stated === 'android' ? ANY_IOS : ANY_ANDROID;
  return doc.paragraphs.some((p) => other.test(p.text)) ? undefined : stated;
}
