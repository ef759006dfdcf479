/**
 * Personal information sent abroad: the policy must name the foreign recipient, and tell its
 * purpose, the kinds of data, and how to exercise one's rights against the recipient
 * (PIPL art. 39; TC260-PG-20202A 1.5 f asks for the kinds of data going abroad).
 */
import type { PolicyExtraction } from '../../types.js';
import type { Rule } from '../types.js';
import { paragraphsUnderHeading, sentenceText, sentencesOf, type Sentence } from './text.js';

/** Sections that speak of data going abroad, whatever category the section lexicon gave them. */
const CROSS_BORDER_HEADING = /跨境|出境|境外|全球范围|国际|cross-border|international|transfers?\s+(?:of|outside|abroad)|outside\s+(?:the|your)/i;
/** A sentence about data leaving the country. */
const ABROAD = /跨境|出境|境外|境内以外|中国大陆以外|全球范围|abroad|cross-border|outside (?:of )?(?:the |your |mainland )?(?:country|China|PRC|People's Republic|EEA|EU|European)|overseas|transfer\w* (?:to|into) (?:other )?(?:countries|jurisdictions)/i;

const ITEMS: readonly { key: string; en: string; zh: string; cue: RegExp }[] = [
  { key: 'recipient', en: 'the foreign recipient', zh: '境外接收方的名称或者姓名、联系方式', cue: /境外接收方|接收方(?:的)?(?:名称|身份)|(?:有限)?公司|Inc\.?\b|Ltd\.?\b|LLC\b|GmbH\b|Limited\b|Pte\b|recipient'?s? (?:name|identity)|(?:our )?(?:affiliates?|subsidiar\w+|group companies) in\b/i },
  { key: 'purpose', en: 'the purpose', zh: '处理目的', cue: /目的|用于|为了|以便|purposes?|in order to|so that|for (?:the )?(?:provision|providing)/i },
  { key: 'dataTypes', en: 'the kinds of personal information', zh: '个人信息的种类', cue: /种类|类型|类别|包括|如下信息|categor(?:y|ies)|types? of (?:personal )?(?:information|data)|kinds? of/i },
  { key: 'rights', en: 'how to exercise rights against the foreign recipient', zh: '向境外接收方行使权利的方式和程序', cue: /行使[^。；]{0,16}权利|权利[^。；]{0,10}(?:方式|程序|途径)|exercis\w+ (?:your |these |the )?(?:\w+ )?rights/i },
];

/** The sentences on sending data abroad: storage evidence, and the sections about transfers. */
function crossBorderSentences(text: string, r: PolicyExtraction): Sentence[] {
  const paragraphs = new Set([...paragraphsUnderHeading(r, CROSS_BORDER_HEADING)].filter((p) => !r.paragraphs[p].heading));
  for (const e of r.storage.evidence) if (ABROAD.test(sentenceText(text, e))) paragraphs.add(e.paragraph);
  return [...paragraphs].sort((a, b) => a - b).flatMap((p) => sentencesOf(text, r, p));
}

export const CROSS_BORDER_RULES: readonly Rule[] = [
  {
    id: 'cross-border.incomplete',
    jurisdiction: 'cn',
    severity: 'violation',
    refs: ['PIPL art. 39', 'TC260-PG-20202A 1.5 f'],
    description: 'data is said to go abroad, but the foreign recipient, the purpose, the kinds of data or how to exercise rights against the recipient is not told (needs the text)',
    check: (r, { text }) => {
      if (text === undefined || r.storage.crossBorder !== true) return [];
      const sentences = crossBorderSentences(text, r);
      const abroad = sentences.filter((s) => ABROAD.test(s.text));
      if (abroad.length === 0) return [];
      // The kinds of data may also be named as data types in those sentences.
      const typed = new Set(r.dataTypes.flatMap((d) => d.evidence.map((e) => e.paragraph)));
      const missing = ITEMS.filter((it) => !sentences.some((s) => it.cue.test(s.text) || (it.key === 'dataTypes' && typed.has(s.evidence.paragraph) && ABROAD.test(s.text))));
      const evidence = abroad.slice(0, 3).map((s) => s.evidence);
      // One finding per item, as rights.missing does per right: each can be fixed on its own.
      return missing.map((m) => ({
        subject: m.key,
        message: {
          en: `Personal information is said to go abroad, but the policy does not tell ${m.en}.`,
          zh: `隐私政策说明个人信息可能向境外提供，但未告知${m.zh}。`,
        },
        evidence,
      }));
    },
  },
];
