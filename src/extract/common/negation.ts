/**
 * Is a mention inside a statement that it is NOT collected?
 *
 * "We do not collect your ID number" / "我们不会收集您的身份证号码" drop the ID number.
 * These keep it, because they say when or how it IS collected, or speak of something else:
 * - a condition: "we will not collect it without your consent", "除非…", "未经您同意，我们不会收集…";
 * - the user as the one who does not act: "you can choose not to share your location", "若您不提供…";
 * - a verb of use rather than collection: "we will not share / sell / use your IMEI for ads"
 *   (the IMEI is still collected);
 * - stock phrases that only look negative: "including but not limited to", "not only".
 *
 * English verdicts of the patterns are confirmed by compromise's verb parse (see
 * grammarConfirmsNegation), which runs only on the clauses the patterns flag.
 *
 * Only the clause that holds the mention counts, so "we do not sell data; we collect your IMEI"
 * keeps the IMEI. The text looked at is bounded on both sides (a few hundred characters), so a
 * paragraph costs O(mentions) however long its sentences are; every pattern is linear-time.
 */

import { compromise } from '../../tokenize/english.js';

/** How much text before / after a mention can hold its clause. */
const BEFORE_WINDOW = 240;
const AFTER_WINDOW = 160;

/** Any negation word at all, English or Chinese: the cheap first test. */
const ANY_CUE = /\b(?:not|never|no\s+longer|without)\b|n't|不|未|无需/i;

// ---- English ----
const EN_HARMLESS = /\b(?:(?:but\s+)?not\s+limited\s+to|not\s+only|whether\s+or\s+not|if\s+not|not\s+necessarily)\b/gi;
/** Verbs of collection: negating these says the data is not collected. */
const EN_COLLECT = String.raw`(?:collect|obtain|gather|access|record|request|ask\s+for|require|read|acquire|store|save|upload|track|receive)\w*`;
/** A negation cue within a few words before a collection verb: "do not collect", "will never actively obtain". */
const EN_NEGATED_VERB = new RegExp(String.raw`(?:\b(?:not|never|no\s+longer)|n't)(?:\s+[a-z]+){0,3}?\s+${EN_COLLECT}\b|\bwithout\s+collecting\b`, 'i');
/** "Your IMEI is not collected", "… will never be uploaded". */
const EN_NEGATED_PASSIVE = new RegExp(String.raw`^[^,;:.]{0,60}?\b(?:is|are|was|were|will|shall|would|be|been)\s+(?:not|never)\s+(?:be\s+)?(?:actively\s+)?${EN_COLLECT}`, 'i');
/** A clause of its own: a subject pronoun or a verb of handling data. */
const EN_VERB_ANY = new RegExp(String.raw`\b(?:we|you|it|they)\b|${EN_COLLECT}|\b(?:use|share|process|provide)\w*`, 'gi');
/** The statement is bounded by a condition: it tells when collection happens. */
const EN_CONDITION = /\b(?:unless|except|other\s+than|without\s+(?:your|the|prior|explicit|express|separate|such)|until|prior\s+to|before\s+(?:you|we|obtaining|getting)|only\s+(?:with|after|when|if|for)|beyond|if|once|after|when\s+you|in\s+case)\b/i;
/** The user is the one who does not act ("you may choose not to provide …"). */
const EN_USER_SUBJECT = /\b(?:you|your\s+choice|users?)\b/i;
const EN_STRONG_BREAK = /;|\b(?:but|however|although|while|whereas)\b/gi;
const EN_WEAK_BREAK = /[,:]/g;

// ---- Chinese ----
const ZH_COLLECT = '(?:收集|获取|采集|读取|调用|索取|请求|申请|记录|保存|存储|上传|访问)';
const ZH_NEGATED_VERB = new RegExp(`(?:不会|不再|并不|绝不|从不|不得|无需|不需要|不涉及|未|不)(?:会|再|主动|直接|单独|额外|向您|通过[^，,。；]{0,8}|以任何方式){0,3}${ZH_COLLECT}`);
const ZH_NEGATED_PASSIVE = new RegExp(`^[^，,。；;]{0,20}?(?:不会|不|并不|绝不|均不|将不)(?:会)?(?:被)?${ZH_COLLECT}`);
const ZH_CONDITION = /除|未经|非经|在未|事先|征得|同意前|之前|如果|若|假如|一旦|前提|以外|之外|超出|超过|撤回|取消|关闭|注销|停止|后[,，]/;
const ZH_USER_SUBJECT = /您|你|用户/;
const ZH_STRONG_BREAK = /[;；]|但|然而|而是|不过/g;
const ZH_WEAK_BREAK = /[,，:：]/g;
const ZH_VERB_ANY = new RegExp(`${ZH_COLLECT}|使用|共享|提供|处理`, 'g');

/**
 * The clause of `before` that holds the mention. A strong break ("but", "however", 但, ；)
 * always ends the previous clause; after it, the clause starts at the last comma that still
 * has a verb after it (a clause of its own: "…, and we collect your IMEI"), or at the strong
 * break when none has ("We do not collect: A, B, C"). One pass per pattern: linear.
 */
function clauseOf(before: string, strong: RegExp, weak: RegExp, verb: RegExp): string {
  let from = 0;
  strong.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = strong.exec(before))) from = m.index + m[0].length;
  const text = before.slice(from);
  let lastVerb = -1;
  verb.lastIndex = 0;
  while ((m = verb.exec(text))) {
    lastVerb = m.index;
    if (m[0].length === 0) verb.lastIndex++;
  }
  if (lastVerb < 0) return text;
  let cut = 0;
  weak.lastIndex = 0;
  while ((m = weak.exec(text)) && m.index < lastVerb) cut = m.index + m[0].length;
  return text.slice(cut);
}

/**
 * `before`: the sentence up to the mention; `after`: the sentence after it.
 * True when the mention sits in a flat statement that the data is not collected.
 */
export function isNegatedMention(before: string, after: string, lang: string): boolean {
  const b = before.length > BEFORE_WINDOW ? before.slice(before.length - BEFORE_WINDOW) : before;
  const a = after.length > AFTER_WINDOW ? after.slice(0, AFTER_WINDOW) : after;
  // Most mentions have no negation word anywhere near: skip the clause work.
  if (!ANY_CUE.test(b) && !ANY_CUE.test(a)) return false;
  return negatedIn(lang === 'zh' || /[\u4e00-\u9fff]/.test(b) ? ZH : EN, b, a);
}

/** The patterns of one language, and how its statements are bounded. */
interface NegationRules {
  strongBreak: RegExp;
  weakBreak: RegExp;
  verbAny: RegExp;
  /** Stock phrases that only look negative, blanked before the cue is looked for. */
  harmless?: RegExp;
  negatedVerb: RegExp;
  negatedPassive: RegExp;
  userSubject: RegExp;
  condition: RegExp;
  /** Where a condition is looked for: the clause (English) or the whole sentence so far (Chinese, 未经…，我们不会…). */
  conditionInSentence: boolean;
  /** Where the statement after the mention ends. */
  statementEnd: RegExp;
  /** A grammar check of the flagged statement, where a parser is available. */
  confirm?: (statement: string) => boolean;
}

const EN: NegationRules = {
  strongBreak: EN_STRONG_BREAK,
  weakBreak: EN_WEAK_BREAK,
  verbAny: EN_VERB_ANY,
  harmless: EN_HARMLESS,
  negatedVerb: EN_NEGATED_VERB,
  negatedPassive: EN_NEGATED_PASSIVE,
  userSubject: EN_USER_SUBJECT,
  condition: EN_CONDITION,
  conditionInSentence: false,
  statementEnd: /[.;]/,
  confirm: (statement) => grammarConfirmsNegation(statement),
};

const ZH: NegationRules = {
  strongBreak: ZH_STRONG_BREAK,
  weakBreak: ZH_WEAK_BREAK,
  verbAny: ZH_VERB_ANY,
  negatedVerb: ZH_NEGATED_VERB,
  negatedPassive: ZH_NEGATED_PASSIVE,
  userSubject: ZH_USER_SUBJECT,
  condition: ZH_CONDITION,
  conditionInSentence: true,
  statementEnd: /[。；;]/,
};

function negatedIn(rules: NegationRules, before: string, after: string): boolean {
  let clause = clauseOf(before, rules.strongBreak, rules.weakBreak, rules.verbAny);
  if (rules.harmless) clause = clause.replace(rules.harmless, ' ');
  const conditioned = rules.condition.test(rules.conditionInSentence ? before : clause);
  const cue = rules.negatedVerb.exec(clause);
  let negated = false;
  if (cue) {
    // "You may choose not to share …", "若您不提供…": the user, not the company, does not act.
    negated = !rules.userSubject.test(clause.slice(0, cue.index)) && !conditioned;
  } else if (rules.negatedPassive.test(after)) {
    negated = !conditioned;
  }
  if (!negated) return false;
  // A condition after the mention still bounds the statement: "… unless you consent".
  const rest = after.split(rules.statementEnd, 1)[0] ?? '';
  if (rules.condition.test(rest)) return false;
  // The mention itself stands in as a plain noun, so a parser sees the whole statement.
  return rules.confirm ? rules.confirm(`${clause} data ${rest}`) : true;
}

/** Clauses longer than this are not parsed: the pattern's verdict stands. */
const MAX_PARSED_CLAUSE = 300;

/**
 * compromise parses the clause the patterns flagged and confirms that one of its verbs is
 * negated ("we do not collect"), not a noun phrase or a stock phrase that only looks
 * negative. It runs on the few flagged clauses of a policy, never on the whole text.
 */
function grammarConfirmsNegation(clause: string): boolean {
  if (clause.length > MAX_PARSED_CLAUSE) return true;
  const doc = compromise()(clause) as unknown as { verbs(): { isNegative(): { found: boolean } } };
  return doc.verbs().isNegative().found;
}
