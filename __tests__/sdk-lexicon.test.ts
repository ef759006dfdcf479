import { readFileSync } from 'node:fs';
import { loadLexicons } from '../src/lexicon/load.js';
import { validateLexicon, type SdkEntry } from '../src/lexicon/schema.js';
import { hasCjk, makeTokenView } from '../src/lexicon/matcher.js';
import { termStems } from '../src/tokenize/english.js';
import { PolicyDocument } from '../src/document.js';
import { createSegmenter, type Segmenter } from '../src/tokenize/segmenter.js';
import type { SdkCategory } from '../src/types.js';

const FILE = new URL('../lexicons/sdks.json', import.meta.url);
const lexicons = loadLexicons();
const sdks = lexicons.entries.sdks;
const matcher = lexicons.matcher('sdks');

let segmenter: Segmenter | null = null;
function getSegmenter(): Segmenter {
  if (!segmenter) {
    segmenter = createSegmenter();
    segmenter.addWords(lexicons.cjkForms());
  }
  return segmenter;
}

/** Ids the lexicon finds in one text, as a Chinese paragraph when it holds CJK (jieba boundaries). */
function idsIn(text: string): string[] {
  const doc = new PolicyDocument(text, lexicons, getSegmenter);
  return [...new Set(doc.paragraphs.flatMap((p) => matcher.match(doc.view(p.index)).map((m) => m.id)))];
}

/** The single id one name resolves to, matched as a whole (the match must cover the name). */
function resolve(name: string): string | undefined {
  const m = matcher.match(makeTokenView(name, null));
  return m.length === 1 && m[0]!.start === 0 && m[0]!.end === name.length ? m[0]!.id : undefined;
}

/** Every SDK id the lexicon finds in a corpus file. */
function corpusIds(file: string): Set<string> {
  const text = readFileSync(new URL(`../corpus/${file}`, import.meta.url), 'utf8');
  return new Set(idsIn(text));
}

describe('the SDK lexicon file', () => {
  it('validates and loads with the built-in lexicons', () => {
    const raw = JSON.parse(readFileSync(FILE, 'utf8')) as unknown;
    expect(validateLexicon(raw, 'sdks.json').kind).toBe('sdks');
    expect(sdks.size).toBeGreaterThanOrEqual(80);
  });

  it('gives every entry a name, a Chinese label, a vendor, platforms and at least one alias', () => {
    for (const e of sdks.values()) {
      expect([e.id, e.label.zh && e.vendor && e.platforms?.length && e.aliases?.length ? 'ok' : 'missing']).toEqual([e.id, 'ok']);
    }
  });

  it('covers every SDK category with several entries, except the catch-all', () => {
    const count = new Map<SdkCategory, number>();
    for (const e of sdks.values()) count.set(e.category, (count.get(e.category) ?? 0) + 1);
    for (const c of ['push', 'analytics', 'crash-reporting', 'advertising', 'maps-location', 'social', 'payment', 'identity-verification', 'media', 'iot-connectivity', 'device-identifier'] as const) {
      expect([c, (count.get(c) ?? 0) >= 3]).toEqual([c, true]);
    }
  });

  it('never files one form under two SDKs', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const e of sdks.values()) {
      const forms = [e.name, ...(e.aliases ?? []), ...(e.packages ?? [])];
      for (const f of forms) {
        const key = hasCjk(f) ? `zh:${f.normalize('NFKC').toLowerCase()}` : `en:${termStems(f).join(' ')}`;
        const prior = owner.get(key);
        if (prior && prior !== e.id) clashes.push(`${f}: ${prior} / ${e.id}`);
        owner.set(key, e.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('has no Latin alias that is one ordinary word', () => {
    const ordinary = new Set(['push', 'map', 'maps', 'pay', 'login', 'share', 'ads', 'analytics', 'adjust', 'branch', 'firebase', 'stripe', 'face', 'mob', 'sdk', 'beacon', 'google', 'facebook', 'wechat', 'qq', 'huawei', 'xiaomi', 'msa', 'oaid']);
    const found: string[] = [];
    for (const e of sdks.values()) {
      for (const a of [e.name, ...(e.aliases ?? [])]) {
        if (hasCjk(a)) continue;
        const stems = termStems(a);
        if (stems.length === 1 && ordinary.has(a.toLowerCase().replace(/[^a-z]/g, ''))) found.push(`${e.id}: ${a}`);
      }
    }
    expect(found).toEqual([]);
  });

  it('keeps package prefixes in dotted lower-case form', () => {
    for (const e of sdks.values() as Iterable<SdkEntry>) {
      for (const p of e.packages ?? []) expect([e.id, p, /^[a-z][a-z0-9_]*(?:\.[a-z0-9_]+)+$/i.test(p)]).toEqual([e.id, p, true]);
    }
  });
});

describe('aliases resolve to one id', () => {
  it.each([
    ['友盟', 'umeng'], ['Umeng', 'umeng'], ['UMENG', 'umeng'], ['Youmeng', 'umeng'], ['com.umeng', 'umeng'], ['com. umeng', 'umeng'], ['友盟统计SDK', 'umeng'],
    ['友盟推送', 'umeng-push'], ['com.umeng.message', 'umeng-push'], ['友盟社会化分享SDK', 'umeng-share'],
    ['个推', 'getui'], ['igexin', 'getui'], ['com.igexin', 'getui'], ['个验', 'getui-gy'],
    ['腾讯SDK Bugly', 'tencent-bugly'], ['Tencent Bugly', 'tencent-bugly'], ['com.tencent.bugly', 'tencent-bugly'],
    ['高德地图SDK', 'amap'], ['Amap', 'amap'], ['com.amap.api', 'amap'],
    ['微信SDK', 'wechat-open-platform'], ['WeChat OpenSDK', 'wechat-open-platform'], ['微信支付', 'wechat-pay'],
    ['穿山甲', 'pangle'], ['Chuanshanjia', 'pangle'], ['巨量引擎', 'pangle'], ['com.bytedance', 'pangle'], ['com.bytedance.sdk.openadsdk', 'pangle'],
    ['com.bytedance.sdk.open.douyin', 'douyin-open-platform'], ['com.bytedance.applog', 'volcengine-datafinder'],
    ['优量汇', 'tencent-youlianghui'], ['广点通', 'tencent-youlianghui'], ['GDT SDK', 'tencent-youlianghui'], ['Guangdiantong', 'tencent-youlianghui'],
    ['极光推送', 'jpush'], ['JPush', 'jpush'], ['信鸽', 'tencent-tpns'], ['TPNS', 'tencent-tpns'],
    ['MSA Mobile Security Alliance', 'msa-oaid'], ['移动安全联盟', 'msa-oaid'], ['com.bun.miitmdid', 'msa-oaid'],
    ['Alipay', 'alipay'], ['支付宝', 'alipay'], ['Alipay Device Identity Generation Library', 'alipay-device-id'],
    ['Ali Push SDK', 'aliyun-push'], ['Alibaba Cloud LV SDK', 'aliyun-link-visual'], ['Alibaba Cloud Real-Name Authentication', 'aliyun-real-person-verification'],
    ['TUTK', 'tutk'], ['ThroughTek', 'tutk'], ['TUTK-SDK', 'tutk'],
    ['com.mbridge.m', 'mintegral'], ['com.tramini.plugin', 'topon'], ['com.beizi', 'beizi'], ['IJKMediaFramework', 'ijkplayer'],
    ['Google FCM', 'firebase-cloud-messaging'], ['Firebase Cloud Messaging', 'firebase-cloud-messaging'],
    ['Facebook third-party Account Login', 'facebook-login'], ['Paypal SDK', 'paypal'],
    ['HONOR Push SDK', 'honor-push'], ['Mi Push SDK', 'xiaomi-push'], ['VIVO PUSH', 'vivo-push'], ['OPPO推送', 'oppo-push'], ['华为推送', 'huawei-push'], ['魅族推送', 'meizu-push'],
    ['Baidu Alliance Advertising SDK', 'baidu-union'], ['百青藤', 'baidu-union'], ['快手联盟', 'kuaishou-ads'],
    ['百度定位', 'baidu-location'], ['百度地图SDK', 'baidu-map'], ['腾讯地图', 'tencent-map'],
    ['QQ互联', 'qq-connect'], ['新浪微博SDK', 'weibo'], ['ShareSDK', 'sharesdk'], ['腾讯X5内核', 'tencent-x5'], ['阿里云号码认证', 'aliyun-number-auth'],
    ['云闪付', 'unionpay-quickpass'], ['银联', 'unionpay'], ['腾讯云慧眼', 'tencent-faceid'], ['声网', 'agora'], ['即构', 'zego'], ['TXLiteAVSDK', 'tencent-liteav'],
    ['数盟', 'shumeng'], ['数美', 'shumei'], ['网易易盾', 'netease-yidun'], ['HMS Core', 'huawei-hms-core'], ['AGConnect', 'huawei-agconnect'],
    ['com.google.android.gms', 'google-play-services'], ['com.google.android.gms.ads', 'google-admob'],
  ])('%s → %s', (name, id) => {
    expect(resolve(name)).toBe(id);
  });

  it('leaves ordinary words and bare vendor names alone', () => {
    for (const text of ['We send push notifications.', 'Open the map to see stores.', 'Contact us on WeChat or QQ.', 'Adjust the settings.', 'Face recognition.', 'Huawei phones and Xiaomi phones.']) {
      expect([text, idsIn(text)]).toEqual([text, []]);
    }
    expect(idsIn('总部位于海纳百川总部大厦。您可以使用涂鸦功能。')).toEqual([]);
  });
});

describe('the seed corpus', () => {
  it('finds all 23 SDKs of Jooan plus its two optional ones, and nothing else but the negated WeChat Pay', () => {
    const ids = corpusIds('jooan.en.txt');
    const expected = ['umeng', 'tencent-bugly', 'vivo-push', 'oppo-push', 'xiaomi-push', 'huawei-push', 'pangle', 'tencent-youlianghui', 'msa-oaid', 'wechat-open-platform', 'kuaishou-ads', 'topon', 'mintegral', 'tutk', 'alipay', 'beizi', 'aliyun-real-person-verification', 'aliyun-link-visual', 'aliyun-push', 'alipay-device-id', 'ijkplayer', 'honor-push', 'baidu-union', 'netease-yunxin', 'meizu-push'];
    // "WeChat Open Platform (no WeChat Pay SDK)": the name is there; the extractor drops it.
    expect([...ids].sort()).toEqual([...expected, 'wechat-pay'].sort());
  });

  it('finds Kaiconn’s five SDKs in both the Chinese and the English half', () => {
    expect([...corpusIds('kaiconn.zh-en.txt')].sort()).toEqual(['amap', 'getui', 'tencent-bugly', 'umeng', 'wechat-open-platform']);
    expect(idsIn('SDK名称:友盟统计SDK(com.umeng)')).toEqual(['umeng']);
    expect(idsIn('④.SDK名称:腾讯SDK Bugly')).toEqual(['tencent-bugly']);
    expect(idsIn('2.3.5. SDK name: Youmeng SDK (com. umeng)')).toEqual(['umeng']);
  });

  it('finds Cococam’s four SDKs', () => {
    expect([...corpusIds('cococam.en.txt')].sort()).toEqual(['facebook-login', 'firebase-cloud-messaging', 'paypal', 'tutk']);
  });

  it('finds nothing in the two policies that name no SDK', () => {
    expect([...corpusIds('jeejio.en.txt')]).toEqual([]);
    expect([...corpusIds('zosi.en.txt')]).toEqual([]);
  });

  it('uses the gold categories for the corpus SDKs', () => {
    const gold: Record<string, SdkCategory> = {
      umeng: 'analytics', 'tencent-bugly': 'crash-reporting', getui: 'push', amap: 'maps-location', 'wechat-open-platform': 'social',
      pangle: 'advertising', 'tencent-youlianghui': 'advertising', 'msa-oaid': 'device-identifier', 'alipay-device-id': 'device-identifier',
      tutk: 'iot-connectivity', 'aliyun-link-visual': 'iot-connectivity', alipay: 'payment', paypal: 'payment', ijkplayer: 'media',
      'aliyun-real-person-verification': 'identity-verification', 'facebook-login': 'social', 'firebase-cloud-messaging': 'push', 'kuaishou-ads': 'advertising',
      'netease-yunxin': 'other',
    };
    for (const [id, category] of Object.entries(gold)) expect([id, sdks.get(id)?.category]).toEqual([id, category]);
  });
});
