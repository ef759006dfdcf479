/**
 * Providing personal information to another handler: the policy must tell the recipient's name
 * (or at least its type), the purpose and the kinds of data (PIPL art. 23; TC260-PG-20202A 1.5 h
 * asks for 目的、个人信息类型、接收方类型或身份). Transfers on a merger (art. 22) and public
 * disclosure (art. 25) have their own articles and are not judged here.
 */
import type { PolicyExtraction, SharingFinding } from '../../types.js';
import type { Rule } from '../types.js';
import { NOT_A_STATEMENT, paragraphsUnderHeading, sentenceText } from './text.js';

/**
 * A pointer to a sharing list or an annex (第三方共享清单, 第三方SDK目录, "list of third
 * parties"): the recipients, purposes and data are given there, which the rules accept.
 */
export const SHARING_LIST = /共享(?:个人信息)?清单|(?:接收方|第三方|合作方)[^。；]{0,30}(?:点击|详见|请见|查看|查询|查阅)|第三方(?:信息)?(?:数据)?(?:共享)?(?:清单|列表|目录)|SDK(?:列表|清单|目录)|合作方(?:清单|列表|目录)|list of (?:our )?(?:third[- ]part(?:y|ies)|partners|recipients|sdks)|third[- ]party (?:list|sdk list)/i;

/** The handler itself sharing: 我们…共享/提供, 共享给…, "we share"; not the user's own shared posts. */
const WE_SHARE = /(?:我们|我行|本公司|本平台)[^。；]{0,40}(?:共享|提供|分享|披露)|(?:共享|提供)(?:给|予|至)|与[^。；]{0,30}共享|\bwe\s+(?:\w+\s+){0,4}(?:share|provide|disclose|transfer)|\bshared\s+with\b/i;

const PURPOSE_CUE = /用于|用以|为了|以便|目的|为您提供|为向您提供|to (?:provide|process|deliver|help|enable|send|complete|perform|improve|analy[sz]e)|for the purposes? of|in order to|so that/i;

const PARTS: readonly { key: string; en: string; zh: string; given: (s: SharingFinding[], r: PolicyExtraction, said: string[], sharingParagraphs: Set<number>) => boolean }[] = [
  {
    key: 'recipient', en: 'who receives it (name or type)', zh: '接收方的名称或类型',
    given: (s, r) => s.some((x) => x.recipients.some((c) => c !== 'other')) || r.sdks.length > 0,
  },
  {
    key: 'purpose', en: 'for what purpose', zh: '处理目的',
    given: (s, _r, said) => s.some((x) => x.purposes.length > 0) || said.some((t) => PURPOSE_CUE.test(t)),
  },
  {
    key: 'dataTypes', en: 'which personal information', zh: '个人信息的种类',
    given: (s, r, _said, paras) => s.some((x) => x.dataTypes.length > 0) || r.sdks.some((x) => x.dataTypes.length > 0)
      || r.dataTypes.some((d) => d.evidence.some((e) => paras.has(e.paragraph))),
  },
];

const isStatement = (s: string) => WE_SHARE.test(s) && !NOT_A_STATEMENT.test(s);

const SHARING_HEADING = /共享|对外提供|提供给第三方|第三方|shar(?:e|ing)|disclos|third[- ]part/i;

export const SHARING_RULES: readonly Rule[] = [
  {
    id: 'sharing.incomplete',
    jurisdiction: 'cn',
    severity: 'violation',
    refs: ['PIPL art. 23', 'TC260-PG-20202A 1.5 h'],
    description: 'sharing with third parties is stated, but the policy tells neither who receives the data, nor why, nor which data (each missing part a finding)',
    check: (r, { text }) => {
      const shares = r.sharing.filter((s) => s.kind === 'share');
      // A refusal with exceptions ("除…外，我们不会共享") or the legal exceptions list states no sharing.
      const stated = text === undefined ? shares.filter((s) => !s.conditional)
        : shares.filter((s) => s.evidence.some((e) => isStatement(sentenceText(text, e))));
      if (stated.length === 0) return [];
      const sharingParagraphs = paragraphsUnderHeading(r, SHARING_HEADING);
      for (const s of r.sections) if (s.category === 'sharing') for (const p of r.paragraphs) if (p.section === s.index) sharingParagraphs.add(p.index);
      const said = text === undefined ? [] : [
        ...shares.flatMap((s) => s.evidence.map((e) => sentenceText(text, e))),
        ...[...sharingParagraphs].map((p) => text.slice(r.paragraphs[p].start, r.paragraphs[p].end)),
      ];
      if (said.some((t) => SHARING_LIST.test(t))) return [];
      const evidence = stated.flatMap((s) => s.evidence).filter((e) => text === undefined || isStatement(sentenceText(text, e))).slice(0, 3);
      return PARTS.filter((p) => !p.given(shares, r, said, sharingParagraphs)).map((p) => ({
        subject: p.key,
        message: {
          en: `The policy says personal information is shared with third parties, but not ${p.en}.`,
          zh: `隐私政策说明向第三方共享个人信息，但未告知${p.zh}。`,
        },
        evidence,
      }));
    },
  },
];
