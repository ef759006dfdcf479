/**
 * SDKs named in running prose with an explicit `SDK` marker, known to the lexicon or not:
 * `我们会通过华为SDK、小米SDK、VIVO SDK或OPPO SDK向您推送`, `其中集成的阿里utdid2 SDK，需获取…`,
 * `We use the Acme Analytics SDK to…`. The marker is what makes a name an SDK here; the name is
 * what stands before it back to the verb or separator that opens it. A name that is only a
 * function (`推送SDK`) or a reference (`第三方SDK`, `该SDK`) is no SDK.
 */
import type { PolicyDocument } from '../../document.js';
import { GENERIC_NAME, NEGATED_BEFORE, platformsIn } from './data.js';
import type { Platform } from '../../types.js';
import type { SdkListing, TextRef } from './layouts.js';

/** `SDK` as a word (`小米SDK`, `VIVO SDK`), not inside `SDKs` of a heading's plural or a path. */
const SDK_MARK = /sdk(?![a-z_])/gi;
/** How far back a name may reach from its marker. */
const MAX_NAME = 24;
/** A name in quotes right before the marker (`“腾讯定位”SDK`, `"Acme" SDK`). */
const QUOTED_BEFORE = /["“「『]([^"“”「」『』\n]{2,24})["”」』]\s?$/;
/** Characters a name is made of; anything else (punctuation, brackets) ends it. */
const NAME_CHAR = /[A-Za-z0-9\u4e00-\u9fff_\-. +]/;
/**
 * Words that open a name: the name is what follows the last of them. Verbs of using and
 * the words that introduce examples, in both languages.
 */
const OPENER = /(?:通过|使用了|使用|接入了|接入|集成了|集成的|集成|嵌入了|嵌入|内嵌的|内嵌|引入了|引入|采用了|采用|调用了|调用|借助|基于|包括|包含|例如|比如|诸如|如|其中的|其中|提供的|的|涉及|可能|有关|关于|用于|以及|及|为|在|\b(?:use|uses|using|used|via|through|integrates?|integrated|including|includes|include|such as|the|a|an|our|with|by)\s)/gi;
/** Separators of an enumeration of SDKs (`华为SDK、小米SDK或OPPO SDK`): only right after a previous `SDK`. */
const ENUM_AFTER_SDK = /sdk\s?(?:或|和|及|以及|与|\bor\b|\band\b)\s?/gi;
/** Words no product is named by: references, quantities, the policy's own parties. */
const NOT_A_NAME = /第三方|三方|相关|上述|前述|这些|那些|这类|那类|同类|此类|对应|参照|参见|不限于|外部|合作|了解|软件开发|工具包|合作伙伴|下表|上表|初始化|[和及与或]$|部分|其他|其它|以下|下列|各类|各种|多个|多款|若干|我们|您|本应用|本产品|合作方|服务商|厂商|渠道|功能|类型|此类|该|此|等|个$|款$|^(?:this|that|these|those|such|each|any|some|all|other|third|party|relevant|following|mobile|app)\b/i;
/** Function words: a Chinese name made only of them names a kind of SDK, not a product. */
const FUNCTION_WORDS = /推送|消息|统计|分析|分享|支付|地图|定位|导航|广告|登录|登陆|认证|验证|安全|加固|风控|识别|人脸|刷脸|活体|语音|音频|视频|直播|播放|图片|崩溃|监测|监控|客服|一键|授权|社交|扫码|扫描|数据|埋点|性能|日志|更新|升级|下载|网络|通信|存储|开发|工具|插件|组件|服务|平台|软件|应用|移动|手机|智能|在线|云/g;

/** English function words: a Latin name made only of them names a kind of SDK, as FUNCTION_WORDS do. */
const FUNCTION_WORD_EN = '(?:advertising|advertisement|ads?|push|notifications?|analytics|statistics?|maps?|map|location|positioning|navigation|payments?|pay|share|sharing|login|sign-in|social|video|audio|voice|speech|image|crash|security|risk control|verification|authentication|face recognition|mobile|cloud|network|services?|platform)';
const FUNCTION_WORDS_EN = new RegExp(`^${FUNCTION_WORD_EN}(?:\\s+${FUNCTION_WORD_EN}){0,3}$`, 'i');

/** Where the name before a marker at `at` begins, or -1. */
function nameStart(text: string, at: number): number {
  let s = at;
  while (s > 0 && at - s < MAX_NAME && NAME_CHAR.test(text[s - 1]!)) s--;
  // The name follows the last opener inside the run.
  // The run ends before the marker; a trailing space lets an opener right before it (`The SDK`) count.
  const run = text.slice(s, at) + ' ';
  let cut = 0;
  OPENER.lastIndex = 0;
  for (let m = OPENER.exec(run); m; m = OPENER.exec(run)) cut = m.index + m[0].length;
  // `VIVO SDK或OPPO SDK`: an earlier item of the enumeration ends at its separator.
  ENUM_AFTER_SDK.lastIndex = 0;
  for (let m = ENUM_AFTER_SDK.exec(run); m; m = ENUM_AFTER_SDK.exec(run)) cut = Math.max(cut, m.index + m[0].length);
  // A sentence end or an earlier marker (`Borui SDK. The SDK`) bounds the name too.
  for (const m of run.matchAll(/\.\s|sdk\s?/gi)) cut = Math.max(cut, m.index + m[0].length);
  s += cut;
  // A list item's number (`11. Zxing SDK`, `2.3. SDK`) is not part of the name.
  const numbered = /^\s*\d{1,3}(?:\.\d{1,3}){0,4}[.、]?\s*/.exec(text.slice(s, at));
  if (numbered) s += numbered[0].length;
  while (s < at && text[s] === ' ') s++;
  return s < at ? s : -1;
}

/** `（Android端、iOS端）` right before a marker, `（Android端）` right after one: platforms only. */
const PLATFORM_BRACKET_BEFORE = /[(（]([^()（）]{1,20})[)）]\s?$/;
const PLATFORM_BRACKET_AFTER = /^\s?[(（]([^()（）]{1,20})[)）]/;

/**
 * Items of an enumeration ending at `end` (`甲推送（Android端）、乙 PUSH（Android端）、`), in
 * order: each a product name with its platform bracket, at most six.
 */
function bracketedItemsBefore(text: string, end: number): { start: number; end: number; platforms: Platform[] }[] {
  const out: { start: number; end: number; platforms: Platform[] }[] = [];
  let at = end;
  while (out.length < 6 && at > 0 && text[at - 1] === '、') {
    let itemEnd = at - 1;
    let platforms: Platform[] = [];
    // Only items with their own platform bracket: a bare item before `、` is read by the lexicon, or is another kind of word.
    const bracket = PLATFORM_BRACKET_BEFORE.exec(text.slice(Math.max(0, itemEnd - 24), itemEnd));
    if (!bracket) break;
    platforms = platformsIn(bracket[1]!);
    if (!platforms.length) break;
    itemEnd -= bracket[0].length;
    const s = nameStart(text, itemEnd);
    if (s < 0) break;
    const name = text.slice(s, itemEnd);
    if (!isProductName(name) || /^[\d.\s]*(?:android|ios|安卓|苹果)?\s*$/i.test(name)) break;
    out.unshift({ start: s, end: itemEnd, platforms });
    at = s;
  }
  return out;
}

/** A Chinese name made only of function words and the marker (`刷脸SDK`, `推送SDK`): a kind of SDK, not a product. */
export function isKindName(cell: string): boolean {
  const n = cell.trim().replace(/\s?sdk$/i, '');
  return /^[\u4e00-\u9fff]{1,12}$/.test(n) && n.replace(FUNCTION_WORDS, '').length < 2;
}

/** Is `name` (without its marker) a product's name? */
function isProductName(name: string): boolean {
  const n = name.trim();
  if (n.length < 2 || n.length > 20 || GENERIC_NAME.test(n) || NOT_A_NAME.test(n)) return false;
  if (/[\u4e00-\u9fff]/.test(n)) {
    // A brand is left once the function words are gone (小米, 瑞为, 阿里utdid2), at least two characters.
    const brand = n.replace(FUNCTION_WORDS, '').replace(/[\s._\-+]/g, '');
    return brand.length >= 2;
  }
  // Latin: a capital or a digit (`Acme`, `utdid2`), not a lower-case phrase of the sentence,
  // and not only words for a function (`"Advertising" SDK`, `Push SDK`).
  return /[A-Z0-9]/.test(n) && !/^\d+$/.test(n) && !FUNCTION_WORDS_EN.test(n);
}

/**
 * Each SDK the prose names with a marker: the span is the name and its marker (`VIVO SDK`).
 * Mentions inside spans other layouts already read as names (`taken`) and negated ones
 * (`no WeChat Pay SDK`) are skipped.
 */
export function proseListings(doc: PolicyDocument, taken: readonly TextRef[]): SdkListing[] {
  const out: SdkListing[] = [];
  // Taken spans by paragraph: a scan of all of them per mention made 20,000 `SDK名称:`
  // records quadratic (per record 2.3x the time at 20x the records).
  const takenIn = new Map<number, TextRef[]>();
  for (const r of taken) {
    const list = takenIn.get(r.para);
    if (list) list.push(r);
    else takenIn.set(r.para, [r]);
  }
  for (const para of doc.paragraphs) {
    const text = para.text;
    if (!/sdk/i.test(text)) continue;
    const here = takenIn.get(para.index) ?? [];
    SDK_MARK.lastIndex = 0;
    for (let m = SDK_MARK.exec(text); m; m = SDK_MARK.exec(text)) {
      // `SDK` glued to a Latin word is part of a product's own name (`WechatAuthSDK`): skip.
      const before = text[m.index - 1] ?? ' ';
      let at = m.index;
      if (before === ' ') at--;
      else if (/[A-Za-z]/.test(before) && /[a-z]/.test(before)) continue;
      // `使用“腾讯定位”SDK`: a quoted name before the marker is the name, quotes left out.
      const quoted = QUOTED_BEFORE.exec(text.slice(Math.max(0, at - MAX_NAME - 2), at));
      if (quoted) {
        const qEnd = at - 1;
        const qStart = qEnd - quoted[1]!.length;
        if (isProductName(quoted[1]!) && !NEGATED_BEFORE.test(text.slice(Math.max(0, qStart - 15), qStart - 1)) && !here.some((r) => r.start < m!.index + 3 && qStart < r.end)) {
          out.push({ name: { para: para.index, start: qStart, end: qEnd }, labelled: true, data: [], purposes: [], platforms: [] });
        }
        continue;
      }
      // `接入某地图（Android端、iOS端）SDK`: a platform bracket between the name and the marker.
      const inner = PLATFORM_BRACKET_BEFORE.exec(text.slice(Math.max(0, at - 24), at));
      const innerPlatforms = inner ? platformsIn(inner[1]!) : [];
      const nameEnd = innerPlatforms.length ? at - inner![0].length : at;
      const start = nameStart(text, nameEnd);
      if (start < 0) continue;
      // `Zxing的SDK`: the product's SDK.
      const name = text.slice(start, nameEnd).replace(/的\s?$/, '');
      if (!isProductName(name) || NEGATED_BEFORE.test(text.slice(Math.max(0, start - 14), start))) continue;
      if (here.some((r) => r.start < m!.index + 3 && start < r.end)) continue;
      // `…SDK（Android端）`: a platform bracket right after the marker.
      const outer = PLATFORM_BRACKET_AFTER.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 24));
      const platforms = [...innerPlatforms, ...(outer ? platformsIn(outer[1]!) : [])];
      // The span is the name and its marker, or the name alone when `的` or a bracket stands between.
      const ref: TextRef = { para: para.index, start, end: name.length < at - start ? start + name.length : m.index + m[0].length };
      out.push({ name: ref, labelled: true, data: [], purposes: [], platforms });
      // `甲推送（Android端）、乙 PUSH（Android端）、丙推送SDK`: earlier items share the marker and their brackets say their platforms.
      for (const item of bracketedItemsBefore(text, start)) {
        if (here.some((r) => r.start < item.end && item.start < r.end)) continue;
        out.push({ name: { para: para.index, start: item.start, end: item.end }, labelled: true, data: [], purposes: [], platforms: item.platforms });
      }
    }
  }
  return out;
}
