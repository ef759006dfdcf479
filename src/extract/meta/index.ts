/**
 * Policy metadata: who the controller is (company names in both languages, one controller
 * named in Chinese and in English kept as one group), which products the policy covers,
 * and when it was last updated and takes effect.
 *
 * Dates: a labelled date ("更新日期:2022年10月", "Revised date: June 1, 2019") beats a date
 * in prose ("本政策于2023年5月1日起生效"); among equals the first in the text wins (the
 * heading block comes before a signature date). Dates said of a law are skipped.
 */
import type { PolicyDocument, ParagraphView } from '../../document.js';
import type { Evidence, PolicyMeta } from '../../types.js';
import { findDates } from '../common/dates.js';
import {
  ALIAS_CUE,
  WE_ALIAS,
  EFFECTIVE_CUE,
  FIRST_VERSION_CUE,
  EN_COMPANY_SUFFIX,
  EN_NAME_CONNECTORS,
  GENERIC_ALIASES,
  LAW_CONTEXT,
  POLICY_REFERENCE,
  PRODUCT_STOP,
  UPDATED_CUE,
  ZH_COMPANY_SUFFIX,
  ZH_GENERIC_NAME,
  ZH_ROLE_PREFIX,
  ZH_NAME_STOP,
} from './data.js';
import { sentenceAt } from '../../ingest/sentences.js';

interface DateCandidate {
  value: string;
  rank: number;
  evidence: Evidence;
}

interface CompanyMention {
  name: string;
  lang: 'zh' | 'en';
  paragraph: number;
  start: number;
  end: number;
  aliases: string[];
  /** The mention defines how the policy refers to the company ("hereinafter 'we'"). */
  defining: boolean;
}

/** How many paragraphs at each end of the policy count as its header and footer. */
const EDGE = 6;

export function extractMeta(doc: PolicyDocument): PolicyMeta {
  const evidence: Evidence[] = [];
  const { updated, effective } = findPolicyDates(doc);
  for (const d of [updated, effective]) if (d) evidence.push(d.evidence);

  const { groups, mentions } = findControllers(doc);
  for (const m of mentions) evidence.push(doc.evidence(m.paragraph, m.start, m.end));

  const products = findProducts(doc, evidence);
  evidence.sort((a, b) => a.start - b.start);
  const meta: PolicyMeta = { controllers: groups.flat(), products, evidence };
  if (groups.length) meta.controllerGroups = groups;
  if (updated) meta.updated = updated.value;
  if (effective) meta.effective = effective.value;
  return meta;
}

// ---------------------------------------------------------------- dates

/** Characters on each side of a date that can say what the date is of. */
const CONTEXT_WINDOW = 200;

function findPolicyDates(doc: PolicyDocument): { updated?: DateCandidate; effective?: DateCandidate } {
  let updated: DateCandidate | undefined;
  let effective: DateCandidate | undefined;
  const n = doc.paragraphs.length;
  for (const para of doc.paragraphs) {
    const dates = findDates(para.text);
    if (dates.length === 0) continue;
    const spans = doc.sentences(para.index);
    const atEdge = para.index < EDGE || para.index >= n - EDGE;
    let prevEnd = 0;
    for (const d of dates) {
      const sentence = sentenceAt(spans, d.start);
      const from = Math.max(sentence[0], prevEnd, d.start - 50);
      prevEnd = d.end;
      const label = para.text.slice(from, d.start);
      const after = para.text.slice(d.end, Math.min(sentence[1], d.end + 8));
      if (LAW_CONTEXT.test(label)) continue;
      let isUpdated = UPDATED_CUE.test(label) && !FIRST_VERSION_CUE.test(label);
      let isEffective = EFFECTIVE_CUE.test(label);
      // A label right before the date ("...Date: ", "更新日期:") ranks first; a cue after the
      // date ("2023年5月1日起生效") or a looser one counts when it is said of the policy.
      let rank = /(?:date|日期|时间|on|于|:|：)\s{0,2}$/i.test(label) && (isUpdated || isEffective) ? 0 : 1;
      if (!isUpdated && !isEffective) {
        isUpdated = /^\s{0,2}(?:起)?(?:更新|修订|发布)/.test(after);
        isEffective = /^\s{0,2}(?:起)?(?:生效|施行|实施|正式生效)/.test(after);
      }
      if (!isUpdated && !isEffective) continue;
      // The sentence around the date, bounded: a paragraph with no sentence end must not make
      // every date read the whole paragraph again.
      const around = para.text.slice(Math.max(sentence[0], d.start - CONTEXT_WINDOW), Math.min(sentence[1], d.end + CONTEXT_WINDOW));
      if (rank === 1 && !atEdge && !POLICY_REFERENCE.test(around)) continue;
      if (rank === 1 && LAW_CONTEXT.test(para.text.slice(Math.max(sentence[0], d.start - CONTEXT_WINDOW), d.start))) continue;
      const candidate: DateCandidate = { value: d.value, rank, evidence: doc.evidence(para.index, d.start, d.end, sentence) };
      if (isUpdated && (!updated || rank < updated.rank)) updated = candidate;
      if (isEffective && (!effective || rank < effective.rank)) effective = candidate;
    }
  }
  return { updated, effective };
}

// ---------------------------------------------------------------- controllers

/** Words right before a company name that make it the policy's operator. */
const OPERATOR_BEFORE = /(?:运营者|运营主体|运营方|经营者|服务提供者|个人信息处理者|个人信息控制者)(?:的)?(?:基本信息)?(?:如下)?(?:为|是|即|系)?\s{0,2}[:：]?\s{0,2}$/;
const OPERATOR_WINDOW = 24;
/** "我们的主要运营公司基本情况如下：（1）甲公司…（2）乙公司": several operators, each one a controller. */
const OPERATOR_LIST = /(?:运营公司|运营主体|运营者|运营方|经营者|个人信息处理者)[^。；;]{0,12}(?:如下|包括|分别为|分别是)\s{0,2}[:：]/;
/** An item start of that list, right before a company name. */
const LIST_ITEM_BEFORE = /(?:[（(]\s{0,2}\d{1,2}\s{0,2}[)）]|\d{1,2}\s{0,2}[.、]|[:：；;])\s{0,2}$/;

function findControllers(doc: PolicyDocument): { groups: string[][]; mentions: CompanyMention[] } {
  const all: CompanyMention[] = [];
  for (const para of doc.paragraphs) {
    for (const m of companyNames(para)) all.push(m);
  }
  let chosen = all.filter((m) => m.defining);
  // Only a list of two or more: one name after 如下： is the single operator, read below.
  // Where each paragraph's operator-list cue is (-1: none), looked up once per paragraph:
  // a long line may name many companies.
  const cueAt = new Map<number, number>();
  const listed = all.filter((m) => {
    const text = doc.paragraphs[m.paragraph]!.text;
    let at = cueAt.get(m.paragraph);
    if (at === undefined) cueAt.set(m.paragraph, (at = OPERATOR_LIST.exec(text)?.index ?? -1));
    return at >= 0 && m.start > at && LIST_ITEM_BEFORE.test(text.slice(Math.max(0, m.start - 8), m.start));
  });
  const perParagraph = new Map<number, number>();
  for (const m of listed) perParagraph.set(m.paragraph, (perParagraph.get(m.paragraph) ?? 0) + 1);
  for (const m of listed) if (perParagraph.get(m.paragraph)! >= 2 && !chosen.includes(m)) chosen.push(m);
  // "得物的运营者上海识装信息科技有限公司", "主要运营主体的基本信息如下：上海宽娱…": the operator named outright.
  if (chosen.length === 0) chosen = all.filter((m) => OPERATOR_BEFORE.test(doc.paragraphs[m.paragraph]!.text.slice(Math.max(0, m.start - OPERATOR_WINDOW), m.start))).slice(0, 1);
  if (chosen.length === 0) {
    // No alias definition: the company named in the header, else in the contact block.
    const n = doc.paragraphs.length;
    chosen = all.filter((m) => m.paragraph < EDGE * 2);
    if (chosen.length === 0) chosen = all.filter((m) => doc.categoriesOf(m.paragraph).includes('contact') || m.paragraph >= n - EDGE);
    chosen = chosen.slice(0, 1);
  }
  // One group per distinct name; a bilingual policy names its controller once per language,
  // so the i-th Chinese name and the i-th English name are one controller.
  const zh: string[][] = [];
  const en: string[][] = [];
  const seen = new Set<string>();
  const mentions: CompanyMention[] = [];
  for (const m of chosen) {
    if (seen.has(m.name)) continue;
    seen.add(m.name);
    mentions.push(m);
    const group = [m.name, ...m.aliases.filter((a) => !seen.has(a))];
    for (const a of group) seen.add(a);
    (m.lang === 'zh' ? zh : en).push(group);
  }
  const groups: string[][] = [];
  const pairs = Math.max(zh.length, en.length);
  for (let i = 0; i < pairs; i++) groups.push([...(zh[i] ?? []), ...(en[i] ?? [])]);
  return { groups, mentions };
}

/** Company names in one paragraph, each read backwards from its legal-form suffix. */
function companyNames(para: ParagraphView): CompanyMention[] {
  const text = para.text;
  const out: CompanyMention[] = [];
  EN_COMPANY_SUFFIX.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = EN_COMPANY_SUFFIX.exec(text))) {
    const start = englishNameStart(text, m.index);
    if (start < 0) continue;
    out.push(mention(para, 'en', start, m.index + m[0].length));
  }
  ZH_COMPANY_SUFFIX.lastIndex = 0;
  while ((m = ZH_COMPANY_SUFFIX.exec(text))) {
    const start = chineseNameStart(text, m.index);
    if (m.index - start < 2) continue;
    const name = text.slice(start, m.index);
    // "服务提供者广州灵犀…有限公司", "哔哩哔哩指上海宽娱…": a role word before the name.
    const role = ZH_ROLE_PREFIX.exec(name);
    const from = role && name.length - role[0].length >= 4 ? start + role[0].length : start;
    // Generic only once the role word is off: "运营者上海识装…" names a company, "运营公司" none.
    if (ZH_GENERIC_NAME.test(text.slice(from, m.index))) continue;
    out.push(mention(para, 'zh', from, m.index + m[0].length));
  }
  return out.sort((a, b) => a.start - b.start);
}

function mention(para: ParagraphView, lang: 'zh' | 'en', start: number, end: number): CompanyMention {
  const text = para.text;
  const name = text.slice(start, end);
  // "X Co., Ltd. and its affiliates (hereinafter referred to as "Jooan")", "X有限公司及其关联公司(简称“我们”)".
  const after = text.slice(end, end + 160);
  const open = after.search(/[(（]/);
  const aliases: string[] = [];
  let defining = false;
  if (open >= 0 && open <= 30 && /^(?:\s|,|及其?关联(?:公司|方)|and (?:its|their) affiliates?)*[(（]/.test(after)) {
    const close = after.indexOf(')', open);
    const inside = after.slice(open + 1, close < 0 ? after.length : close);
    // A third party is also introduced with an alias ("以下简称“财付通”"): the controller's
    // definition names "we", or comes in the policy's opening paragraphs.
    if (ALIAS_CUE.test(inside) && (WE_ALIAS.test(inside) || para.index < EDGE * 2)) {
      defining = true;
      for (const q of inside.matchAll(/["“]([^"”]{1,24})["”]/g)) {
        const alias = q[1]!.trim();
        if (!GENERIC_ALIASES.test(alias) && alias !== name) aliases.push(alias);
      }
    }
  }
  return { name, lang, paragraph: para.index, start, end, aliases, defining };
}

/** Start of the capitalised words before an English suffix at `suffix`, or -1. */
function englishNameStart(text: string, suffix: number): number {
  let i = suffix;
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === ',')) i--;
  let start = -1;
  let words = 0;
  while (i > 0 && words < 8) {
    let j = i;
    while (j > 0 && /[\w&'’.()-]/.test(text[j - 1]!)) j--;
    const word = text.slice(j, i);
    if (!word) break;
    if (/^[A-Z(]/.test(word) || /^\d/.test(word)) start = j;
    else if (!EN_NAME_CONNECTORS.has(word)) break;
    words++;
    if (j === 0 || text[j - 1] !== ' ') break;
    i = j - 1;
  }
  if (start < 0) return -1;
  // Leading "The" belongs to the sentence, not the name.
  const lead = /^(?:The|This|Our|By|From|With|And)\s/.exec(text.slice(start));
  return lead ? start + lead[0].length : start;
}

/** Start of a Chinese company name ending before `suffix`: back to a stop character, 30 at most. */
function chineseNameStart(text: string, suffix: number): number {
  let i = suffix;
  const limit = Math.max(0, suffix - 30);
  while (i > limit) {
    const c = text[i - 1]!;
    if (c === ')' || c === '）') {
      // "腾讯科技(深圳)有限公司": a parenthesised place inside the name.
      const open = text.lastIndexOf('(', i - 1);
      if (open >= limit && i - 1 - open <= 5 && /^[\u4e00-\u9fff]{2,4}$/.test(text.slice(open + 1, i - 1))) {
        i = open;
        continue;
      }
      break;
    }
    if (ZH_NAME_STOP.test(c) || c === '(' || c === '（') break;
    i--;
  }
  return i;
}

// ---------------------------------------------------------------- products

const TITLE = /^(?:《)?(.{1,40}?)\s?(?:Application |App |APP |Mobile App )?(?:Privacy Policy|Privacy Notice|Privacy Statement|隐私政策|隐私保护政策|隐私权政策|个人信息保护政策|隐私保护指引)/;
const EN_APP = /\b((?:[A-Z][\w-]{1,20} ){1,3})(?:Mobile )?(?:APP|App|app)\b/g;
const EN_PLATFORM = /\b([A-Z][a-z]*[A-Z][A-Za-z0-9]{1,20}|[A-Z]{3,12}) platform\b/g;
const ZH_APP = /^([\u4e00-\u9fffA-Za-z0-9]{1,12})\s?是一款/;
const ZH_BOOK_APP = /《([^》]{1,20})》\s?(?:App|APP|app|客户端|软件|应用|产品|游戏)/g;

function findProducts(doc: PolicyDocument, evidence: Evidence[]): string[] {
  const out = new Map<string, string>();
  const add = (p: number, start: number, end: number): void => {
    const name = doc.paragraphs[p]!.text.slice(start, end).trim();
    const first = name.split(/\s/)[0]!.toLowerCase();
    if (!name || PRODUCT_STOP.has(first) || GENERIC_ALIASES.test(name)) return;
    // "Cococam Mobile App" is the product "Cococam" already named.
    const key = name.toLowerCase().replace(/(?:\s?mobile)?\s?(?:app|application)$/, '');
    if (!out.has(key)) out.set(key, name);
    evidence.push(doc.evidence(p, start, end));
  };
  const title = doc.paragraphs.find((p) => p.text.trim().length > 0);
  if (title && title.index < 3) {
    const m = TITLE.exec(title.text);
    if (m && m[1]!.trim() && !/^(?:the|our|this)$/i.test(m[1]!.trim())) add(title.index, m.index + (m[0].startsWith('《') ? 1 : 0), m.index + (m[0].startsWith('《') ? 1 : 0) + m[1]!.length);
  }
  for (const para of doc.paragraphs) {
    const text = para.text;
    let m: RegExpExecArray | null;
    EN_APP.lastIndex = 0;
    while ((m = EN_APP.exec(text))) add(para.index, m.index, m.index + m[0].length);
    EN_PLATFORM.lastIndex = 0;
    while ((m = EN_PLATFORM.exec(text))) if (!/^(?:SDK|API|APP|IOS|IOT)$/i.test(m[1]!)) add(para.index, m.index, m.index + m[1]!.length);
    ZH_BOOK_APP.lastIndex = 0;
    while ((m = ZH_BOOK_APP.exec(text))) add(para.index, m.index + 1, m.index + 1 + m[1]!.length);
    const zh = ZH_APP.exec(text);
    if (zh) add(para.index, 0, zh[1]!.length);
  }
  return [...out.values()];
}
