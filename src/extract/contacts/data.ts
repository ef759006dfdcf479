/**
 * Vocabulary for contact extraction: which sites and numbers belong to regulators, which
 * sites are third-party references rather than the policy's own, and the words that
 * introduce a phone number or a postal address.
 */

/** Regulator complaint channels: the number or host, and what it is. */
export const REGULATOR_PHONES: Record<string, string> = {
  '12315': 'market regulation complaints (12315)',
  '12377': 'CAC illegal information reporting (12377)',
  '12321': 'network harmful information reporting (12321)',
  '12318': 'cultural market reporting (12318)',
  '12300': 'MIIT telecom user complaints (12300)',
  '12381': 'MIIT fraud call warning (12381)',
  '12345': 'government service hotline (12345)',
  '110': 'police',
};

/** Hosts (without `www.`) of regulator reporting sites. */
export const REGULATOR_HOSTS: readonly string[] = [
  '12377.cn',
  '12321.cn',
  '12315.cn',
  'cyberpolice.cn',
  'beian.miit.gov.cn',
  'dxss.miit.gov.cn',
  'cac.gov.cn',
  'samr.gov.cn',
  // Data protection authorities English policies send complaints to (UK, EU, US, HK, SG).
  'ico.org.uk',
  'edpb.europa.eu',
  'cnil.fr',
  'dataprotection.ie',
  'oag.ca.gov',
  'cppa.ca.gov',
  'ftc.gov',
  'pcpd.org.hk',
  'pdpc.gov.sg',
];

/**
 * Reference sites a policy points to for general reading (cookie guides, ad opt-out
 * portals, platform docs): not the policy's own contacts.
 */
export const REFERENCE_HOSTS: readonly string[] = [
  'aboutcookies.org',
  'allaboutcookies.org',
  'youronlinechoices.com',
  'youronlinechoices.eu',
  'aboutads.info',
  'networkadvertising.org',
  'optout.aboutads.info',
  'support.google.com',
  'policies.google.com',
  'support.apple.com',
  'tools.google.com',
];

/** Hosts of code hosting and developer portals: SDK and library references, never a policy's own contact. */
export const DEVELOPER_HOST = /^(?:github\.com|gitee\.com|gitlab\.com|(?:open|developers?|dev|docs?|wiki)\.[a-z0-9.-]+)$/;

/** Words just before a number that say it is a phone number. */
export const PHONE_CUE = /(?:电话|热线|手机|致电|拨打|来电|客服|号码|tel|telephone|phone|hotline|call|fax|传真)[^0-9a-z]{0,12}$/i;
/** Words before a number that say it is something else (registration, licence, postcode ...). */
export const NOT_PHONE_CUE = /(?:ICP|备案|备|许可证|代码|编号|邮编|邮政编码|postcode|zip|证号|No\.?|版本|version|第)[^0-9]{0,6}$/i;
/** Words around a number that make it a complaint line rather than a general hotline. */
export const COMPLAINT_CUE = /投诉|举报|complain|report/i;
export const HOTLINE_CUE = /客服|热线|hotline|customer service|service center|服务中心|联系电话|contact/i;

/** A label that introduces a postal address on the same line: "地址:", "注册地址为", "Address:", "address is". */
export const ADDRESS_LABEL = /(?:地址|address)(?: {0,2}[:：]|为|是|位于| is | at )/gi;
/** Data-type phrases that also end in "address" / 地址 and must not be read as a label. */
export const NOT_ADDRESS_LABEL = /(?:e-?mail|ip|mac|web|url|ip |device|hardware|network|邮箱|邮件|网络|物理|MAC|IP|网页|链接)\s?$/i;
/** Words a real postal address contains. */
export const ADDRESS_WORDS = /\d|路|街|号|楼|室|区|市|省|大厦|大道|园|floor|room|building|street|road|district|city|province|block|centre|center|tower|avenue|suite|\bst\b|\brd\b|unit|workshop|hong kong|shenzhen|beijing|shanghai/i;
/** A line "following address:" ends with: the address is on the next line. */
export const ADDRESS_FOLLOWS = /(?:following address|address below|以下地址|如下地址)\s?[:：]?\s?$/i;
/** Address-looking line without a label (signature blocks in the contact section). */
export const BARE_ADDRESS = /^(?:room|unit|flat|suite|floor|\d{1,4}(?:st|nd|rd|th)? floor|no\.|workshop|block)\b.{0,200}\b(?:street|road|avenue|district|centre|center|building|hong kong|china)\b/i;
