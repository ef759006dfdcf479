/**
 * Personal information sent abroad: the policy must name the foreign recipient, and tell its
 * purpose, the kinds of data, and how to exercise one's rights against the recipient
 * (PIPL art. 39; TC260-PG-20202A 1.5 f asks for the kinds of data going abroad).
 */
import type { PolicyExtraction } from '../../types.js';
import type { Rule } from '../types.js';
import { NOT_A_STATEMENT, inConditionList, paragraphsUnderHeading, sentenceText, sentencesOf, type Sentence } from './text.js';

/** Sections that speak of data going abroad, whatever category the section lexicon gave them. */
const CROSS_BORDER_HEADING = /跨境|出境|境外|全球范围|国际|cross-border|international|transfers?\s+(?:of|outside|abroad)|outside\s+(?:the|your)/i;
/**
 * A sentence about personal information leaving the country: a sending verb with 境外 or 出境
 * ("境外展示到国家" of an IP location, or 跨境商品 bought by the user, is no transfer).
 */
const ABROAD = /(?:传输|转移|提供|存储|存放|保存|传送|发送|访问|处理)[^。；]{0,24}(?:境外|出境|境内以外|中国大陆以外|其他司法管辖区)|(?:境外|跨境|出境)[^。；]{0,6}(?:传输|转移|提供|存储|存放|传送|接收方)|转移出境|(?:transfer\w*|stor\w+|process\w*|sent|send\w*|access\w*)\s+(?:\S+\s+){0,8}?(?:abroad|overseas|outside\s+(?:of\s+)?(?:the\s+|your\s+|mainland\s+)?(?:territory|country|China|PRC|People's\s+Republic|EEA|EU|European)|(?:to|in)\s+other\s+(?:countries|jurisdictions))|cross-border\s+transfer/i;

/** The user sending their own data abroad (跨境 purchases, 您主动向境外提供) is not the handler's transfer. */
const USER_SENDS = /您主动|用户主动|由您|you\s+(?:choose|decide|elect)\s+to/i;
/** An example of safeguards (例如…) or a table-of-contents line (如何…) says no transfer happens. */
/** The policy says no data goes abroad now ("目前未跨境传输"): whatever follows is a plan. */
const DENIAL = /(?:目前|当前|现阶段|暂)[^。；]{0,6}(?:未|不|没有)[^。；]{0,16}(?:跨境|出境|境外)|\b(?:do|does|will)\s+not\s+(?:currently\s+)?transfer\b[^.]{0,60}(?:outside|abroad|cross-border|overseas)/i;
const ABROAD_WORD = /跨境|出境|境外|abroad|outside|cross-border|overseas/i;

const NOT_THE_TRANSFER = /^(?:例如|比如|举例)|^for example|如何|\bhow\b/i;

const SEPARATE_RULES = /跨境(?:处理|提供|传输)?规则|出境(?:处理)?规则|cross-border (?:transfer )?(?:rules|notice)/i;

const ITEMS: readonly { key: string; en: string; zh: string; cue: RegExp }[] = [
  { key: 'recipient', en: 'the foreign recipient', zh: '境外接收方的名称或者姓名、联系方式', cue: /境外接收方|接收方(?:的)?(?:名称|身份)|(?:有限)?公司|Inc\.?\b|Ltd\.?\b|LLC\b|GmbH\b|Limited\b|Pte\b|recipient'?s? (?:name|identity)|(?:our )?(?:affiliates?|subsidiar\w+|group companies) in\b/i },
  { key: 'purpose', en: 'the purpose', zh: '处理目的', cue: /目的|用于|为了|以便|提供(?:产品|服务)|purposes?|in order to|so that|for (?:the )?(?:provision|providing)|provid\w* (?:our |the )?(?:products|services)/i },
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
      if (sentences.some((s) => DENIAL.test(s.text))) return [];
      // A sentence after "如需跨境…" in the same paragraph goes on with that hypothetical.
      const underHypothesis = (s: Sentence) => sentences.some((o) => o.evidence.paragraph === s.evidence.paragraph && o.evidence.start < s.evidence.start
        && NOT_A_STATEMENT.test(o.text) && ABROAD_WORD.test(o.text));
      // Only a statement that data goes (or may go) abroad: not a refusal, not "if we ever need to".
      const abroad = sentences.filter((s) => ABROAD.test(s.text) && !NOT_A_STATEMENT.test(s.text) && !USER_SENDS.test(s.text) && !NOT_THE_TRANSFER.test(s.text)
        && !r.paragraphs[s.evidence.paragraph].heading && !inConditionList(text, r, s.evidence.paragraph) && !underHypothesis(s));
      // A pointer to the separate cross-border rules the user is shown before any transfer tells all of it.
      if (sentences.some((s) => SEPARATE_RULES.test(s.text))) return [];
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
