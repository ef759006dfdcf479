/**
 * Device permissions the policy says the app requests, mapped to manifest names / Info.plist
 * keys. A lexicon hit is not a permission by itself ("camera" is everywhere in a camera
 * maker's policy): it counts when it is written as code (`READ_SMS`, `android.permission.X`),
 * heads a row of a permission table or an entry of a list introduced as permissions, or
 * stands in prose next to "permission / 权限 / authorization" or after a verb such as
 * "access", "call", "调用", "开启". Entries of a permission list that name nothing known are
 * reported as unresolved, with their text.
 */
import type { PolicyDocument } from '../../document.js';
import type { PermissionEntry } from '../../lexicon/schema.js';
import type { Evidence, PermissionFinding, UnresolvedPermission } from '../../types.js';
import { isNegatedMention } from '../common/negation.js';
import { glossPurpose, prosePurpose, type ProsePurpose } from './prose-purpose.js';

/** Characters after a name searched for a bracketed gloss of its purpose. */
const GLOSS_WINDOW = 72;
import {
  CHAIN_GAP,
  CHAIN_GAP_ITEM,
  CHAIN_GAP_ITEM_MAX,
  CHANNEL_AFTER_ZH,
  CHAIN_GAP_MAX,
  COMPOUND_AFTER_ZH,
  COMPOUND_BEFORE_ZH,
  CLAUSE_END,
  CUE_BEFORE_EN,
  CUE_BEFORE_ZH,
  CUE_WINDOW_EN,
  CUE_WINDOW_ZH,
  GENERIC_ITEM,
  IOS_EQUIVALENT,
  ATTRIBUTIVE_CUE_ZH,
  UP_TO_DATA_VERB_EN,
  BOTH_PLATFORMS_ANDROID,
  BOTH_PLATFORMS_IOS,
  IOS_ONLY,
  IOS_CONDITION,
  IOS_CLAUSE_WINDOW,
  IOS_SUBJECT_CLAUSE,
  IOS_BRACKET_AFTER,
  IOS_PREFIX,
  ITEM_HEAD_END,
  ITEM_HEAD_MAX,
  ITEM_HEAD_MAX_EN,
  LIST_CUE_EN,
  LIST_CUE_WINDOW,
  LIST_CUE_ZH,
  NEGATED_CUE_EN,
  NEGATED_CUE_ZH,
  NOUN_WINDOW_EN,
  NOUN_WINDOW_ZH,
  OTHER_OWNER_BEFORE_ZH,
  PERMISSION_NOUN,
  ACCESS_NOUN_EN,
  PERMISSION_TO_EN,
  GLUED_NOUN,
  GLUED_NOUN_WINDOW,
  CALL_PHONE_ID,
  DIALS,
  PAIR_WRITE,
  PHONE_GROUP,
  PHONE_STATE_ID,
  PAIR_WRITE_WINDOW,
  READ_WRITE_PAIRS,
  WRITE_ONLY_BEFORE,
  WRITE_ONLY_WINDOW,
  STORAGE_BOTH,
  STORAGE_GLOSS,
  STORAGE_GROUP,
  STORAGE_IDS,
  STORAGE_OWNER_BEFORE_ZH,
  STORAGE_WRITE,
  UNRESOLVED_MAX,
  VERB_FORM_MIN,
  VERB_FORM_EN,
  VERB_FORM_ZH,
  WORD_NOT_PERMISSION_EN,
} from './data.js';
import { codeMentions, PermissionCodeIndex } from './ids.js';
import { paragraphRoles, recordDetails, withoutRefusal, type ParagraphRole } from './structure.js';
import { sentenceAt } from '../../ingest/sentences.js';

/** One candidate mention in a paragraph. */
interface Hit {
  start: number;
  end: number;
  /** Resolved id; undefined for a constant in code form that nothing matches. */
  id?: string;
  /** The matched lexicon form, or the code as written. */
  form: string;
  /** Written as code, or the form itself says "permission". */
  strong: boolean;
  /** App-defined permission kept as written (no lexicon entry). */
  appDefined?: boolean;
}

const codeIndexes = new WeakMap<object, PermissionCodeIndex>();

function codeIndexOf(doc: PolicyDocument): PermissionCodeIndex {
  const map = doc.lexicons.entries.permissions;
  let index = codeIndexes.get(map);
  if (!index) codeIndexes.set(map, (index = new PermissionCodeIndex(map.values())));
  return index;
}

const CJK = /[\u3400-\u9fff]/;
/** An Info.plist key written out: code, whatever else the sentence says. */
const INFO_PLIST_KEY = /^NS[A-Za-z]+UsageDescription$/;
/** A name written as code (`CAMERA`, `android.permission.CAMERA`) is Android's own. */
const CODE_FORM = /^[A-Z][A-Z0-9_.]*$|^android\./;
/** After a written name: an optional bracketed name, a colon, and the purpose up to the clause end. */
const CODE_PURPOSE = /^\s{0,2}(?:[(（][^)）]{0,30}[)）])?\s{0,2}[:：]\s{0,2}([^。；;\n]{2,200})/;
/** After a platform-prefixed name, the purpose follows the line's colon, past the other platform's name. */
const LISTED_PURPOSE = /^[^:：。；;\n]{0,48}[:：]\s{0,2}([^。；;\n]{2,200})/;

/** Lexicon matches and code mentions of one paragraph; code wins where they overlap. */
function hitsOf(doc: PolicyDocument, index: PermissionCodeIndex, p: number): Hit[] {
  const text = doc.paragraphs[p]!.text;
  const out: Hit[] = [];
  for (const c of codeMentions(text, (k) => index.isConstant(k))) {
    if (c.kind === 'id') {
      const r = index.resolveId(c.text);
      out.push({ start: c.start, end: c.end, id: r.id, form: c.text, strong: true, appDefined: !r.entry });
    } else {
      const r = index.resolveConstant(c.text);
      out.push({ start: c.start, end: c.end, ...(r ? { id: r.id } : {}), form: c.text, strong: true });
    }
  }
  const codes = out.length;
  for (const m of doc.matches('permissions', p)) {
    let overlaps = false;
    for (let i = 0; i < codes && !overlaps; i++) overlaps = m.start < out[i]!.end && m.end > out[i]!.start;
    if (overlaps) continue;
    const written = text.slice(m.start, m.end);
    // Full ids and constants written in capitals are code, whatever form matched them.
    // So are Info.plist keys as written (`NSCameraUsageDescription`).
    const code = (/[._]/.test(written) && /^[\w.]+$/.test(written) && /[A-Z]/.test(written)) || INFO_PLIST_KEY.test(written);
    const strong = code || PERMISSION_NOUN.test(m.form);
    if (!strong && CJK.test(written) && (COMPOUND_AFTER_ZH.test(text.slice(m.end, m.end + 3)) || COMPOUND_BEFORE_ZH.test(text.slice(Math.max(0, m.start - 2), m.start)))) continue;
    if (!strong && CJK.test(written) && OTHER_OWNER_BEFORE_ZH.test(text.slice(Math.max(0, m.start - 3), m.start))) continue;
    if (/^(?:存储|储存)/.test(written) && STORAGE_OWNER_BEFORE_ZH.test(text.slice(Math.max(0, m.start - 3), m.start))) continue;
    if (!strong && !CJK.test(written) && !namesPermissionAsWritten(m.form, written)) continue;
    out.push({ start: m.start, end: m.end, id: m.id, form: m.form, strong });
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * An English word that names a permission as written: not a constant's name used as a word
 * ("Internet users"), not the singular of a plural-only form ("contact us" for "contacts").
 */
function namesPermissionAsWritten(form: string, written: string): boolean {
  const w = written.toLowerCase();
  if (WORD_NOT_PERMISSION_EN.has(w) && written !== written.toUpperCase()) return false;
  return !(/^[a-z]+s$/i.test(form) && w === form.toLowerCase().slice(0, -1));
}

/**
 * Hits that follow each other as one enumeration ("camera, microphone and album").
 * `marked`: only an explicit separator joins (in table rows a space separates name and label).
 */
function chains(text: string, hits: readonly Hit[], marked = false): Hit[][] {
  const out: Hit[][] = [];
  for (const h of hits) {
    const last = out[out.length - 1];
    const prev = last?.[last.length - 1];
    const gap = prev ? text.slice(prev.end, h.start) : '';
    const joined = (gap.length <= CHAIN_GAP_MAX && CHAIN_GAP.test(gap)) || (!marked && gap.length <= CHAIN_GAP_ITEM_MAX && CHAIN_GAP_ITEM.test(gap));
    if (prev && joined && (!marked || gap.trim() !== '')) last!.push(h);
    else out.push([h]);
  }
  return out;
}

/** The clause-bounded text before `at`, at most `window` characters. */
function before(text: string, at: number, window: number): string {
  const s = text.slice(Math.max(0, at - window), at);
  let cut = -1;
  for (let i = s.length - 1; i >= 0; i--) {
    if (CLAUSE_END.test(s.slice(i, i + 2)) || s[i] === ',' || s[i] === '，' || s[i] === ':' || s[i] === '：') {
      cut = i;
      break;
    }
  }
  return s.slice(cut + 1);
}

/** The clause-bounded text after `at`, at most `window` characters. */
function after(text: string, at: number, window: number): string {
  const s = text.slice(at, at + window);
  const m = CLAUSE_END.exec(s);
  return m ? s.slice(0, m.index) : s;
}

function isCjkText(s: string): boolean {
  return CJK.test(s);
}

/** Weak prose hits of permissions apps cannot request (signature, internal) are never taken. */
function requestable(entry: PermissionEntry | undefined): boolean {
  return !entry || entry.platform === 'ios' || !['signature', 'internal'].includes(entry.protectionLevel ?? '');
}

/** Prose: which chains name permissions. */
/** `Android-` / `iOS-` right before a name, as permission lists write them. */
const PLATFORM_PREFIX = /(?:\bandroid|安卓|\bios|苹果)\s*[-–—－]\s*$/i;
const PREFIX_WINDOW = 12;

function proseHits(doc: PolicyDocument, p: number, hits: readonly Hit[]): Hit[] {
  const para = doc.paragraphs[p]!;
  const text = para.text;
  const out: Hit[] = [];
  let spans: [number, number][] | null = null;
  let prevEnd = 0;
  for (const chain of chains(text, hits)) {
    const first = chain[0]!;
    const last = chain[chain.length - 1]!;
    const zh = isCjkText(text.slice(Math.max(0, first.start - 4), last.end + 4));
    const noun = PERMISSION_NOUN.test(after(text, last.end, zh ? NOUN_WINDOW_ZH : NOUN_WINDOW_EN)) || (!zh && ACCESS_NOUN_EN.test(text.slice(last.start, last.end + 8)));
    // A cue serves the names right after it, not names past another one.
    const pre = before(text, first.start, Math.min(zh ? CUE_WINDOW_ZH : CUE_WINDOW_EN, first.start - prevEnd));
    const prevStart = prevEnd;
    prevEnd = last.end;
    // The first name's own words count as context too: "accessing Wi-Fi status".
    const own = (zh ? CUE_BEFORE_ZH : CUE_BEFORE_EN).exec(text.slice(first.start, first.end));
    // A list introduced as permissions (`权限信息，包括…`), or closed by one (`相册、通讯录、位置权限`).
    const intro = text.slice(Math.max(prevStart, first.start - LIST_CUE_WINDOW), first.start);
    const listed = (zh ? LIST_CUE_ZH : LIST_CUE_EN).test(intro) || (chain.length > 1 && last.strong && PERMISSION_NOUN.test(last.form));
    // `通过IP地址获取的大致地理位置信息`: a verb made attributive by 的 says how data was got, not what is asked for.
    // "use the Umeng SDK and collect your IMEI & location": a data verb after the cue starts the hit's own clause.
    const cuePre = zh ? pre.replace(ATTRIBUTIVE_CUE_ZH, '') : pre.replace(UP_TO_DATA_VERB_EN, '');
    // "write the number to your address book": writing a calendar or address book asks for its write permission.
    const writes = first.id !== undefined && READ_WRITE_PAIRS[first.id] !== undefined && WRITE_ONLY_BEFORE.test(text.slice(Math.max(prevStart, first.start - WRITE_ONLY_WINDOW), first.start));
    const cue = (zh ? CUE_BEFORE_ZH : CUE_BEFORE_EN).test(cuePre) || (!zh && (CUE_BEFORE_ZH.test(pre) || PERMISSION_TO_EN.test(pre))) || own?.index === 0 || listed || writes;
    if (zh && !chain.some((h) => h.strong) && CHANNEL_AFTER_ZH.test(text.slice(last.end, last.end + 24))) continue;
    // "We will never access your contacts": the cue itself is denied.
    if (!chain.some((h) => h.strong) && (zh ? NEGATED_CUE_ZH : NEGATED_CUE_EN).test(pre + text.slice(first.start, first.end))) continue;
    for (const h of chain) {
      if (!h.id) continue;
      const entry = doc.lexicons.entries.permissions.get(h.id);
      const verbForm = CJK.test(h.form) ? h.form.length >= VERB_FORM_MIN && VERB_FORM_ZH.test(h.form) : VERB_FORM_EN.test(h.form);
      // "Android-存储/ iOS-照片：…": a platform prefix names what follows as a permission.
      const prefixed = PLATFORM_PREFIX.test(text.slice(Math.max(0, h.start - PREFIX_WINDOW), h.start));
      // A permission no app can request is taken in words only inside an enumeration of others.
      // Or when its name is glued to "permission" (`读取日志权限`, "read logs permission").
      const takeable = requestable(entry) || (chain.length > 1 && (noun || cue)) || GLUED_NOUN.test(text.slice(h.end, h.end + GLUED_NOUN_WINDOW));
      const accepted = h.strong || ((noun || cue || verbForm || prefixed) && takeable);
      if (!accepted) continue;
      spans ??= doc.sentences(p);
      const sentence = sentenceAt(spans, h.start);
      if (!h.strong && isNegatedMention(text.slice(sentence[0], h.start), text.slice(h.end, sentence[1]), para.lang)) continue;
      out.push(h);
    }
  }
  return out;
}

/** Storage named as read and written is both permissions; named with "modify / save" it is the write one. */
function storageIds(text: string, h: Hit, chainEnd: number): string[] {
  if (h.id && READ_WRITE_PAIRS[h.id]) return pairIds(text, h, chainEnd, READ_WRITE_PAIRS[h.id]!);
  // `我们会申请电话权限…调起手机拨号键盘`: the phone group asked for to dial is the call permission too.
  if (h.id === PHONE_STATE_ID && PHONE_GROUP.test(text.slice(h.start, h.end).trim()) && DIALS.test(text.slice(Math.max(0, h.start - PAIR_WRITE_WINDOW), h.end + PAIR_WRITE_WINDOW))) return [h.id, CALL_PHONE_ID];
  if (!h.id || !(STORAGE_IDS as readonly string[]).includes(h.id)) return h.id ? [h.id] : [];
  const zh = isCjkText(text.slice(h.start, h.end));
  const tail = text.slice(h.end, Math.max(h.end, chainEnd) + (zh ? NOUN_WINDOW_ZH : NOUN_WINDOW_EN));
  const head = before(text, h.start, zh ? 8 : 24);
  const own = text.slice(h.start, h.end);
  if (STORAGE_BOTH.test(tail) || STORAGE_BOTH.test(head) || STORAGE_BOTH.test(own)) return [...STORAGE_IDS];
  if (h.id === STORAGE_IDS[0] && (STORAGE_GROUP.test(own.trim()) || STORAGE_GLOSS.test(text.slice(h.end, h.end + 6)))) return [...STORAGE_IDS];
  const writeAround = STORAGE_WRITE.test(after(text, h.end, zh ? NOUN_WINDOW_ZH : NOUN_WINDOW_EN)) || STORAGE_WRITE.test(before(text, h.start, zh ? 6 : 24));
  if (h.id === STORAGE_IDS[0] && writeAround) return [STORAGE_IDS[1]];
  return [h.id];
}

/**
 * Contacts, calendar, call log: named as read and written (`通讯录读/写权限`), or with what
 * writing does right after (`日历权限，以开启…新建/修改/删除`), the read permission and the write one.
 */
function pairIds(text: string, h: Hit, chainEnd: number, write: string): string[] {
  const zh = isCjkText(text.slice(h.start, h.end));
  if (WRITE_ONLY_BEFORE.test(text.slice(Math.max(0, h.start - WRITE_ONLY_WINDOW), h.start))) return [write];
  const tail = text.slice(h.end, Math.max(h.end, chainEnd) + (zh ? NOUN_WINDOW_ZH : NOUN_WINDOW_EN));
  const own = text.slice(h.start, h.end);
  if (STORAGE_BOTH.test(tail) || STORAGE_BOTH.test(own)) return [h.id!, write];
  const sentenceAfter = text.slice(h.end, h.end + PAIR_WRITE_WINDOW).split(/[。；;.!?！？\n]/)[0]!;
  return PAIR_WRITE.test(sentenceAfter) ? [h.id!, write] : [h.id!];
}

/**
 * Where a list entry's head ends: at a colon close to its start (`基于相机的功能：`), else after
 * the names it starts with (`相机、麦克风权限，用于…`); an entry that starts with other words has none.
 */
function itemHead(text: string, textStart: number, known: readonly Hit[]): { end: number; colon: boolean } {
  const max = CJK.test(text.slice(textStart, textStart + 4)) ? ITEM_HEAD_MAX : ITEM_HEAD_MAX_EN;
  const colon = ITEM_HEAD_END.exec(text.slice(textStart, textStart + max + 1));
  if (colon) return { end: textStart + colon.index, colon: true };
  const lead = chains(text, known)[0] ?? [];
  if (lead.length && /^[\s[【("“'‘]*$/.test(text.slice(textStart, lead[0]!.start))) return { end: lead[lead.length - 1]!.end, colon: false };
  return { end: textStart, colon: false };
}

/** The id on the platform the context names. */
function onPlatform(id: string, platform: 'android' | 'ios' | undefined): string {
  return platform === 'ios' ? (IOS_EQUIVALENT[id] ?? id) : id;
}

interface Collected {
  entry?: PermissionEntry;
  appDefined: boolean;
  label: string;
  evidence: Evidence[];
  purposes: string[];
  scenarios: string[];
  /** `paragraph:start` of every mention already in `evidence`. */
  seen: Set<string>;
}

/**
 * Purposes and scenarios of prose names from their sentences (prose-purpose.ts), one reading per
 * enumeration: "camera and microphone permissions to make calls" is what both are for.
 */
function sentenceDetails(doc: PolicyDocument, p: number, taken: readonly Hit[]): Map<Hit, ProsePurpose> {
  const out = new Map<Hit, ProsePurpose>();
  if (taken.length === 0) return out;
  const text = doc.paragraphs[p]!.text;
  const spans = doc.sentences(p);
  const groups = chains(text, taken);
  for (let g = 0; g < groups.length; g++) {
    const group = groups[g]!;
    const first = group[0]!;
    const last = group[group.length - 1]!;
    const [s0, s1] = sentenceAt(spans, first.start);
    const next = groups[g + 1]?.[0];
    const until = next && next.start < s1 ? next.start : s1;
    const found = prosePurpose(text.slice(s0, s1), first.start - s0, last.end - s0, until - s0, isCjkText(text.slice(first.start, last.end)));
    for (const h of group) {
      const gloss = glossPurpose(text.slice(h.end, h.end + GLOSS_WINDOW));
      if (gloss) out.set(h, { purposes: [gloss], scenarios: found.scenarios });
      else if (found.purposes.length || found.scenarios.length) out.set(h, found);
    }
  }
  return out;
}

export function extractPermissions(doc: PolicyDocument): { permissions: PermissionFinding[]; unresolved: UnresolvedPermission[] } {
  const index = codeIndexOf(doc);
  const hits = doc.paragraphs.map((p) => hitsOf(doc, index, p.index));
  const roles = paragraphRoles(doc, (p) => hits[p]!);
  const found = new Map<string, Collected>();
  const unresolved: UnresolvedPermission[] = [];

  const HAS_WORDS = /[A-Za-z\u4e00-\u9fff]/;
  const add = (p: number, h: Hit, ids: string[], details?: { purposes: string[]; scenarios: string[] }): void => {
    const spans = doc.sentences(p);
    // Purposes as the policy writes them, from the row itself or the lines under it.
    const from = [p, ...(roles[p]!.body ?? [])];
    const written = (s: string): string => {
      for (const q of from) {
        const w = doc.asWritten(q, s);
        if (w !== s || doc.paragraphs[q]!.text.includes(s)) return w;
      }
      return s;
    };
    for (const id of ids) {
      let c = found.get(id);
      if (!c) {
        const entry = doc.lexicons.entries.permissions.get(id) ?? index.entry(id);
        const template = entry ? undefined : index.resolveId(id).entry;
        c = { ...(entry ? { entry } : {}), appDefined: !entry, label: entry?.label.en ?? template?.label.en ?? id.slice(id.lastIndexOf('.') + 1), evidence: [], purposes: [], scenarios: [], seen: new Set() };
        found.set(id, c);
      }
      const key = `${p}:${h.start}`;
      if (!c.seen.has(key)) {
        c.seen.add(key);
        c.evidence.push(doc.evidence(p, h.start, h.end, sentenceAt(spans, h.start)));
      }
      // A purpose is words: a stray "." or "、" left by a list's layout is not one.
      for (const s of details?.purposes ?? []) {
        const w = withoutRefusal(written(s));
        if (HAS_WORDS.test(w) && !c.purposes.includes(w)) c.purposes.push(w);
      }
      for (const s of details?.scenarios ?? []) {
        const w = written(s);
        if (!c.scenarios.includes(w)) c.scenarios.push(w);
      }
    }
  };

  /** What a paragraph says of platforms as a whole, read once per paragraph (not per name in it). */
  const sayings = new Map<number, { iosOnly: boolean; both: boolean }>();
  const sayingsOf = (p: number, text: string) => {
    let x = sayings.get(p);
    if (!x) {
      const android = BOTH_PLATFORMS_ANDROID.test(text);
      sayings.set(p, (x = { iosOnly: !android && IOS_ONLY.test(text), both: android && BOTH_PLATFORMS_IOS.test(text) }));
    }
    return x;
  };
  const platformAt = (p: number, text: string, h: Hit, role: ParagraphRole): 'android' | 'ios' | undefined =>
    IOS_PREFIX.test(text.slice(Math.max(0, h.start - 8), h.start)) || IOS_BRACKET_AFTER.test(text.slice(h.end, h.end + 20)) ? 'ios' : role.platform ?? (sayingsOf(p, text).iosOnly || iosSentence(p, text, h) ? 'ios' : undefined);
  const iosConditionIn = new Map<number, boolean>();
  /** `如果您使用iOS设备…，您也可以…访问蓝牙`: a sentence for iOS users only names iOS keys. */
  const iosSentence = (p: number, text: string, h: Hit): boolean => {
    // `…相机权限，iOS设备还可能获取相册权限`: a clause whose subject is iOS devices.
    if (IOS_SUBJECT_CLAUSE.test(before(text, h.start, IOS_CLAUSE_WINDOW))) return true;
    // Asked once per paragraph, not once per name: a paragraph may hold thousands of names.
    let anyCondition = iosConditionIn.get(p);
    if (anyCondition === undefined) iosConditionIn.set(p, (anyCondition = IOS_CONDITION.test(text)));
    if (!anyCondition) return false;
    const [s, e] = sentenceAt(doc.sentences(p), h.start);
    const sentence = text.slice(s, e);
    return IOS_CONDITION.test(sentence) && !BOTH_PLATFORMS_ANDROID.test(sentence);
  };

  for (const para of doc.paragraphs) {
    const p = para.index;
    const role = roles[p]!;
    const text = para.text;
    const ph = hits[p]!;
    if (role.kind === 'body') continue;
    if (role.kind === 'record') {
      // The row's permission is the leading name (and any names joined to it); the rest is its description.
      const nameEnd = role.nameEnd ?? text.length;
      const lead = chains(text, ph.filter((h) => h.start >= role.textStart && h.start < nameEnd), true)[0] ?? [];
      if (lead.length === 0 && role.nameEnd !== undefined) {
        // A row of a permission table whose name cell names nothing known.
        const name = text.slice(role.textStart, nameEnd).trim();
        if (name && name.length <= UNRESOLVED_MAX) unresolved.push({ text: name, evidence: [doc.evidence(p, text.indexOf(name, role.textStart), text.indexOf(name, role.textStart) + name.length)] });
        continue;
      }
      const chainEnd = lead[lead.length - 1]?.end ?? role.textStart;
      const details = recordDetails(text.slice(role.detailsFrom ?? chainEnd, role.detailsTo ?? text.length), (role.body ?? []).map((q) => doc.paragraphs[q]!.text));
      for (const h of lead) {
        if (!h.id) {
          unresolved.push({ text: h.form, evidence: [doc.evidence(p, h.start, h.end)] });
          continue;
        }
        add(p, h, storageIds(text, h, chainEnd).map((id) => onPlatform(id, platformAt(p, text, h, role))), details);
      }
      continue;
    }
    if (role.kind === 'item') {
      const own = ph.filter((h) => h.start >= role.textStart);
      const details = role.body?.length ? recordDetails('', role.body.map((q) => doc.paragraphs[q]!.text)) : undefined;
      const known = own.filter((h) => h.id);
      if (known.length === 0) {
        const itemText = text.slice(role.textStart).replace(/[\s;；,，。.]+$/, '');
        if (role.permissionList && itemText.length > 0 && itemText.length <= UNRESOLVED_MAX && !GENERIC_ITEM.test(itemText)) {
          const lead = itemText.length - itemText.trimStart().length;
          unresolved.push({ text: itemText.trim(), evidence: [doc.evidence(p, role.textStart + lead, role.textStart + itemText.length)] });
        }
        continue;
      }
      // Past its head (`4）基于相机的功能：…`), an entry of a list not introduced as permissions is
      // prose: `如您不想接收APP发送的消息通知，可以…` names notifications without asking for them.
      const head = itemHead(text, role.textStart, known);
      // In a list introduced as permissions the whole entry counts, unless its head names
      // something else (`华为推送SDK：为了向您推送消息通知…` is an SDK's entry).
      const wholeEntry = role.permissionList && !(head.colon && !known.some((h) => h.start < head.end));
      const headEnd = wholeEntry ? text.length : head.end;
      const taken = [...known.filter((h) => h.start < headEnd), ...proseHits(doc, p, known.filter((h) => h.start >= headEnd))];
      const chainEnd = known[known.length - 1]!.end;
      // An entry with no purpose lines of its own says in its sentence what its names are for.
      const inline = details?.purposes.length ? undefined : sentenceDetails(doc, p, taken);
      for (const h of taken) add(p, h, storageIds(text, h, chainEnd).map((id) => onPlatform(id, platformAt(p, text, h, role))), inline?.get(h) ?? details);
      continue;
    }
    const prose = proseHits(doc, p, ph);
    const proseDetails = sentenceDetails(doc, p, prose);
    for (const h of prose) {
      // `android.permission.CAMERA（相机）：用于扫码` — a written name followed by its purpose.
      // `Android-存储/ iOS-照片：提供…` — platform-prefixed names, then their purpose.
      const prefixed = !h.strong && PLATFORM_PREFIX.test(text.slice(Math.max(0, h.start - PREFIX_WINDOW), h.start));
      const purpose = h.strong ? CODE_PURPOSE.exec(text.slice(h.end, h.end + 240)) : prefixed ? LISTED_PURPOSE.exec(text.slice(h.end, h.end + 280)) : null;
      const details = purpose ? { purposes: [purpose[1]!.trim()], scenarios: [] } : proseDetails.get(h);
      const ids = storageIds(text, h, h.end);
      const platform = platformAt(p, text, h, role);
      add(p, h, ids.map((id) => onPlatform(id, platform)), details);
      // `如您是iOS系统…如您是安卓系统`: a name in words, in a paragraph for users of both
      // systems, is the permission on both.
      if (!platform && !CODE_FORM.test(text.slice(h.start, h.end)) && sayingsOf(p, text).both) add(p, h, ids.map((id) => onPlatform(id, 'ios')), details);
    }
  }

  const permissions: PermissionFinding[] = [];
  for (const [id, c] of found) {
    const e = c.entry;
    permissions.push({
      id,
      platform: e?.platform ?? (id.startsWith('NS') || id.startsWith('ios.') ? 'ios' : 'android'),
      ...(e?.protectionLevel ? { protectionLevel: e.protectionLevel } : c.appDefined ? { protectionLevel: 'app' as const } : {}),
      label: c.label,
      ...(e?.label.zh ? { labelZh: e.label.zh } : {}),
      purposes: c.purposes,
      scenarios: c.scenarios,
      evidence: c.evidence,
    });
  }
  permissions.sort((a, b) => a.evidence[0]!.start - b.evidence[0]!.start);
  unresolved.sort((a, b) => a.evidence[0]!.start - b.evidence[0]!.start);
  return { permissions, unresolved };
}
