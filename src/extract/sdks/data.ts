/**
 * Vocabulary of SDK disclosures: the labels of record fields and table headers, the words
 * that name platforms, and the generic words that never name an SDK. Data only; the SDK
 * extractor and its layout readers import it.
 */
import type { FieldLabel } from '../../structure/records.js';
import type { Platform } from '../../types.js';

/** What a field or column of an SDK disclosure holds. */
export type SdkField = 'name' | 'vendor' | 'data' | 'function' | 'purpose' | 'scope' | 'scenario' | 'url' | 'website' | 'platform' | 'includes' | 'method';

/**
 * Labels of record fields and table header cells (both are read with this list).
 * Matched case-insensitively with spaces ignored, after normalisation (half-width `/()`).
 */
export const SDK_FIELD_LABELS: readonly FieldLabel<SdkField>[] = [
  {
    key: 'name',
    forms: ['SDK名称', 'SDK 名称', '第三方SDK名称', 'SDK名字', '第三方服务名称', '第三方产品名称', '产品/服务', '产品名称', '服务名称', '插件名称', '应用名称', 'SDK应用名称', '名称',
      'SDK name', 'SDK', 'Name of SDK', 'Third-party Name', 'Third party name', 'Third-party SDK', 'Third-party service', 'Name'],
  },
  {
    key: 'vendor',
    forms: ['提供方', 'SDK提供方', '第三方主体', '第三方公司名称', '公司名称', '合作伙伴名称', '合作方名称', '第三方名称(公司)', '第三方名称', '开发者', 'SDK开发者', '运营方', 'SDK运营方', '所属公司', '第三方机构名称',
      'Provider', 'SDK provider', 'Vendor', 'Company', 'Developer', 'Third-party company'],
  },
  {
    key: 'data',
    forms: ['收集个人信息类型', '收集的个人信息类型', '收集个人信息', '收集的个人信息', '涉及个人信息', '涉及个人信息类型', '涉及的个人信息', '涉及的个人信息类型', '个人信息类型', '个人信息字段', '数据类型',
      '收集信息', '收集的信息', '收集信息类型', '收集数据类型', '共享信息', '共享的个人信息', '获取的权限/信息', '获取的信息', '使用的个人信息', '处理的个人信息', '收集/共享的个人信息',
      'Type of personal information collected', 'Type of personal information collection', 'Types of personal information collected', 'Personal information collected',
      'Details of Personal Information Collection', 'Collection', 'Data collected', 'Data type', 'Data types', 'Information collected', 'Collected information', 'Collected data'],
  },
  {
    key: 'function',
    forms: ['功能', 'SDK功能', '功能类型', '功能模块', '业务功能', '功能描述', '服务内容', '用途',
      'Function', 'Functions', 'Function Modules and Services', 'Services', 'Service', 'Feature', 'Features'],
  },
  {
    key: 'purpose',
    forms: ['使用目的', '目的', '处理目的', '收集目的', '共享目的', 'SDK用途', 'Purpose', 'Purpose of use', 'Purposes', 'Use'],
  },
  { key: 'scope', forms: ['使用范围', 'Scope of use', 'Scope'] },
  { key: 'scenario', forms: ['使用场景', '场景', '业务场景', 'Scenario', 'Usage scenario'] },
  { key: 'method', forms: ['处理方式', '共享方式', '收集方式', 'Processing method', 'Sharing method'] },
  {
    key: 'url',
    forms: ['隐私政策链接', '隐私政策', '隐私政策地址', '隐私链接', 'SDK隐私政策', '第三方隐私政策', '第三方隐私政策链接', '第三方隐私政策或官网链接', '官网隐私政策链接', '第三方链接', '链接',
      'Privacy Policy Link', 'Privacy policy', 'Privacy Policy Address', 'Privacy policy URL', 'Privacy link', 'Link'],
  },
  // A home page is not a privacy policy: kept apart so it never becomes `privacyUrl`.
  { key: 'website', forms: ['官网链接', '官方链接', '官网', '官方网站', '合作伙伴网站', '网址', 'Website', 'Official website', 'Homepage'] },
  { key: 'platform', forms: ['适用平台', '平台', '操作系统', '系统平台', 'Platform', 'Platforms', 'OS'] },
  { key: 'includes', forms: ['由此SDK引入', '由此SDK引入的SDK', '引入的SDK', '包含的SDK', '子SDK', 'Included SDKs', 'Sub-SDKs'] },
];

/** Words that name platforms, lower case. */
export const PLATFORM_WORDS: ReadonlyMap<string, Platform> = new Map([
  ['android', 'android'],
  ['安卓', 'android'],
  ['ios', 'ios'],
  ['iphone', 'ios'],
  ['苹果', 'ios'],
  ['harmonyos', 'harmonyos'],
  ['harmony', 'harmonyos'],
  ['鸿蒙', 'harmonyos'],
  ['web', 'web'],
  ['h5', 'web'],
]);

/** One platform word; bounded so the pattern stays linear. */
const PLATFORM = '(?:android|ios|iphone|harmonyos|harmony|web|h5|安卓|苹果|鸿蒙)(?:\\s{0,2}(?:版|端|系统|os))?';

/** `(Android, iOS)` / `(ANDROID)` / `(iOS)` at the end of a name or cell. */
export const TRAILING_PLATFORMS = new RegExp(`\\s{0,3}[(]\\s{0,3}(${PLATFORM}(?:\\s{0,3}[,/、&和]\\s{0,3}${PLATFORM}){0,3})\\s{0,3}[)]\\s{0,3}$`, 'i');

/** `iOS，刷脸SDK，…` / `Android: …`: a platform opening a row. */
export const LEADING_PLATFORM = new RegExp(`^(${PLATFORM}(?:\\s{0,2}[/、&]\\s{0,2}${PLATFORM}){0,3})\\s{0,2}[,:]`, 'i');

/** `trackingIO_Android`: a platform glued to a name. */
export const PLATFORM_SUFFIX = /[_-](android|ios)$/i;

/** The platforms named in a short string (`Android, iOS`, `安卓/苹果`). */
export function platformsIn(text: string): Platform[] {
  const out: Platform[] = [];
  const re = /android|ios|iphone|harmonyos|harmony|web|h5|安卓|苹果|鸿蒙/gi;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const before = text[m.index - 1] ?? ' ';
    const after = text[m.index + m[0].length] ?? ' ';
    // Whole words only: `bios`, `webview` are not platforms.
    if (/[a-z]/i.test(before) || /[a-z]/i.test(after)) continue;
    const p = PLATFORM_WORDS.get(m[0].toLowerCase());
    if (p && !out.includes(p)) out.push(p);
  }
  return out;
}

/**
 * Cells or heads that name no SDK although they sit where a name would: generic words for
 * "third-party SDK", data categories spilled into the column, table furniture.
 */
export const GENERIC_NAME = /^(?:第三方|third[-\s]party\s)|^(?:第三方|相关|该|此|上述|这些|部分|其他|其它|以下|下列|我们的?|您的?|本)?\s{0,2}(?:sdk|软件开发工具包|软件开发包|工具包|插件|服务|个人信息|信息|名称|功能)\s{0,2}$|^(?:the\s|a\s|our\s|third[-\s]party\s|other\s|these\s|such\s){0,3}(?:sdks?|software development kits?|services?|personal information|information|name|plug-?ins?)$/i;

/** Verbs of collection that open the data part of a list item's description. */
export const COLLECT_VERB = /获取|收集|采集|读取|访问|调用|使用您的|需要您的|collects?|obtains?|access(?:es)?|gathers?|reads?|uses? your/gi;

/** Words that open a purpose: the data part of a clause ends there. */
export const PURPOSE_MARKER = /用于|用以|以便|为了|从而|以实现|目的是|\bto\s|\bfor\s|\bin order to\b|\bso that\b/i;
