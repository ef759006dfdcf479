/**
 * Vocabulary for policy metadata: the labels that date a policy, the legal-form suffixes
 * that end a company name, and the generic words that are never a controller or product.
 */

/** Labels that say a date is the last update / revision / publication. */
export const UPDATED_CUE = /updated?|revised|revision|modified|amended|announced|published|last change|更新|修订|修改|发布|公布|版本日期/i;
/** The first publication of a policy (首次发布日期, "first published") dates its first version, not its update. */
export const FIRST_VERSION_CUE = /首次|初次|最初|首版|first (?:published|released|issued|version)|originally/i;
/** Labels that say a date is when the policy takes effect. */
export const EFFECTIVE_CUE = /effective|takes? effect|come[s]? into (?:force|effect)|生效|施行|实施/i;
/** A date stated for a law or standard, not for the policy. */
export const LAW_CONTEXT = /《|》|\b(?:law|act|regulation|standard|GB\/T)\b|法律|条例|办法|标准/i;
/** The sentence talks about this policy (for dates given in prose). */
export const POLICY_REFERENCE = /政策|指引|协议|本版本|this (?:privacy )?(?:policy|version|notice|statement|clause)|privacy (?:policy|clause|notice)/i;

/** English legal-form suffixes, longest first. */
export const EN_COMPANY_SUFFIX = /\b(?:Co\.,? ?Ltd\.?|Co\.,? ?Limited|Company Limited|Pte\.? Ltd\.?|Limited|LIMITED|Ltd\.?|Inc\.|Inc\b|Incorporated|Corporation|Corp\.|LLC|GmbH|PLC)/g;
/** Chinese legal-form suffixes. */
export const ZH_COMPANY_SUFFIX = /股份有限公司|有限责任公司|有限公司/g;
/** Characters that cannot be inside a Chinese company name read backwards from its suffix. */
export const ZH_NAME_STOP = /[\s由是的与和及为在被向将或于即、,，.。;；:：“”"'‘’《》【】<>!?！？]/;
/** Leading words that make a Chinese "company" generic (关联公司, 第三方公司 ...). */
export const ZH_GENERIC_NAME = /^(?:关联|子|母|本|该|其|此|第三方|合作|相关|支付|运营|授权|其他|其它|各|任何|上述|集团|境外|境内|分|控股)/;
/** Tokens that may sit inside an English company name in lower case. */
export const EN_NAME_CONNECTORS = new Set(['of', 'and', '&', 'de', 'for']);
/** Designations of the controller inside an alias definition: not names. */
export const GENERIC_ALIASES = /^(?:we|us|our|our company|the company|company|the platform|this platform|this application|本公司|我们|公司|本平台|平台|本应用|本产品|本政策|the policy|this policy|policy|the services?|services?)$/i;
/** A role word before a Chinese company name; everything up to it is sentence, not name. */
export const ZH_ROLE_PREFIX = /^.{0,20}(?:服务提供者|提供者|经营者|运营者|运营方|提供方|开发者|处理者|控制者|主体|全资子公司|子公司|传输给|提供给|委托|指|即)/;
/** The alias definition designates the policy's own voice. */
export const WE_ALIAS = /["“](?:we|We|us|our company|我们|本公司|我方)["”]|["“]?(?:we|我们)["”]?\s?(?:或|or)/;
/** Introduces an alias definition after a company name. */
export const ALIAS_CUE = /以下简称|下称|简称|hereinafter|referred to as|collectively|["“](?:we|We|我们|本公司)["”]/;

/** Words that begin a product-looking phrase but are not product names. */
export const PRODUCT_STOP = new Set([
  'the', 'this', 'our', 'your', 'an', 'a', 'any', 'mobile', 'third', 'third-party', 'open', 'internet', 'iot', 'other', 'such', 'each',
  'related', 'relevant', 'client', 'web', 'official', 'same', 'certain', 'privacy', 'these', 'those', 'all', 'when', 'if', 'and', 'or', 'apple', 'google',
  'android', 'ios', 'start', 'launch', 'open', 'use', 'using', 'download', 'install', 'new', 'main',
]);
