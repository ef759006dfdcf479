/**
 * Vocabulary of SDK disclosures: the labels of record fields and table headers, the words
 * that name platforms, and the generic words that never name an SDK. Data only; the SDK
 * extractor and its layout readers import it.
 */
import type { FieldLabel } from '../../structure/records.js';
import type { Platform, SdkCategory } from '../../types.js';

/** What a field or column of an SDK disclosure holds. */
export type SdkField = 'name' | 'vendor' | 'data' | 'function' | 'purpose' | 'scope' | 'scenario' | 'url' | 'website' | 'platform' | 'includes' | 'method';

/**
 * Labels of record fields and table header cells (both are read with this list).
 * Matched case-insensitively with spaces ignored, after normalisation (half-width `/()`).
 */
export const SDK_FIELD_LABELS: readonly FieldLabel<SdkField>[] = [
  {
    key: 'name',
    forms: ['SDK名称', 'SDK 名称', '第三方SDK名称', 'SDK名字', '第三方服务名称', '第三方产品名称', '产品/服务', '产品名称', '服务名称', '服务方名称', '插件名称', '应用名称', 'SDK应用名称', '名称',
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
      '收集信息', '收集的信息', '收集信息类型', '收集数据类型', '共享信息', '共享的个人信息', '获取的权限/信息', '获取的信息', '使用的个人信息', '处理的个人信息', '收集/共享的个人信息', '共享字段', '收集字段',
      'Type of personal information collected', 'Type of personal information collection', 'Types of personal information collected', 'Personal information collected',
      'Details of Personal Information Collection', 'Collection', 'Data collected', 'Data type', 'Data types', 'Information collected', 'Collected information', 'Collected data'],
  },
  {
    key: 'function',
    forms: ['功能', 'SDK功能', '功能类型', '功能模块', '业务功能', '功能描述', '功能说明', '服务内容', '用途', '说明', 'SDK说明', '描述', '简介', '服务方类别',
      'Function', 'Functions', 'Function Modules and Services', 'Services', 'Service', 'Feature', 'Features', 'Description', 'Details'],
  },
  {
    key: 'purpose',
    forms: ['使用目的', '目的', '处理目的', '收集目的', '共享目的', 'SDK用途', '合作用途', '合作目的', 'Purpose', 'Purpose of use', 'Purposes', 'Use'],
  },
  { key: 'scope', forms: ['使用范围', 'Scope of use', 'Scope'] },
  { key: 'scenario', forms: ['使用场景', '场景', '业务场景', 'Scenario', 'Usage scenario'] },
  { key: 'method', forms: ['处理方式', '共享方式', '收集方式', '接入方式', '合作方式', 'Processing method', 'Sharing method'] },
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

/** `仅涉及安卓`, `Android only`, `involved in Android only`: a platform bracket's qualifiers. */
const PLATFORM_ONLY_BEFORE = '(?:仅(?:涉及|限|支持|适用于|用于|针对)?|(?:involved in|used in|for|on)\\s{1,2})?';
const PLATFORM_ONLY_AFTER = '(?:\\s{0,2}(?:only|用户|客户端))?';
/** `(Android, iOS)` / `(ANDROID)` / `(iOS)` / `(仅涉及安卓)` / `(Android only)` at the end of a name or cell. */
export const TRAILING_PLATFORMS = new RegExp(`\\s{0,3}[(]\\s{0,3}${PLATFORM_ONLY_BEFORE}(${PLATFORM}(?:\\s{0,3}[,/、&和]\\s{0,3}${PLATFORM}){0,3})${PLATFORM_ONLY_AFTER}\\s{0,3}[)]\\s{0,3}$`, 'i');

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
// `Third -party` with a stray space is how converted documents and translations write it.
export const GENERIC_NAME = /^(?:第三方|third\s?[-\s]\s?party\s)|^(?:第三方|相关|该|此|上述|这些|部分|其他|其它|以下|下列|我们的?|您的?|本)?\s{0,2}(?:sdk|软件开发工具包|软件开发包|工具包|插件|服务|个人信息|信息|名称|功能)\s{0,2}$|^(?:the\s|a\s|our\s|third\s?[-\s]\s?party\s|other\s|these\s|such\s){0,3}(?:sdks?|software development kits?|services?|personal information|information|name|plug-?ins?)$/i;

/** Verbs of collection that open the data part of a list item's description. */
export const COLLECT_VERB = /获取|收集|采集|读取|访问|调用|使用您的|需要您的|collects?|obtains?|access(?:es)?|gathers?|reads?|uses? your/gi;

/** Words that open a purpose: the data part of a clause ends there. */
export const PURPOSE_MARKER = /用于|用以|以便|为了|从而|以实现|目的是|\bto\s|\bfor\s|\bin order to\b|\bso that\b/i;

/**
 * Words that say what an SDK does, in the order they are tried on one text; the earliest
 * match in the text wins, so `一键登录` (identity) beats `登录` (social) and `推送` in
 * `用于向用户推送消息` decides alone. Read from an SDK's names first, then from what its
 * listings say it does; used only where the lexicon gives no category (or `other`).
 * Data words (`位置信息`) are not cues: an SDK that collects a location is not a map.
 */
export const CATEGORY_CUES: readonly (readonly [SdkCategory, RegExp])[] = [
  ['identity-verification', /一键登录|本机号码|号码认证|实名认证|实名核验|实名制|人脸识别|人脸核身|人脸验证|刷脸|活体|身份核验|身份验证|身份认证|\b(?:face|liveness|identity)\s(?:verification|authentication|recognition)\b|\bkyc\b/i],
  ['push', /推送|消息通知|通知栏|\bpush\b|notification/i],
  ['advertising', /广告|推广|营销|归因|\bads?\b|advertis|attribution/i],
  ['analytics', /统计|埋点|数据分析|行为分析|用户分析|运营分析|\banalytics?\b|statistic/i],
  ['crash-reporting', /崩溃|闪退|异常上报|异常分析|性能监控|性能分析|稳定性监控|稳定性分析|探针|\bcrash|\bbugs?\b|\bapm\b/i],
  ['maps-location', /地图|定位服务|定位功能|导航|位置服务|地理围栏|\bmaps?\b|location services?|navigation|\blbs\b|geofenc/i],
  ['payment', /支付|收银|付款|钱包|充值|\bpay(?:ments?)?\b|checkout|in-app purchase/i],
  ['social', /分享|账号登录|第三方登录|授权登录|快捷登录|社交|\bshar(?:e|ing)\b|social log\s?in|sign[-\s]in with/i],
  ['media', /语音|音频|视频|直播|点播|播放|图片(?:异步)?加载|图片(?:开源)?库|图片处理|图像处理|音视频|\bspeech\b|\bvoice\b|\baudio\b|\bvideo\b|\bplayer\b|image loading|live stream/i],
  ['iot-connectivity', /配网|设备连接|蓝牙连接|\bp2p\b|\biot\b/i],
  // Last: only an SDK whose name or stated function is the identifier (`utdid`, `OAID SDK`,
  // 功能：获取匿名设备标识), never one that merely collects it (prose skips this cue).
  ['device-identifier', /设备标识(?:符)?(?:服务|sdk|功能)|匿名设备标识|获取(?:匿名)?设备标识|移动安全联盟|\butdid|\boaid\s?sdk|\bmsa\s?sdk|\bdevice identifier (?:sdk|service)/i],
];
/** Cues a sentence about an SDK may carry without saying what the SDK is (data it collects). */
const DATA_LIKE_CUES: ReadonlySet<SdkCategory> = new Set(['device-identifier']);

/** The category the texts speak of: the first text with a cue decides, by its earliest cue. */
export function categoryFromCues(texts: readonly string[]): SdkCategory | undefined {
  for (const t of texts) {
    let best: SdkCategory | undefined;
    let at = Infinity;
    for (const [category, cue] of CATEGORY_CUES) {
      const m = cue.exec(t);
      if (m && m.index < at) [best, at] = [category, m.index];
    }
    if (best) return best;
  }
  return undefined;
}

/**
 * The category a sentence naming SDKs speaks of, cues tried in their order: a sentence says
 * more than what the SDK does (`向您的设备发送产品介绍、商业推广…推送的消息`), and the
 * specific kinds (identity, push) come before the broad ones (advertising, media).
 */
export function categoryInProse(sentences: readonly string[]): SdkCategory | undefined {
  for (const [category, cue] of CATEGORY_CUES) if (!DATA_LIKE_CUES.has(category) && sentences.some((t) => cue.test(t))) return category;
  return undefined;
}

/** Right after a bare known name: a verb saying it is used for something (`个推用于推送`). */
export const FUNCTION_VERB = /^\s?(?:用于|用以|来|为您|向您|提供|实现|\bis used (?:to|for)\b|\bto\b)/i;
/** How far after the name its function is looked for. */
export const FUNCTION_WINDOW = 24;

/** `no X`, `without X`, `不含X`: a mention that says the SDK is not there. */
export const NEGATED_BEFORE = /(?:\bno|\bnot|\bwithout|\bexcluding|不含|不包含|不包括|未接入|未集成|并未|没有)\s{0,2}(?:the\s|any\s)?$/i;
