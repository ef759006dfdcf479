/**
 * Rights the user can exercise, with the steps or channel the policy gives (`how`).
 *
 * A mention of a right counts where the policy grants it: inside the rights section, or
 * anywhere in a sentence that says the user can / may / has the right to act ("you can
 * unsubscribe at any time", 您有权…). Weak forms — one English word or two Chinese characters
 * (access, delete, 删除) — are too common to trust alone, so they count only inside the rights
 * section or in a list of rights. A mention inside a negated clause ("you cannot access",
 * "you may not opt out") does not count.
 */
import type { PolicyDocument } from '../../document.js';
import { firstEndingAfter, type Match } from '../../lexicon/matcher.js';
import type { Evidence, RightFinding } from '../../types.js';
import { CONTEXT_ONLY_FORMS, DATA_OBJECT_EN, DATA_OBJECT_WINDOW, OBJECT_ONLY_FORMS, STANDALONE_FORMS, AGENCY_CUE, OTHER_SENSE, OWN_RIGHT_CUE, WORDED_RIGHTS, ARROW_PATH, BRACKETED_PATH, CLAUSE_BREAK, EMAIL, NEGATION_CUE, RIGHTS_LIST_AFTER, RIGHTS_LIST_CUE, UI_LABEL, UI_VERB } from './data.js';
import { sentenceAt } from '../../ingest/sentences.js';

type Lang = 'en' | 'zh';

/** One English word, at most two CJK characters, or a practice word; a word that names only a right is never weak. */
function isWeakForm(form: string): boolean {
  if (STANDALONE_FORMS.has(form)) return false;
  if (CONTEXT_ONLY_FORMS.has(form)) return true;
  if (/[\u4e00-\u9fff]/.test(form)) return form.length <= 2;
  return !/[\s-]/.test(form.trim());
}

/** The clause of `before` (sentence start up to the mention) that holds the mention. */
function lastClause(before: string): string {
  CLAUSE_BREAK.lastIndex = 0;
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = CLAUSE_BREAK.exec(before))) last = m.index + m[0].length;
  return before.slice(last);
}

/** A how-to in `text`: a menu path first, then clicked UI labels, then an email address. */
function findHow(text: string, lang: Lang): string | undefined {
  const path = BRACKETED_PATH.exec(text) ?? ARROW_PATH.exec(text);
  if (path) return path[0].trim();
  if (UI_VERB[lang].test(text)) {
    const labels: string[] = [];
    UI_LABEL.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = UI_LABEL.exec(text)) && labels.length < 6) labels.push(m[1]!.trim().replace(/[.。]$/, ''));
    if (labels.length) return labels.join(' > ');
  }
  return EMAIL.exec(text)?.[0];
}

interface Candidate {
  how: string;
  /** 0: the mention's sentence, 1: later in its paragraph, 2: the paragraphs it introduces. */
  rank: number;
}

/** The how-to nearest to a mention: its sentence, the rest of the paragraph, or the list it opens. */
function howFor(doc: PolicyDocument, p: number, sentence: readonly [number, number], lang: Lang): Candidate | undefined {
  const para = doc.paragraphs[p]!;
  const own = findHow(para.text.slice(sentence[0], sentence[1]), lang);
  if (own) return { how: own, rank: 0 };
  for (const [start, end] of doc.sentences(para.index)) {
    if (start < sentence[1]) continue;
    const later = findHow(para.text.slice(start, end), lang);
    if (later) return { how: later, rank: 1 };
  }
  // A heading or a sentence ending in a colon introduces the next paragraphs.
  if (para.heading || /[:：]\s*$/.test(para.text)) {
    for (let q = p + 1; q < Math.min(doc.paragraphs.length, p + 3); q++) {
      const next = doc.paragraphs[q]!;
      if (next.heading) break;
      const how = findHow(next.text, lang);
      if (how) return { how, rank: 2 };
      if (!/[:：]\s*$/.test(next.text)) break;
    }
  }
  return undefined;
}

/** Where a paragraph stands: in the rights section, a heading, an item of a list of what the user can do. */
interface Context {
  lang: Lang;
  inRightsSection: boolean;
  heading: boolean;
  /** A short line without sentence punctuation, the title of a list item ("(5) Automated decision-making", 1.访问和修改): reads like a heading. */
  titleLine: boolean;
  /** The paragraph is an item of a list introduced by "You can:" / 您可以: the intro's agency carries over. */
  granted: boolean;
}

/** How far back from a mention its clause and a rights-list cue are looked for. */
const MAX_LOOKBACK = 200;

function accepts(m: Match, text: string, sentence: readonly [number, number], ctx: Context, agency: () => boolean): boolean {
  const { lang } = ctx;
  const before = text.slice(Math.max(sentence[0], m.start - MAX_LOOKBACK), m.start);
  const word = text.slice(m.start, m.end);
  if (OTHER_SENSE.some((o) => o.word.test(word) && o.after.test(text.slice(m.end, m.end + 30)))) return false;
  const clause = lastClause(before);
  // The mention may hold the cue's end ("we reserve the right to delete" meets the form "right to delete").
  if (NEGATION_CUE[lang].test(clause) || OWN_RIGHT_CUE[lang].test(clause + text.slice(m.start, m.end))) return false;
  // A wording that grants the right (a conditional opt-out) says itself what the user can do.
  if (GRANTING.has(m)) return true;
  const listed = ctx.granted || RIGHTS_LIST_CUE[lang].test(before) || RIGHTS_LIST_AFTER[lang].test(text.slice(m.end, Math.min(sentence[1], m.end + MAX_LOOKBACK)));
  const ownsData = lang === 'en' && DATA_OBJECT_EN.test(text.slice(m.end, Math.min(sentence[1], m.end + DATA_OBJECT_WINDOW)));
  // Even as a heading in the rights section: "Changes" there is about the policy.
  if (OBJECT_ONLY_FORMS.has(m.form.toLowerCase()) && !ownsData) return false;
  if (isWeakForm(m.form) && !WORDED.has(m)) return listed || (ownsData && agency()) || (ctx.inRightsSection && (ctx.heading || (ctx.titleLine && opensTitle(text.slice(0, m.start))) || agency()));
  return listed || ctx.inRightsSection || agency();
}

/**
 * Rights named by a wording (WORDED_RIGHTS): opt-outs worded as a condition ("if you do not want
 * to receive such messages, you can ..."), requests to transfer data to another processor.
 */
function wordedMentions(text: string, lang: Lang, matches: readonly Match[], spans: readonly [number, number][]): Match[] {
  const out: Match[] = [];
  // The paragraph's lexicon matches of each right, in order, built on the first wording found.
  let ids: Map<string, Match[]> | null = null;
  const byId = (id: string): readonly Match[] => {
    if (!ids) {
      ids = new Map();
      for (const x of matches) {
        const list = ids.get(x.id);
        if (list) list.push(x);
        else ids.set(x.id, [x]);
      }
    }
    return ids.get(id) ?? [];
  };
  for (const w of WORDED_RIGHTS) {
    const re = w.re[lang];
    if (!re) continue;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      const start = m.index + m[0].indexOf(m[1]!);
      const end = start + m[1]!.length;
      if (w.unless?.test(m[1]!)) continue;
      // The sentence already names the right ("..., you can unsubscribe", 进行退订): one mention, not two.
      const [s0, s1] = sentenceAt(spans, start);
      // (A bare weak form there, `投诉`, does not count: the wording is what says it.)
      if (someOverlapping(byId(w.id), s0, s1, (x) => !(isWeakForm(x.form) && x.start >= start && x.end <= end))) continue;
      const match = { id: w.id, start, end, form: m[1]! };
      WORDED.add(match);
      if (w.grants) GRANTING.add(match);
      out.push(match);
    }
  }
  return out;
}

/** Whether a match overlapping [s0, s1) passes `test`, stopping at the first (see firstEndingAfter). Run over the matches of one id. */
function someOverlapping(ms: readonly Match[], s0: number, s1: number, test: (m: Match) => boolean): boolean {
  for (let k = firstEndingAfter(ms, s0); k < ms.length && ms[k]!.start < s1; k++) if (test(ms[k]!)) return true;
  return false;
}

/** The mentions wordedMentions made whose wording grants the right itself. */
const GRANTING = new WeakSet<Match>();
/** Every mention wordedMentions made: a wording is never a weak form, whatever its words. */
const WORDED = new WeakSet<Match>();

/** Longest title line: words (English) or characters (Chinese). */
const MAX_TITLE_WORDS = 12;
const MAX_TITLE_CJK = 30;

function isTitleLine(text: string, lang: Lang): boolean {
  const t = text.trim();
  if (/[.。;；:：,，!！?？、]$/.test(t) || /[.。;；!！?？]\s/.test(t)) return false;
  return lang === 'zh' ? t.length <= MAX_TITLE_CJK : t.length <= 100 && t.split(/\s+/).length <= MAX_TITLE_WORDS;
}

/**
 * A title line names a right where the right opens it: after its numbering, alone or after
 * other items joined by 、 / and / or ("(2) Delete", "Query and correct ...", 查询、更正…),
 * not inside a noun phrase ("List of Public Reviews").
 */
function opensTitle(before: string): boolean {
  const rest = before.replace(/^\s*(?:[(（]?(?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）]?[.、]?|[\u2460-\u2473])\s*/, '');
  return /^(?:[\p{L}-]+\s*(?:,|、|\/|\band\b|\bor\b|&|和|及|与)\s*){0,3}$/u.test(rest);
}

/** "You may exercise any of the following rights:" — an intro whose items inherit its agency. */
function isGrantingIntro(text: string, lang: Lang): boolean {
  return /[:：]\s*$/.test(text) && (AGENCY_CUE[lang].test(text) || RIGHTS_LIST_CUE[lang].test(text));
}

/** Items of a granting list: at most this many paragraphs, ending at the first that closes with a full stop. */
const MAX_LIST_ITEMS = 10;

/** Mentions of one right whose surroundings are searched for a how. */
const MAX_HOW_TRIES = 12;

export function extractRights(doc: PolicyDocument): RightFinding[] {
  const found = new Map<string, { evidence: Evidence[]; how?: Candidate; tries: number }>();
  let listLeft = 0;
  for (const para of doc.paragraphs) {
    const lang: Lang = para.lang === 'zh' || /[\u4e00-\u9fff]/.test(para.text) ? 'zh' : 'en';
    const granted = listLeft > 0 && !para.heading;
    listLeft = isGrantingIntro(para.text, lang) ? MAX_LIST_ITEMS : granted && !/[.。]\s*$/.test(para.text) ? listLeft - 1 : 0;
    const lexiconMatches = doc.matches('rights', para.index);
    const spans = doc.sentences(para.index);
    const worded = wordedMentions(para.text, lang, lexiconMatches, spans);
    const matches = worded.length ? [...lexiconMatches, ...worded].sort((a, b) => a.start - b.start) : lexiconMatches;
    if (matches.length === 0) continue;
    const ctx: Context = { lang, inRightsSection: doc.categoriesOf(para.index).includes('rights'), heading: para.heading, titleLine: isTitleLine(para.text, lang), granted };
    // Whether a sentence gives the user agency is asked once per sentence, not once per mention.
    const agencyBySentence = new Map<number, boolean>();
    for (const m of matches) {
      const sentence = sentenceAt(spans, m.start);
      const agency = (): boolean => {
        let a = agencyBySentence.get(sentence[0]);
        if (a === undefined) agencyBySentence.set(sentence[0], (a = AGENCY_CUE[lang].test(para.text.slice(sentence[0], sentence[1]))));
        return a;
      };
      if (!accepts(m, para.text, sentence, ctx, agency)) continue;
      let entry = found.get(m.id);
      if (!entry) found.set(m.id, (entry = { evidence: [], tries: 0 }));
      entry.evidence.push(doc.evidence(para.index, m.start, m.end, sentence));
      // The how sits near the first mentions; looking at a bounded number keeps the scan linear.
      if ((!entry.how || entry.how.rank > 0) && entry.tries++ < MAX_HOW_TRIES) {
        const how = howFor(doc, para.index, sentence, lang);
        if (how && (!entry.how || how.rank < entry.how.rank)) entry.how = how;
      }
    }
  }
  const out: RightFinding[] = [];
  for (const [id, { evidence, how }] of found) out.push({ id, ...(how ? { how: how.how } : {}), evidence });
  return out.sort((a, b) => a.evidence[0]!.start - b.evidence[0]!.start);
}
