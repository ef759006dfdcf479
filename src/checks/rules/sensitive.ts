/**
 * Sensitive personal information (PIPL art. 28): its handling needs the individual's separate
 * consent (art. 29), and the policy must tell why it is necessary and how it affects the
 * individual's rights (art. 30; 网络数据安全管理条例 art. 21(1)(2)). Both are judged on the
 * policy's words, so without the text these rules say nothing.
 */
import type { DataTypeFinding, Evidence, PolicyExtraction } from '../../types.js';
import type { Rule, RuleHit } from '../types.js';
import { allSentences, categoryOf, sentenceText, sentencesNear, type Sentence } from './text.js';

/** Paragraphs either side of a mention read for a statement about that data. */
export const SENSITIVE_REACH = 2;

/**
 * A child's information is sensitive too (art. 28), but what it needs is a guardian's consent
 * (art. 31): `minors.no-guardian-consent` judges that.
 */
const LEFT_TO_OTHER_RULES = new Set(['minor.child']);

const SENSITIVE_WORD = /敏感(?:个人)?信息|sensitive (?:personal )?(?:information|data)/i;

/** A sentence that defines sensitive information lists examples; it collects nothing. */
const DEFINITION = /(?:敏感(?:个人)?信息|sensitive (?:personal )?(?:information|data))\S{0,4}\s*(?:是指|指的?是|包括|例如|如|means|includes?|refers? to|such as)/i;

/**
 * Art. 29's 单独同意 and the ways policies say it (单独授权, 另行征得…同意); English policies write
 * "separate consent" or, after GDPR art. 9, "explicit consent". A bare 明示同意 (the older
 * GB/T 35273 word) is not separate consent and does not count.
 */
export const SEPARATE_CONSENT = /单独(?:的)?(?:同意|授权)|单独(?:征得|取得|获得|征求|获取)[^。；]{0,12}(?:同意|授权)|另行(?:征得|取得|获得|征求|获取)[^。；]{0,12}(?:同意|授权)|separate(?:ly)?\s+(?:\w+\s+){0,2}consent|explicit(?:ly)?\s+(?:\w+\s+){0,2}consent|consent\s+separately/i;

/** Why the data is needed: 必要性, or what the user loses without it. */
const NECESSITY = /必要|必需|必须|无法|不能|necessary|necessity|required|need(?:ed)? to|cannot|unable/i;

/** What handling it means for the person: art. 30's 对个人权益的影响, or art. 28's harms. */
const IMPACT_NEAR = /权益[^。；]{0,8}影响|影响[^。；]{0,10}权益|人格尊严|人身[、和及与]?财产安全|impact on (?:you|your)|(?:harm|risk)s? to (?:you|your)|adverse(?:ly)? (?:effect|affect)/i;
const IMPACT_GENERAL = /影响|侵害|危害|人格尊严|人身|财产安全|impact|harm|risk|discriminat/i;

/** The sensitive types the policy itself names as data it handles (not in a definition of the term). */
function collected(text: string, r: PolicyExtraction): { type: DataTypeFinding; evidence: Evidence[] }[] {
  return r.dataTypes
    .filter((d) => d.sensitive && !LEFT_TO_OTHER_RULES.has(d.id))
    .map((d) => ({ type: d, evidence: d.evidence.filter((e) => categoryOf(r, e.paragraph) !== 'definitions' && !DEFINITION.test(sentenceText(text, e))) }))
    .filter((x) => x.evidence.length > 0);
}

/** A sentence anywhere that speaks of sensitive information in general and says what `cue` says. */
function generalClause(sentences: Sentence[], ...cues: RegExp[]): boolean {
  return sentences.some((s) => SENSITIVE_WORD.test(s.text) && cues.every((c) => c.test(s.text)));
}

function near(text: string, r: PolicyExtraction, evidence: Evidence[], cue: RegExp): boolean {
  return evidence.some((e) => sentencesNear(text, r, e, SENSITIVE_REACH).some((s) => cue.test(s.text)));
}

/** Evidence shown with a finding: the first mentions are enough to find the data in the text. */
const SHOWN = 3;

export const SENSITIVE_RULES: readonly Rule[] = [
  {
    id: 'sensitive.no-separate-consent',
    jurisdiction: 'cn',
    severity: 'violation',
    refs: ['PIPL art. 29', 'PIPL art. 28'],
    description: 'sensitive personal information is collected but no separate consent (单独同意) is stated for it, near it or for sensitive information in general (needs the text)',
    check: (r, { text }) => {
      if (text === undefined) return [];
      const sentences = allSentences(text, r);
      if (generalClause(sentences, SEPARATE_CONSENT)) return [];
      return collected(text, r)
        .filter(({ evidence }) => !near(text, r, evidence, SEPARATE_CONSENT))
        .map(({ type, evidence }): RuleHit => ({
          subject: type.id,
          message: {
            en: `"${type.label}" is sensitive personal information, but the policy states no separate consent for it.`,
            zh: `“${type.labelZh ?? type.label}”属于敏感个人信息，但隐私政策未说明处理前取得个人的单独同意。`,
          },
          evidence: evidence.slice(0, SHOWN),
        }));
    },
  },
  {
    id: 'sensitive.no-necessity',
    jurisdiction: 'cn',
    severity: 'warning',
    refs: ['PIPL art. 30', 'NDSR art. 21(1)(2)', 'App-191 2.3'],
    description: 'sensitive personal information is collected without saying why it is necessary and how it affects the person\'s rights (needs the text)',
    check: (r, { text }) => {
      if (text === undefined) return [];
      const sentences = allSentences(text, r);
      const generalNecessity = generalClause(sentences, NECESSITY);
      const generalImpact = generalClause(sentences, IMPACT_GENERAL);
      if (generalNecessity && generalImpact) return [];
      return collected(text, r).flatMap(({ type, evidence }): RuleHit[] => {
        const missing: { en: string; zh: string }[] = [];
        if (!generalNecessity && !near(text, r, evidence, NECESSITY)) missing.push({ en: 'why it is necessary', zh: '必要性' });
        if (!generalImpact && !near(text, r, evidence, IMPACT_NEAR)) missing.push({ en: 'its impact on the person\'s rights', zh: '对个人权益的影响' });
        if (missing.length === 0) return [];
        return [{
          subject: type.id,
          message: {
            en: `"${type.label}" is sensitive personal information; the policy does not say ${missing.map((m) => m.en).join(' or ')}.`,
            zh: `“${type.labelZh ?? type.label}”属于敏感个人信息，隐私政策未告知处理的${missing.map((m) => m.zh).join('及')}。`,
          },
          evidence: evidence.slice(0, SHOWN),
        }];
      });
    },
  },
];
