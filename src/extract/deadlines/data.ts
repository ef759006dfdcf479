/**
 * Vocabulary of time limits: the unit words in both languages and the subjects a limit can
 * apply to. Kept apart from the scanning code so that a new subject is one line here.
 */
import type { DeadlineSubject, DeadlineUnit } from '../../types.js';

/** Chinese unit words → unit. 月 only as 个月: a bare 3月 is March. */
export const ZH_UNITS: Record<string, DeadlineUnit> = {
  工作日: 'working_day',
  个工作日: 'working_day',
  自然日: 'day',
  个自然日: 'day',
  日历日: 'day',
  天: 'day',
  日: 'day',
  小时: 'hour',
  个小时: 'hour',
  个月: 'month',
  周: 'week',
  个星期: 'week',
  星期: 'week',
  年: 'year',
};

/** English unit words (singular, lower case) → unit; "working" / "business" days are working days. */
export const EN_UNITS: Record<string, DeadlineUnit> = {
  hour: 'hour',
  day: 'day',
  week: 'week',
  month: 'month',
  year: 'year',
};

/**
 * What a limit applies to, tried in order against the sentence that states it (the first
 * rule that matches wins, so the specific subjects come before the generic replies).
 */
export const DEADLINE_SUBJECTS: readonly { subject: DeadlineSubject; zh: RegExp; en: RegExp }[] = [
  { subject: 'account_deletion', zh: /注销/, en: /\b(?:deactivat|deregist)\w*|\bcancellation\b|\baccount\b[^.]{0,40}\b(?:cancel|delet|clos|terminat)\w*|\b(?:cancel|delet|clos|terminat)\w* (?:of )?(?:your |the |an? )?(?:\w+ )?account/i },
  { subject: 'data_breach_notice', zh: /安全事件|泄露|泄漏/, en: /\bbreach|\bsecurity incident|\bincident/i },
  { subject: 'policy_update', zh: /(?:本|隐私)(?:政策|协议|指引)[^。]{0,30}(?:更新|变更|修订|修改|生效)|(?:更新|变更|修订|修改)[^。]{0,10}(?:本|隐私)(?:政策|协议|指引)/, en: /\b(?:policy|notice|statement)\b[^.]{0,40}\b(?:update|change|revis|amend|modif|take effect)|\b(?:update|change|revis|amend|modif)\w* (?:to )?(?:this|the|our) (?:privacy )?(?:policy|notice|statement)/i },
  { subject: 'complaint', zh: /投诉|举报|申诉/, en: /\bcomplain|\bgrievance/i },
  { subject: 'service_termination_notice', zh: /(?:停止|终止)(?:服务|运营|运行)|停止运营/, en: /\b(?:ceas\w*|stop\w*|terminat\w*|discontinu\w*) (?:of )?(?:our |the )?(?:products? or )?(?:services?|operations?)\b/i },
  { subject: 'data_deletion', zh: /删除/, en: /\b(?:delet|eras)\w*/i },
  // Requests of one right, before the generic 'respond_to_requests': the answer to an access or
  // a correction request is its own deadline (a policy may give each its own).
  { subject: 'access_request', zh: /访问请求|查阅请求|查询请求|(?:访问|查阅|查询|复制)(?:您的)?(?:个人)?信息的?(?:请求|申请)/, en: /\baccess (?:request|requests)\b|\brequests? (?:for|to) access\b|\b(?:request|requests) (?:for )?(?:a )?copy\b/i },
  { subject: 'correction_request', zh: /更正请求|更正申请|(?:更正|修改|补充)(?:您的)?(?:个人)?信息的?(?:请求|申请)/, en: /\bcorrection requests?\b|\brequests? (?:for|to) (?:correct|rectif)\w*/i },
  { subject: 'respond_to_requests', zh: /请求|申请|要求/, en: /\brequests?\b|\bneeds\b/i },
  { subject: 'identity_verification_reply', zh: /(?:验证|核实|核验|确认)[^。，,]{0,10}身份/, en: /\bverif\w* (?:your |the )?(?:user )?identity/i },
  { subject: 'reply_to_inquiries', zh: /回复|答复|反馈|响应|处理|受理|答疑/, en: /\b(?:respond|responses?|reply|replies|answer|feedback|get back)\b/i },
  { subject: 'advance_notice', zh: /提前|通知|告知/, en: /\b(?:notice|notify|in advance|prior)\b/i },
];

/** A clause with one of these words states how long data is KEPT: a retention period, not a deadline. */
export const RETENTION_CUES = { zh: /保存|保留|存储|留存|储存|保管|存放/, en: /\b(?:retain\w*|retention|stor(?:e|ed|age)|keep|kept|preserv\w*|archiv\w*)\b/i };
