/**
 * What every policy must state about itself: who handles the data and how to reach them, when
 * the text was published or took effect, how long data is kept and where.
 */
import type { Rule } from '../types.js';
import { absence } from './common.js';

/**
 * A heading that speaks of protection though its section is filed under another topic
 * ("我们如何存储和保护您的个人信息" is a storage section too). A policy's own title
 * ("个人信息保护政策") does not count: it names no measures.
 */
const SECURITY_HEADING = /安全|如何保护|保护措施|保护您的|\bsecur|\bhow we protect|\bprotect(?:ing)? your/i;

/** The policy's own title, which the section lexicon may file under security for its 保护. */
const DOCUMENT_TITLE = /(?:政策|指引|声明|协议|条款|policy|notice|statement)\s*$/i;

export const DISCLOSURE_RULES: readonly Rule[] = [
  absence({
    id: 'disclosure.controller',
    severity: 'violation',
    refs: ['PIPL art. 17(1)(1)', 'TC260-PG-20202A 1.5 a'],
    description: 'no company or person is named as the handler (controller) of the data',
    present: (r) => r.meta.controllers.length > 0,
    message: { en: 'The policy names no personal-information handler (company name).', zh: '隐私政策未写明个人信息处理者的名称。' },
    searchIn: ['scope', 'contact'],
  }),
  absence({
    id: 'disclosure.contact',
    severity: 'violation',
    refs: ['PIPL art. 17(1)(1)', 'TC260-PG-20202A 1.5 a'],
    description: 'no e-mail address or phone number to contact the handler (a postal address alone is not a way to reach them in time)',
    present: (r) => r.contacts.emails.length > 0 || r.contacts.phones.length > 0,
    message: { en: 'The policy gives no e-mail address or phone number to contact the handler.', zh: '隐私政策未提供个人信息处理者的联系方式（电子邮件或电话）。' },
    searchIn: ['contact'],
  }),
  absence({
    id: 'disclosure.dates',
    severity: 'warning',
    refs: ['TC260-PG-20202A 1.5 b'],
    description: 'neither an update date nor an effective date is stated',
    present: (r) => Boolean(r.meta.updated ?? r.meta.effective),
    message: { en: 'The policy states neither when it was updated nor when it takes effect.', zh: '隐私政策未写明发布、生效或更新日期。' },
    searchIn: ['scope', 'changes'],
  }),
  absence({
    id: 'disclosure.retention',
    severity: 'violation',
    refs: ['PIPL art. 17(1)(2)', 'PIPL art. 19', 'TC260-PG-20202A 1.5 d'],
    description: 'no retention period (how long personal information is kept)',
    present: (r) => r.retention.length > 0,
    message: { en: 'The policy does not say how long personal information is kept.', zh: '隐私政策未写明个人信息的保存期限。' },
    searchIn: ['retention', 'storage'],
  }),
  absence({
    id: 'disclosure.storage-location',
    severity: 'warning',
    refs: ['TC260-PG-20202A 1.5 d'],
    description: 'no place of storage (in China, or which country or region abroad)',
    present: (r) => r.storage.locations.length > 0,
    message: { en: 'The policy does not say where personal information is stored.', zh: '隐私政策未写明个人信息的存放地域。' },
    searchIn: ['storage', 'retention'],
  }),
  absence({
    id: 'disclosure.security',
    severity: 'warning',
    refs: ['TC260-PG-20202A 1.5 g'],
    description: 'no section on how personal information is protected (security measures)',
    present: (r) => r.sections.some((s) => (s.category === 'security' || SECURITY_HEADING.test(s.heading)) && !DOCUMENT_TITLE.test(s.heading)),
    message: { en: 'The policy has no section on the security measures that protect personal information.', zh: '隐私政策未说明个人信息安全保护措施。' },
    searchIn: ['security'],
  }),
];
