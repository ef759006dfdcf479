/**
 * Minors: the age limits the policy sets for its own users (18周岁以下, "under the age of 14"),
 * whether a parent or guardian must consent, and whether minors may not use the service at
 * all. An age only counts in a sentence about minors (or inside the minors section), and not
 * in a definition: "不满十四周岁未成年人的个人信息" in the list of sensitive personal information
 * names a kind of data, not the policy's limit.
 */
import type { PolicyDocument } from '../document.js';
import type { Evidence, MinorsFinding } from '../types.js';
import { EN_NUMBER_SOURCE, ZH_NUMBER_SOURCE, parseNumber } from '../ingest/numbers.js';
import { sentenceAt } from '../ingest/sentences.js';

const ZH_AGE = new RegExp(`(?<![0-9])(?:不满|未满|年满|已满|满|低于|小于|大于)?(${ZH_NUMBER_SOURCE}) ?(?:周岁|岁)(?:以下|以上|之下|及以上|以内)?`, 'g');
const EN_AGE = new RegExp(
  `\\b(?:(?:under|below|younger than)(?: the)?(?: age(?:s)? of)? (${EN_NUMBER_SOURCE})(?: years?(?: old| of age)?)?` +
    `|(?:over|above|at least|older than)(?: the age of (${EN_NUMBER_SOURCE})| (${EN_NUMBER_SOURCE}) years?(?: old| of age)?)` +
    `|(?:aged?|ages) (?:of )?(${EN_NUMBER_SOURCE})\\b(?: years?(?: old)?)?` +
    `|(${EN_NUMBER_SOURCE}) years? (?:old|of age))`,
  'gi',
);

/** Words that name minors themselves (a guardian alone may be anyone's, "you or your guardian"). */
const MINOR_WORDS = { zh: /未成年|儿童|少年|子女|孩子/, en: /\b(?:minors?|child(?:ren)?|kids?|teen\w*|underage|young people)\b/i };
const MINOR_CONTEXT = { zh: /未成年|儿童|少年|子女|孩子|监护人|父母/, en: /\b(?:minors?|child(?:ren)?|kids?|teen\w*|underage|parents?|guardians?|young people)\b/i };
/** Definitions and lists of sensitive data mention ages that are not the policy's limit. */
const DEFINITION_CONTEXT = { zh: /敏感|是指|指的是|定义/, en: /\bsensitive\b|\brefers? to\b|\bmeans\b|\bdefin/i };
/**
 * The policy defining its own term for minors (“儿童”是指不满十四周岁的未成年人, "child" means
 * under 14) states its age limit: such a definition counts, unlike one of sensitive data.
 */
const TERM_DEFINITION = { zh: /(?:儿童|未成年人|少年|青少年)[”"」』]?\s{0,2}(?:是指|系指|指的是|指)/, en: /\b(?:child(?:ren)?|minors?|kids?)["”]?\s+(?:means?|refers? to|is defined as)\b/i };
const PARENTAL_CONSENT = {
  zh: /(?:监护人|父母)[^。]{0,20}(?:同意|授权|许可|陪同|指导)|(?:同意|授权)[^。]{0,6}(?:监护人|父母)/,
  en: /\b(?:consent|permission|authori[sz]ation|approval)\b[^.]{0,40}\b(?:parents?|guardians?)\b|\b(?:parents?|guardians?)\b[^.]{0,30}\b(?:consent|permission|approval|agree)/i,
};
/** "You will not be able to use our services", "not intended for children". */
const EXCLUSION = {
  zh: /(?:无法|不能|不得|不可以|禁止|请勿|不应)(?:注册|使用|访问)|不(?:面向|针对)(?:未成年|儿童)|不向[^。]{0,6}(?:未成年|儿童)提供/,
  en: /\b(?:(?:will )?not be able to|cannot|can ?not|may not|must not|are not (?:allowed|permitted) to|(?:is|are) not (?:intended|directed|designed) (?:for|to|at))\b[^.]{0,30}\b(?:use|register|access|minors?|child(?:ren)?)\b|\bdo(?:es)? not (?:allow|permit)\b[^.]{0,30}\b(?:minors?|child(?:ren)?)/i,
};

const MIN_AGE = 6;
const MAX_AGE = 22;

export function extractMinors(doc: PolicyDocument): MinorsFinding {
  const evidence: Evidence[] = [];
  const ageSet = new Set<number>();
  let parentalConsent = false;
  let excluded = false;
  for (const para of doc.paragraphs) {
    const text = para.text;
    const inMinorsSection = doc.categoriesOf(para.index).includes('minors');
    const zh = para.lang === 'zh' || /[\u4e00-\u9fff]/.test(text);
    const lang = zh ? 'zh' : 'en';
    if (!inMinorsSection && !MINOR_CONTEXT[lang].test(text)) continue;
    const spans = doc.sentences(para.index);
    // Sentence-level judgements, once per sentence however many ages it holds.
    const ageSentenceOk = new Map<number, boolean>();
    const definitionsSection = doc.categoriesOf(para.index)[0] === 'definitions';
    const re = zh ? ZH_AGE : EN_AGE;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      const num = m.slice(1).find((g) => g !== undefined);
      const age = num === undefined ? undefined : parseNumber(num);
      if (age === undefined || age < MIN_AGE || age > MAX_AGE) continue;
      const sentence = sentenceAt(spans, m.index);
      let ok = ageSentenceOk.get(sentence[0]);
      if (ok === undefined) {
        const s = text.slice(sentence[0], sentence[1]);
        const ownTerm = TERM_DEFINITION[lang].test(s) && !/敏感|\bsensitive\b/i.test(s);
        ok = (inMinorsSection || MINOR_CONTEXT[lang].test(s)) && (ownTerm || (!DEFINITION_CONTEXT[lang].test(s) && !definitionsSection));
        ageSentenceOk.set(sentence[0], ok);
      }
      if (!ok) continue;
      ageSet.add(age);
      evidence.push(doc.evidence(para.index, m.index, m.index + m[0].length, sentence));
    }
    // Consent and exclusion are read sentence by sentence, in minors context only.
    for (const sentence of spans) {
      const s = text.slice(sentence[0], sentence[1]);
      if (!inMinorsSection && !MINOR_WORDS[lang].test(s)) continue;
      if (!MINOR_CONTEXT[lang].test(s) && !/\byou\b|您|你/.test(s)) continue;
      const consent = PARENTAL_CONSENT[lang].exec(s);
      if (consent) {
        parentalConsent = true;
        evidence.push(doc.evidence(para.index, sentence[0] + consent.index, sentence[0] + consent.index + consent[0].length, sentence));
      }
      const excl = EXCLUSION[lang].exec(s);
      if (excl && MINOR_WORDS[lang].test(s)) {
        excluded = true;
        evidence.push(doc.evidence(para.index, sentence[0] + excl.index, sentence[0] + excl.index + excl[0].length, sentence));
      }
    }
  }
  // The policy's own limit is the highest age it sets for its users: a policy that speaks of
  // 18 and of 14 treats everyone under 18 as a minor and children under 14 as a case within.
  const ages = [...ageSet].sort((a, b) => a - b);
  const ageThreshold = ages.length ? ages[ages.length - 1] : undefined;
  evidence.sort((a, b) => a.start - b.start);
  return {
    ...(ageThreshold !== undefined ? { ageThreshold } : {}),
    ages,
    ...(parentalConsent ? { parentalConsent } : {}),
    ...(excluded ? { excluded } : {}),
    evidence,
  };
}
