/**
 * Vocabulary for retention, storage location and cross-border statements, English and
 * Chinese. Each rule is a bounded alternation matched inside one sentence.
 */
import type { RetentionRule } from '../../types.js';

/** Every retention rule id, in the order docs list them (the type is the contract). */
export const RETENTION_RULE_IDS: readonly RetentionRule[] = ['as_long_as_necessary', 'legal_requirement', 'until_account_deletion', 'fixed_period', 'legal_minimum', 'backup_deletion_delayed', 'service_cessation'];

/** The sentence is about keeping data. */
export const RETAIN_VERB = /\b(?:retain|retained|retains|retaining|retention|keep|kept|store|stored|storage period|preserve|preserved|hold)\b|保存|保留|留存|存储期|存储的期限|储存/i;

/** Named retention rules, tried in order; the first that matches names the sentence's rule. */
export const RETENTION_RULES: readonly { rule: RetentionRule; re: RegExp }[] = [
  { rule: 'until_account_deletion', re: /until (?:you (?:delete|cancel|close|deactivate)|your account is (?:deleted|cancell?ed|closed|deactivated))|(?:as long as|while|for as long as) (?:your account (?:is|remains) (?:active|open)|you (?:have|hold|maintain|keep) (?:an|your) account)|for the life of your account|(?:注销|删除)(?:您的|你的)?(?:账号|账户|帐号|帐户)(?:之前|前|为止)|直至(?:您|你)?(?:注销|删除)/i },
  { rule: 'as_long_as_necessary', re: /as long as (?:is |it is )?(?:necessary|needed|required)|(?:minimum|shortest) (?:period|time)|(?:period|time) (?:necessary|required|needed)|no longer than (?:is )?necessary|necessary to (?:achieve|fulfil|fulfill|accomplish)|所必需的(?:最短)?(?:期限|时间|期间)|必要的(?:最短)?(?:期限|时间|期间)|最短(?:期限|时间|期间)|所需的(?:最短)?(?:期限|时间|期间)|必需的期间|必要期限/i },
  { rule: 'legal_requirement', re: /(?:required|permitted|specified|prescribed|stipulated) by (?:applicable )?(?:laws?|regulations)|legal requirements?|法律(?:法规|、行政法规)?(?:另有)?所?(?:的)?(?:规定|要求|允许|许可)|法律法规所规定|监管(?:部门)?(?:另有)?要求/i },
];

/** Words that make a stated period a legal minimum ("at least six months", "不少于三年"). */
export const MINIMUM_CUE = /at least|no (?:less|fewer) than|not less than|minimum of|不少于|至少|不低于|以上/i;
/** A law named next to a period. */
export const LAW_NAME = /《[^》]{1,30}》|cybersecurity law|e-commerce law|网络安全法|电子商务法|反洗钱/i;

export const DELETE_CUE = /\bdelet(?:e|ed|ion)\b|\bdestroy|\berase|删除|销毁|清除/i;
export const ANONYMISE_CUE = /anonymi[sz]|de-?identif|匿名化|去标识化/i;
export const BACKUP_CUE = /backup|back-up|备份/i;
/** Stop of operations: data deleted or anonymised when the service closes. */
export const CESSATION_CUE = /cease to operate|cessation of operation|stop(?:s|ping)? operat|停止运营|停止运作|终止运营|停运/i;

/** Places data is stored, as ISO-like codes. Order matters: the first matching wins per mention. */
export const PLACES: readonly { code: string; re: RegExp }[] = [
  { code: 'HK', re: /hong kong|香港/gi },
  { code: 'MO', re: /macao|macau|澳门/gi },
  { code: 'TW', re: /taiwan|台湾/gi },
  { code: 'CN', re: /(?:people'?s republic of china|\bPRC\b|mainland china|\bchina\b|中华人民共和国境内|中国境内|中国大陆|境内)/gi },
  { code: 'US', re: /[Uu]nited [Ss]tates|\bU\.S\.(?:A\.)?|\bUSA\b|美国/g },
  { code: 'EU', re: /[Ee]uropean [Uu]nion|\bEU\b|\bEEA\b|欧盟|欧洲经济区/g },
  { code: 'SG', re: /singapore|新加坡/gi },
  { code: 'JP', re: /japan|日本/gi },
  { code: 'DE', re: /germany|德国/gi },
  { code: 'IE', re: /ireland|爱尔兰/gi },
];
/** The sentence says where data is kept. */
export const STORE_VERB = /\b(?:store|stored|storage|stores|storing|kept|hosted|servers? (?:are |is )?located)\b|存储|存放|保存|储存|服务器(?:位于|所在)/i;
/** Cross-border transfer words. */
export const CROSS_BORDER = /overseas|abroad|cross-border|outside (?:of )?(?:the )?(?:territory|mainland|PRC|People'?s Republic|China)|境外|跨境|出境/i;
/** "We will not transfer ... overseas" as a plain refusal. */
export const CROSS_BORDER_REFUSAL = /(?:will not|won't|do not|don't|never|shall not) (?:\w+ ){0,3}(?:transfer|transmit|send|provide|store)|不会(?:将)?[^,，。；;]{0,12}(?:传输|转移|提供|存储|传送)(?:至|到)?境外|不(?:向|在)境外/i;
/** Conditions attached to a cross-border transfer. */
export const CROSS_BORDER_CONDITIONS: readonly { id: string; re: RegExp }[] = [
  { id: 'consent', re: /consent|同意|授权/i },
  { id: 'inform', re: /inform you|notify you|告知/i },
  { id: 'security_assessment', re: /security assessment|安全评估/i },
  { id: 'legal_compliance', re: /comply with|in accordance with|laws? and regulations|provisions of (?:the )?law|national regulations|法律法规|国家(?:相关)?规定|依照法律|遵守/i },
  { id: 'contract', re: /standard contract|sign(?:ing)? (?:an? )?(?:agreement|contract)|签(?:署|订)[^,，。]{0,6}(?:协议|合同)|标准合同/i },
  { id: 'confidentiality', re: /confidential|保密/i },
  { id: 'certification', re: /certification|认证/i },
];

/** Data removed once the account is gone ("after your account is deactivated ... anonymized"). */
export const ACCOUNT_DELETION_CUE = /after (?:your|the) account (?:is|has been) (?:deactivated|deleted|cancell?ed|closed)|(?:注销|删除)(?:您的|你的)?(?:账号|账户|帐号|帐户)后/i;
