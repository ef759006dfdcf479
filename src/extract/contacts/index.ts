/**
 * Contact channels the policy gives for itself: emails, phone numbers, its own web
 * addresses, postal addresses, plus the regulator channels it points to (flagged in
 * `regulators`, and still listed among urls / phones, since the policy gives them as ways to
 * complain). Third-party links (SDK privacy policies, cookie guides) are left out.
 * One scan per paragraph with bounded regexes.
 */
import type { PolicyDocument } from '../../document.js';
import type { ContactsFinding, Evidence, PhoneContact } from '../../types.js';
import {
  ADDRESS_FOLLOWS,
  ADDRESS_LABEL,
  ADDRESS_WORDS,
  BARE_ADDRESS,
  COMPLAINT_CUE,
  HOTLINE_CUE,
  NOT_ADDRESS_LABEL,
  NOT_PHONE_CUE,
  PHONE_CUE,
  DEVELOPER_HOST,
  REFERENCE_HOSTS,
  REGULATOR_HOSTS,
  REGULATOR_PHONES,
} from './data.js';
import { sentenceAt } from '../../ingest/sentences.js';

// `name@host .com`: a stray space before a common top-level domain stays inside the address.
const EMAIL = /[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,6}(?: \.(?:com|cn|net|org|io|edu|gov|co|hk|tw|jp|uk|de|fr)\b)?/g;
/**
 * The word before an address glued onto it by a lost space: "email us atprivacy@example.com",
 * "Emailprivacy@example.com". Only words that introduce an address, and only where what stays
 * reads as an address on its own: "at" and "to" after the verb or pronoun they follow, a
 * capitalised "Email" / "Contact" before a lower-case mailbox. "atlas@example.com" stays.
 */
const GLUED_LEAD_WORD = /^(?:at|to|via)(?=[a-z0-9])/;
const GLUED_LEAD_CONTEXT = /\b(?:us|me|it|them|him|her|email|e-mail|mail|write|contact|reach|emailing|writing)\s+$/i;
const GLUED_CAPITAL_WORD = /^(?:E-?mail|Mail|Contact)(?=[a-z0-9])/;

/** Characters of the address that are the word before it, or 0. */
function gluedLead(text: string, at: number, address: string): number {
  const word = GLUED_CAPITAL_WORD.exec(address)?.[0] ?? (GLUED_LEAD_CONTEXT.test(text.slice(Math.max(0, at - 16), at)) ? GLUED_LEAD_WORD.exec(address)?.[0] : undefined);
  // A local part that is nothing but the word ("at@example.com") is an address of its own.
  return word && address.indexOf('@') > word.length ? word.length : 0;
}

/**
 * A regulator's site written without scheme or www (`ico.org.uk`, `cac.gov.cn/…`): policies
 * name these bare, and no other bare host is taken for a link.
 */
const BARE_REGULATOR = new RegExp(`(?<![\\w.@/-])(?:${REGULATOR_HOSTS.map((h) => h.replace(/\./g, '\\.')).join('|')})(?:/[^\\s<>"'“”‘’()\\[\\]{}【】《》,，。；;、\\u3000-\\u9fff\\uff00-\\uffef]{0,200})?(?![\\w-])`, 'gi');

/** Chinese text often runs straight on after a link, so CJK characters end it. */
const URL = /\b(?:https?:\/\/|www\.)[^\s<>"'“”‘’()[\]{}【】《》,，。；;、\u3000-\u9fff\uff00-\uffef]{1,400}/gi;
/** Digit groups joined by single spaces or hyphens, optionally with +country code / (area code). */
// `+86(0)10 6253 1234` (a one-digit trunk prefix in brackets), `1-800-555-0100` (a one-digit first group).
const PHONE = /(?<![\w@/.+-])(?:\+ ?\d{1,3}[ -]?)?(?:\(\d{1,5}\) ?)?\d{1,12}(?:(?: {0,2}- {0,2}| )\d{1,12}){0,5}(?![\d@])/g;
/** Words right before a link that present it as the policy's own site. */
// `…客户端应用程序、官方网站（https://…）`: a bare 官方网站 as an item of the policy's own list of
// its services (another's is named: `MobTech官网(…)`, `其官网`).
const OWN_SITE_CUE = /(?:我们的|本公司|our|official) ?(?:官网|官方网站|网站|website|web site|site)|(?:通过|访问|登录|登陆|visit|at) ?(?:我们的)?官(?:网|方网站)|[、，,；;：:] ?官(?:方网站|网) ?[(（:：] ?$/i;
const MAX_ADDRESS = 240;
const THIRD_PARTY_CUE = /SDK|第三方|third[- ]party|合作伙伴|partner/i;

interface Span {
  start: number;
  end: number;
}

function overlaps(spans: readonly Span[], start: number, end: number): boolean {
  return spans.some((s) => s.start < end && start < s.end);
}

/** `www.qacctv.com/a` → `qacctv.com`. */
function hostOf(url: string): string {
  return url.replace(/^https?:\/\//i, '').replace(/^www\./i, '').split(/[/?#:]/)[0]!.toLowerCase();
}

/** Registrable domain: last two labels, three for `com.cn`-style second levels. */
function registrable(host: string): string {
  const parts = host.split('.');
  const n = /^(?:com|net|org|gov|edu|co)$/.test(parts[parts.length - 2] ?? '') && parts.length > 2 ? 3 : 2;
  return parts.slice(-n).join('.');
}

function hostIn(host: string, list: readonly string[]): boolean {
  return list.some((h) => host === h || host.endsWith(`.${h}`));
}

/** Digits of a phone candidate, or null when its shape is not a phone number here. */
function phoneDigits(raw: string, cued: boolean): string | null {
  let digits = raw.replace(/\D/g, '');
  if (raw.startsWith('+')) {
    if (digits.startsWith('86')) digits = digits.slice(2);
    else return digits.length >= 8 && digits.length <= 15 ? digits : null;
    if (/^[1-9]\d{9,10}$/.test(digits) && !digits.startsWith('1')) digits = `0${digits}`;
  }
  const grouped = /[ -]/.test(raw.trim());
  if (/^[48]00\d{7}$/.test(digits)) return digits;
  // A landline with an extension: "028-85437733-9".
  const groups = raw.split(/ {0,2}- {0,2}| /).filter(Boolean);
  if (groups.length >= 3 && groups[groups.length - 1]!.length <= 4) {
    const head = groups.slice(0, -1).join('');
    if (/^0\d{9,11}$/.test(head) || /^[48]00\d{7}$/.test(head)) return head;
  }
  if (/^0\d{9,11}$/.test(digits) && (grouped || cued)) return digits;
  if (cued && /^1[3-9]\d{9}$/.test(digits)) return digits;
  if (cued && /^(?:9[56]\d{3}|1\d{4})$/.test(digits)) return digits;
  if (cued && /^1?8(?:00|88|77|66|55|44|33)\d{7}$/.test(digits)) return digits;
  if (cued && digits.length >= 7 && digits.length <= 12 && !/^(?:19|20)\d{6}$/.test(digits)) return digits;
  return null;
}

export function extractContacts(doc: PolicyDocument): ContactsFinding {
  const emails = new Map<string, string>();
  const urls = new Map<string, string>();
  const phones = new Map<string, PhoneContact & { kinds: Set<PhoneContact['kind']> }>();
  const regulators: string[] = [];
  const addresses: string[] = [];
  const evidence: Evidence[] = [];
  const paras = doc.paragraphs;

  // Emails first: their domains tell which sites are the policy's own.
  const emailSpans: Span[][] = paras.map(() => []);
  for (const para of paras) {
    EMAIL.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = EMAIL.exec(para.text))) {
      const lead = gluedLead(para.text, m.index, m[0]);
      const start = m.index + lead;
      const written = m[0].slice(lead).replace(/[.-]+$/, '');
      let value = written.replace(' ', '');
      if (!/\.[A-Za-z]{2,}$/.test(value)) continue;
      emailSpans[para.index]!.push({ start, end: start + written.length });
      const key = value.toLowerCase();
      if (!emails.has(key)) emails.set(key, value);
      evidence.push(doc.evidence(para.index, start, start + written.length, sentenceAt(doc.sentences(para.index), start)));
      value = '';
    }
  }
  const ownDomains = new Set([...emails.keys()].map((e) => registrable(e.slice(e.indexOf('@') + 1))));

  for (const para of paras) {
    const text = para.text;
    const spans = doc.sentences(para.index);
    const masked: Span[] = [...emailSpans[para.index]!];

    URL.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = URL.exec(text))) {
      const value = m[0].replace(/[.,:;!?'"\-]+$/, '');
      const start = m.index;
      const end = start + value.length;
      masked.push({ start, end });
      const host = hostOf(value);
      if (!host.includes('.') || hostIn(host, REFERENCE_HOSTS) || (DEVELOPER_HOST.test(host) && !ownDomains.has(registrable(host)))) continue;
      const regulator = hostIn(host, REGULATOR_HOSTS);
      if (!regulator && !ownDomains.has(registrable(host)) && isThirdPartyLink(doc, para.index, start)) continue;
      if (regulator && !regulators.includes(value)) regulators.push(value);
      const key = value.toLowerCase().replace(/\/+$/, '');
      if (!urls.has(key)) urls.set(key, value);
      evidence.push(doc.evidence(para.index, start, end, sentenceAt(spans, start)));
    }

    BARE_REGULATOR.lastIndex = 0;
    while ((m = BARE_REGULATOR.exec(text))) {
      const value = m[0].replace(/[.,:;!?'"\-]+$/, '');
      if (overlaps(masked, m.index, m.index + value.length)) continue;
      masked.push({ start: m.index, end: m.index + value.length });
      if (!regulators.includes(value)) regulators.push(value);
      const key = value.toLowerCase().replace(/\/+$/, '');
      if (!urls.has(key)) urls.set(key, value);
      evidence.push(doc.evidence(para.index, m.index, m.index + value.length, sentenceAt(spans, m.index)));
    }

    PHONE.lastIndex = 0;
    while ((m = PHONE.exec(text))) {
      const raw = m[0].trim();
      const start = m.index;
      const end = start + raw.length;
      if (overlaps(masked, start, end)) continue;
      const before = text.slice(Math.max(0, start - 24), start);
      if (NOT_PHONE_CUE.test(before)) continue;
      const digits = phoneDigits(raw, PHONE_CUE.test(before));
      if (!digits) continue;
      const sentence = sentenceAt(spans, start);
      const context = text.slice(Math.max(sentence[0], start - 80), start);
      const kind: PhoneContact['kind'] = digits in REGULATOR_PHONES
        ? 'regulator'
        : HOTLINE_CUE.test(context) ? 'hotline' : COMPLAINT_CUE.test(context) ? 'complaint' : 'other';
      let entry = phones.get(digits);
      if (!entry) phones.set(digits, (entry = { text: raw, digits, kind, kinds: new Set() }));
      entry.kinds.add(kind);
      if (kind === 'regulator' && !regulators.includes(digits)) regulators.push(digits);
      evidence.push(doc.evidence(para.index, start, end, sentence));
    }
  }

  findAddresses(doc, addresses, evidence);

  const phoneDetails: PhoneContact[] = [...phones.values()].map(({ kinds, ...p }) => ({
    ...p,
    kind: kinds.has('regulator') ? 'regulator' : kinds.has('hotline') ? 'hotline' : kinds.has('complaint') ? 'complaint' : 'other',
  }));
  evidence.sort((a, b) => a.start - b.start);
  return {
    emails: [...emails.values()],
    phones: phoneDetails.map((p) => p.digits),
    phoneDetails,
    urls: [...urls.values()],
    regulators,
    addresses,
    evidence,
  };
}

/**
 * A link is a third party's when it is not introduced as the policy's own site and the
 * record it sits in (this paragraph or the few before it: SDK records span several lines)
 * names an SDK or a third party.
 */
function isThirdPartyLink(doc: PolicyDocument, p: number, at: number): boolean {
  const text = doc.paragraphs[p]!.text;
  if (OWN_SITE_CUE.test(text.slice(Math.max(0, at - 16), at))) return false;
  if (THIRD_PARTY_CUE.test(text)) return true;
  for (let q = p - 1; q >= Math.max(0, p - 12); q--) {
    const prev = doc.paragraphs[q]!;
    if (THIRD_PARTY_CUE.test(prev.text)) return true;
    if (prev.heading && !/SDK|名称|name/i.test(prev.text)) break;
  }
  return false;
}

/** Postal addresses: after a label ("通讯地址:", "Address:"), on the line after "the following address:", or a bare address line in the contact section. */
function findAddresses(doc: PolicyDocument, out: string[], evidence: Evidence[]): void {
  const paras = doc.paragraphs;
  const add = (p: number, start: number, end: number, continued?: { p: number; end: number }): void => {
    let value = paras[p]!.text.slice(start, end).trim();
    if (continued) value = `${value} ${paras[continued.p]!.text.slice(0, continued.end).trim()}`;
    value = value.replace(/[.。;；]+$/, '');
    if (value.length < 6 || value.length > MAX_ADDRESS || !ADDRESS_WORDS.test(value)) return;
    if (!out.includes(value)) out.push(value);
    evidence.push(doc.evidence(p, start, end));
    if (continued) evidence.push(doc.evidence(continued.p, 0, continued.end));
  };
  for (let i = 0; i < paras.length; i++) {
    const para = paras[i]!;
    const text = para.text;
    ADDRESS_LABEL.lastIndex = 0;
    let m: RegExpExecArray | null;
    let found = false;
    while ((m = ADDRESS_LABEL.exec(text))) {
      if (NOT_ADDRESS_LABEL.test(text.slice(Math.max(0, m.index - 10), m.index))) continue;
      let start = m.index + m[0].length;
      while (text[start] === ' ') start++;
      const zh = /[\u4e00-\u9fff]/.test(text[start] ?? '');
      // An address is a line at most: look for its end within a bounded window only.
      const window = text.slice(start, start + MAX_ADDRESS);
      const s = (zh ? /[,;。；]/ : /[;。；]|\. /).exec(window);
      const end = s ? start + s.index : start + window.length;
      if (!s && start + window.length < text.length) continue;
      if (end <= start) continue;
      // A wrapped English address: the line ends on a comma and the next line finishes it.
      const next = paras[i + 1];
      const wraps = !zh && end === text.length && /,\s*$/.test(text) && next && next.text.length < 120 && ADDRESS_WORDS.test(next.text);
      add(i, start, end, wraps ? { p: i + 1, end: next!.text.length } : undefined);
      found = true;
    }
    if (found) continue;
    const next = paras[i + 1];
    if (next && ADDRESS_FOLLOWS.test(text) && next.text.length < 240) add(i + 1, 0, next.text.length);
    else if (BARE_ADDRESS.test(text) && text.length < 240 && doc.categoriesOf(i).includes('contact')) add(i, 0, text.length);
  }
}
