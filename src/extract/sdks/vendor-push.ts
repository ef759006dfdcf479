/**
 * Phone makers' push SDKs named by brand: `如您使用小米、魅族、华为等品牌手机，本产品接入的上述手机厂商
 * Push SDK…`, `终端设备制造商（华为、小米、OPPO、VIVO等）可能通过SDK等技术…` , "device
 * manufacturers (Huawei, Xiaomi, OPPO, vivo) may use their push SDKs…". Such a sentence names
 * each brand's own push SDK without writing its name; each brand mention becomes a listing of
 * that SDK, with the sentence's data as what it collects.
 */
import type { PolicyDocument } from '../../document.js';
import type { SdkListing, TextRef } from './layouts.js';

/** The sentence speaks of makers' push: makers and push within one clause chain. */
const MAKER_PUSH = /(?:厂商|制造商|品牌手机|厂家)[^。；;!?！？]{0,40}?(?:推送|push)|(?:推送|push)[^。；;!?！？]{0,40}?(?:厂商|制造商|厂家)|\bmanufacturers?\b[^.;!?]{0,80}?\bpush|\bpush\b[^.;!?]{0,80}?\bmanufacturers?\b/i;
/** …through an SDK or a channel of theirs. */
const THROUGH_SDK = /sdk|通道|channel/i;
/** Brands with a push SDK of their own, and that SDK's lexicon id. */
const BRANDS: readonly (readonly [RegExp, string])[] = [
  [/华为|huawei/gi, 'huawei-push'],
  [/荣耀|\bhonor\b/gi, 'honor-push'],
  [/小米|xiaomi|红米|redmi/gi, 'xiaomi-push'],
  [/oppo|一加|oneplus/gi, 'oppo-push'],
  [/vivo|iqoo/gi, 'vivo-push'],
  [/魅族|meizu/gi, 'meizu-push'],
];
/** Brands must be an enumeration: at least two of them in the sentence. */
const MIN_BRANDS = 2;

export function vendorPushListings(doc: PolicyDocument): SdkListing[] {
  const out: SdkListing[] = [];
  const known = doc.lexicons.entries.sdks;
  for (const para of doc.paragraphs) {
    const text = para.text;
    // The rarer, simpler test first: most paragraphs name no SDK or channel.
    if (!THROUGH_SDK.test(text) || !MAKER_PUSH.test(text)) continue;
    for (const [s0, s1] of doc.sentences(para.index)) {
      const sentence = text.slice(s0, s1);
      if (!THROUGH_SDK.test(sentence) || !MAKER_PUSH.test(sentence)) continue;
      const mentions: { ref: TextRef; id: string }[] = [];
      for (const [re, id] of BRANDS) {
        if (!known.has(id)) continue;
        re.lastIndex = 0;
        // The first mention of a brand names its SDK; later ones are the same SDK.
        const m = re.exec(sentence);
        if (m) mentions.push({ ref: { para: para.index, start: s0 + m.index, end: s0 + m.index + m[0].length }, id });
      }
      if (mentions.length < MIN_BRANDS) continue;
      const data: TextRef[] = [{ para: para.index, start: s0, end: s1 }];
      // No platform: the sentence does not state one (that these SDKs run on Android is the lexicon's knowledge).
      for (const { ref, id } of mentions) out.push({ id, name: ref, labelled: true, data, purposes: [], platforms: [] });
    }
  }
  return out;
}
