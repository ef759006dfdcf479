/**
 * Vocabulary for sharing, transfer and public disclosure statements: the verbs of each
 * kind, recipient categories, refusals with exceptions, and the consent exemptions that
 * PIPL art. 13 / GB/T 35273 §9.5 lists (and policies copy).
 */
import type { RecipientCategory, SharingKind } from '../../types.js';

export const KIND_VERBS: readonly { kind: SharingKind; re: RegExp }[] = [
  { kind: 'disclose', re: /publicly disclos\w*|public disclosure|disclos(?:e|ed|ing) (?:\w+ ){0,3}(?:to the public|publicly)|公开披露|公开您的|向社会公开/i },
  { kind: 'transfer', re: /\btransfer(?:s|red|ring)?\b|转让/i },
  { kind: 'share', re: /\bshar(?:e|es|ed|ing)\b(?! (?:button|function|feature))|\bprovide (?:\w+ ){0,4}to (?:third|our|other|partners?|affiliat|service)|共享|对外提供|向第三方提供|提供给(?:第三方|合作|关联|我们的)/i },
];

export const RECIPIENTS: readonly { category: RecipientCategory; re: RegExp }[] = [
  { category: 'affiliates', re: /affiliat\w*|related (?:part(?:y|ies)|compan(?:y|ies))|associated compan(?:y|ies)|group compan(?:y|ies)|关联公司|关联方|关联企业|集团(?:内|公司)/i },
  { category: 'sdk_providers', re: /\bSDKs?\b|third-party (?:plug-?ins?|code|libraries)|第三方插件/i },
  { category: 'service_providers', re: /service providers?|(?:business |cooperation |authori[sz]ed )?partners?|vendors?|suppliers?|contractors?|processors?|服务提供商|服务商|合作伙伴|合作方|供应商|受托(?:方|人)|委托(?:处理|第三方)|合作机构/i },
  { category: 'authorities', re: /authorit\w*|government\w*|regulator\w*|law enforcement|judicial|police|courts?\b|司法|行政机关|监管|政府|公安|有权机关|执法/i },
  { category: 'acquirers', re: /merger|acquisition|acquirer|reorgani[sz]ation|restructur\w*|bankruptcy|收购|合并|兼并|重组|破产/i },
  { category: 'advertisers', re: /advertis\w*|广告/i },
  // "other" alone qualifies nearly any noun ("other information"); like 其他, it names a recipient only with one.
  { category: 'other', re: /third part(?:y|ies)|第三方|\bothers\b|\bother (?:parties|companies|organi[sz]ations|individuals|entities)|其他(?:公司|组织|个人|主体|机构|方)|他方/i },
];

/** A refusal: "we will not share ...", "我们不会转让". */
export const REFUSAL = /\b(?:will not|won't|do not|don't|never|shall not|not (?:be )?(?:shared|transferred|disclosed))\b|不会|不得|绝不|不向|不对外/i;
/** The refusal has exceptions or is lifted by consent. */
export const EXCEPTION_CUE = /\b(?:except|unless|other than|without (?:your|the) (?:\w+ )?(?:consent|authori[sz]ation|permission))\b|除非|除外|未经|事先征得|但以下/i;
/** Sharing allowed only after consent: "仅在获得您的明确同意后". */
export const ONLY_WITH_CONSENT = /\bonly (?:\w+ ){0,6}(?:with|after|upon) (?:obtaining )?(?:your|the user'?s) (?:\w+ )?(?:consent|authori[sz]ation)|(?:仅|只)[^。;；]{0,16}(?:同意|授权)后|\bonly (?:\w+ ){0,6}(?:under|in) the following|(?:仅|只)(?:会)?在(?:以下|下列)(?:情况|情形)/i;
/** A sentence that introduces a list: the exemptions follow on the next lines. */
export const LIST_INTRO = /[:：]\s*$|following|(?:以下|下列)(?:情形|情况)/i;

/** Introduces the consent exemptions ("无需征得您的授权同意", "without your consent in the following cases"). */
export const EXEMPTION_INTRO = /(?:无需|无须|不需要|不必)(?:事先)?(?:征得|取得|经过)|(?:do not|does not|don't|will not) need (?:to (?:obtain|seek) )?(?:your )?(?:prior )?(?:authori[sz]ation|consent)|without (?:seeking |obtaining )?your (?:prior )?(?:authori[sz]ation|consent)[^.]{0,40}(?:following|these) (?:circumstances|cases|situations)|exceptions? to (?:obtaining )?(?:prior )?(?:authori[sz]ation|consent)|征得(?:授权)?同意的例外/i;

/** Consent exemptions and other exceptions, as ids. */
export const EXCEPTIONS: readonly { id: string; re: RegExp }[] = [
  { id: 'national_security', re: /national (?:security|defen[cs]e)|国家安全|国防安全/i },
  { id: 'public_security', re: /public (?:security|safety)|公共安全/i },
  { id: 'public_health', re: /public health|公共卫生/i },
  { id: 'public_interest', re: /public interest|公共利益/i },
  { id: 'criminal_investigation', re: /criminal|刑事|侦查|起诉|审判/i },
  { id: 'vital_interests', re: /(?:life|lives|personal|property)(?: and (?:property|personal))? (?:safety|security|rights)|生命|财产安全|重大合法权益/i },
  { id: 'self_disclosed', re: /(?:disclosed|made public) (?:by )?(?:you|yourself)|voluntarily (?:disclosed|made public)|自行(?:向社会公众)?公开/i },
  { id: 'lawfully_public', re: /lawfully (?:and )?(?:publicly )?disclosed|legally (?:publicly )?disclosed|合法公开披露|合法公开/i },
  { id: 'news_reporting', re: /news report|新闻报道/i },
  { id: 'contract', re: /contract|合同/i },
  { id: 'legal_obligation', re: /required by (?:law|laws|regulations)|laws? and regulations|legal (?:obligations?|requirements?|proceedings?|process)|lawsuit|litigation|法律法规|法定(?:职责|义务)|诉讼|仲裁/i },
  { id: 'authorities_request', re: /government|authorit\w*|司法机关|行政机关|有权机关|监管部门/i },
  { id: 'consent', re: /(?:your|user'?s) (?:\w+ )?(?:consent|authori[sz]ation)|同意|授权/i },
];

/** The sentence is about personal data at all. */
export const DATA_WORD = /information|data|信息|资料/i;

/**
 * The purpose of a sharing statement: the words after a purpose cue, up to the next clause
 * break (bounded, so the pattern stays linear).
 */
export const PURPOSE_PHRASE =
  /(?:用于|以便|为了|以实现|以提供|目的是)([^，。；,;:：]{2,40})|\b(?:in order to|for the purposes? of|so (?:that|as to)|to (?:help|provide|enable|improve|process|deliver|complete|perform|fulfil|fulfill|support|operate|analy[sz]e))\b([^,.;:]{3,80})/gi;
