import { readFileSync } from 'node:fs';
import { createExtractor, extractPolicy } from '../src/index.js';
import { FUZZY_THRESHOLD, fuzzyResolve, slugOf } from '../src/extract/sdks/resolve.js';
import type { PolicyExtraction, SdkFinding } from '../src/types.js';

const corpus = (f: string): string => readFileSync(new URL(`../corpus/${f}`, import.meta.url), 'utf8');
const byId = (r: PolicyExtraction, id: string): SdkFinding => {
  const s = r.sdks.find((x) => x.id === id);
  if (!s) throw new Error(`no SDK ${id}; found ${r.sdks.map((x) => x.id).join(', ')}`);
  return s;
};
/** Every evidence span is the mention itself. */
const mentions = (text: string, s: SdkFinding): string[] => s.evidence.map((e) => text.slice(e.start, e.end));

describe('Kaiconn: bilingual key:value records', () => {
  const text = corpus('kaiconn.zh-en.txt');
  const r = extractPolicy(text);

  it('gives one entry per SDK, each with evidence in both languages', () => {
    expect(r.sdks.map((s) => s.id).sort()).toEqual(['amap', 'getui', 'tencent-bugly', 'umeng', 'wechat-open-platform']);
    for (const s of r.sdks) {
      const langs = new Set(s.evidence.map((e) => r.paragraphs[e.paragraph]!.lang));
      expect([s.id, [...langs].sort()]).toEqual([s.id, ['en', 'zh']]);
    }
  });

  it('reads collected data, link and purposes from the record fields', () => {
    const getui = byId(r, 'getui');
    expect(getui.category).toBe('push');
    expect(getui.dataTypes).toEqual(expect.arrayContaining(['device.identifier', 'location.general', 'device.mac']));
    expect(getui.privacyUrl).toBe('https://getui.com/privacy');
    expect(getui.purposes).toEqual(expect.arrayContaining(['信息推送', 'information push']));
    expect(getui.platforms).toEqual([]);
    // The Chinese Umeng record lists SSID/BSSID, the English one does not: the union counts.
    expect(byId(r, 'umeng').dataTypes).toEqual(expect.arrayContaining(['device.serial', 'location.general', 'network.wifi']));
    // Only the collected-data field: Umeng's scope (IP, ISP, crash records) is not its data.
    expect(byId(r, 'umeng').dataTypes).not.toContain('network.ip');
  });

  it('evidence spans are the names as written', () => {
    expect(mentions(text, byId(r, 'getui'))).toEqual(expect.arrayContaining(['个推SDK', 'igexin SDK']));
    expect(mentions(text, byId(r, 'umeng')).some((m) => /Youmeng/.test(m))).toBe(true);
    expect(mentions(text, byId(r, 'umeng')).some((m) => /友盟/.test(m))).toBe(true);
  });
});

describe('Jooan: two-column Android/iOS table and bracketed platform list', () => {
  const text = corpus('jooan.en.txt');
  const r = extractPolicy(text);

  it('finds the 23 listed SDKs and no SDK the text only excludes', () => {
    const ids = r.sdks.map((s) => s.id);
    for (const id of ['umeng', 'tencent-bugly', 'vivo-push', 'oppo-push', 'xiaomi-push', 'huawei-push', 'pangle', 'tencent-youlianghui', 'msa-oaid', 'wechat-open-platform', 'kuaishou-ads', 'topon', 'mintegral', 'tutk', 'alipay', 'beizi', 'aliyun-real-person-verification', 'aliyun-link-visual', 'aliyun-push', 'alipay-device-id', 'ijkplayer', 'honor-push', 'baidu-union']) {
      expect(ids).toContain(id);
    }
    // "WeChat Open Platform (no WeChat Pay SDK)" names WeChat Pay only to exclude it.
    expect(ids).not.toContain('wechat-pay');
    expect(r.sdks.filter((s) => !s.known)).toEqual([]);
  });

  it('takes platforms from the column a name stands in', () => {
    expect(byId(r, 'vivo-push').platforms).toEqual(['android']);
    expect(byId(r, 'alipay-device-id').platforms).toEqual(['android']);
    expect(byId(r, 'ijkplayer').platforms).toEqual(['ios']);
    expect(byId(r, 'umeng').platforms).toEqual(['android', 'ios']);
    expect(byId(r, 'beizi').platforms).toEqual(['android', 'ios']);
    expect(byId(r, 'pangle').category).toBe('advertising');
  });

  it('counts every mention, prose included', () => {
    const gdt = mentions(text, byId(r, 'tencent-youlianghui'));
    expect(gdt).toContain('Guangdiantong SDK');
    expect(gdt.length).toBeGreaterThanOrEqual(3);
  });
});

describe('Cococam: tab table flattened by copy-paste', () => {
  const text = corpus('cococam.en.txt');
  const r = extractPolicy(text);

  it('reads the four rows, the swapped PayPal row included, and nothing from the spilled heading', () => {
    expect(r.sdks.map((s) => s.id).sort()).toEqual(['facebook-login', 'firebase-cloud-messaging', 'paypal', 'tutk']);
    const paypal = byId(r, 'paypal');
    expect(paypal.privacyUrl).toBe('https://developer.paypal.com/docs/policiesAndGuidelines/');
    expect(paypal.category).toBe('payment');
    expect(paypal.purposes).toContain('Payment');
  });

  it('reads each row\'s data, link and platform', () => {
    const fb = byId(r, 'facebook-login');
    expect(fb.dataTypes).toEqual(expect.arrayContaining(['network.ip', 'device.mac']));
    expect(fb.privacyUrl).toBe('https://www.facebook.com/about/privacy');
    expect(byId(r, 'firebase-cloud-messaging').purposes).toContain('Push the');
    const tutk = byId(r, 'tutk');
    expect(tutk.platforms).toEqual(['ios']);
    expect(tutk.privacyUrl).toBeUndefined();
    expect(mentions(text, tutk)).toEqual(['Tutk']);
  });
});

describe('policies that name no SDK', () => {
  it.each(['zosi.en.txt', 'jeejio.en.txt'])('%s: "third-party SDK" prose gives nothing', (f) => {
    expect(extractPolicy(corpus(f)).sdks).toEqual([]);
  });

  it('prose creates an entry only for a mention marked as an SDK', () => {
    expect(extractPolicy('We may embed third-party SDKs. You can pay with Alipay or WeChat.').sdks).toEqual([]);
    const r = extractPolicy('We use the Umeng SDK to count active users.');
    expect(r.sdks.map((s) => s.id)).toEqual(['umeng']);
    expect(r.sdks[0]!.dataTypes).toEqual([]);
    const zh = extractPolicy('为便于您充值，我们使用了微信、支付宝SDK。');
    expect(zh.sdks.map((s) => s.id).sort()).toEqual(['alipay', 'wechat-open-platform']);
  });
});

describe('layouts of real Chinese policies (corpus-extra shapes)', () => {
  it('numbered list items: name before the colon, data after it', () => {
    const text = '第三方SDK列表\n1.广点通SDK：手机/电话权限、定位权限\n2.个推SDK：设备标识符、MAC地址，用于消息推送\n（3）.友盟SDK 通过获取IMEI,MAC地址，用于统计新增用户数量。';
    const r = extractPolicy(text);
    expect(r.sdks.map((s) => s.id)).toEqual(['tencent-youlianghui', 'getui', 'umeng']);
    expect(byId(r, 'getui').dataTypes).toEqual(expect.arrayContaining(['device.identifier', 'device.mac']));
    expect(byId(r, 'getui').purposes).toEqual(['消息推送']);
    expect(byId(r, 'umeng').dataTypes).toEqual(expect.arrayContaining(['device.imei', 'device.mac']));
    expect(mentions(text, byId(r, 'tencent-youlianghui'))).toEqual(['广点通SDK']);
  });

  it('titled records with varying fields, and sub-SDKs brought in by one', () => {
    const text = [
      '小米推送SDK',
      '第三方主体：北京小米移动软件有限公司',
      '使用目的：推送消息',
      '涉及个人信息类型：设备标识信息',
      '第三方隐私政策或官网链接：https://dev.mi.com/console/appservice/push.html',
      '乐变热更新SDK',
      '提供方：上海卓盟信息科技有限公司',
      '数据类型：IMEI、MAC地址',
      '由此SDK引入：卓盟统计SDK',
      '隐私政策：http://www.loveota.com/register/privacy.html',
    ].join('\n');
    const r = extractPolicy(text);
    const mi = byId(r, 'xiaomi-push');
    expect(mi.privacyUrl).toBe('https://dev.mi.com/console/appservice/push.html');
    expect(mi.purposes).toEqual(['推送消息']);
    const hot = r.sdks.find((s) => s.name === '乐变热更新SDK')!;
    expect(hot).toMatchObject({ known: false, category: 'other', id: '乐变热更新', vendor: '上海卓盟信息科技有限公司' });
    expect(hot.dataTypes).toEqual(expect.arrayContaining(['device.imei', 'device.mac']));
    expect(mentions(text, hot)).toEqual(['乐变热更新SDK']);
    const sub = r.sdks.find((s) => s.name === '卓盟统计SDK')!;
    expect(sub.known).toBe(false);
    expect(sub.privacyUrl).toBeUndefined();
  });

  it('tables flattened one cell per line, rows anchored on their links', () => {
    const text = [
      '第三方公司名称', '产品/服务', '涉及个人信息', '使用场景', '使用目的', '共享方式', '第三方链接',
      '北京热云科技有限公司', 'trackingIO_Android', '设备的广告标识符，设备硬件信息', '追踪广告效果时', '广告归因', 'SDK本机采集', 'https://www.trackingio.com/#/policy',
      '北京热云科技有限公司', 'trackingIO_Ios', '设备的广告标识符，设备硬件信息', '追踪广告效果时', '广告归因', 'SDK本机采集', 'https://www.trackingio.com/#/policy',
      '深圳市腾讯计算机系统有限公司', 'MTP(ACE)', '设备型号、系统版本、IMEI、IMSI', 'MAC地址、网络类型', '用户登录账号后使用', '反作弊', 'SDK本机采集', 'https://www.anticheatexpert.com/',
      '深圳市和讯华谷信息技术有限公司', 'JPUSH', 'IMEI、IDFA、Android ID、MAC', '在推送消息时使用', '推送消息', 'SDK本机采集', 'https://www.jiguang.cn/en/license/privacy',
    ].join('\n');
    const r = extractPolicy(text);
    const tio = r.sdks.find((s) => s.id === 'trackingio')!;
    expect(tio.platforms).toEqual(['android', 'ios']);
    expect(tio.privacyUrl).toBe('https://www.trackingio.com/#/policy');
    const mtp = r.sdks.find((s) => s.id === 'mtp-ace')!;
    expect(mtp).toMatchObject({ known: false, category: 'other', vendor: '深圳市腾讯计算机系统有限公司', purposes: ['反作弊'] });
    // The data cell wrapped onto two lines; both halves are read.
    expect(mtp.dataTypes).toEqual(expect.arrayContaining(['device.imei', 'device.imsi', 'device.mac']));
    expect(byId(r, 'jpush').privacyUrl).toBe('https://www.jiguang.cn/en/license/privacy');
  });

  it('tab tables with a vendor column (捕鱼大咖 shape)', () => {
    const text = '第三方服务名称\t合作伙伴名称\t获取的权限/信息\t用途\t合作伙伴网站\n腾讯bugly\t深圳市腾讯计算机系统有限公司\t设备信息（设备唯一识别码）、IMSI、MAC地址\t收集和统计APP异常情况\thttps://privacy.qq.com/\nUC GISM SDK\t广州市动景计算机科技有限公司\t设备mac地址、设备IMEI号\t广告统计\thttps://e.uc.cn/policy.html';
    const r = extractPolicy(text);
    expect(byId(r, 'tencent-bugly').dataTypes).toEqual(expect.arrayContaining(['device.imsi', 'device.mac']));
    const uc = r.sdks.find((s) => !s.known)!;
    expect(uc).toMatchObject({ id: 'uc-gism', name: 'UC GISM SDK', vendor: '广州市动景计算机科技有限公司' });
    // A home-page column is not a privacy policy.
    expect(uc.privacyUrl).toBeUndefined();
  });
});

describe('misspelt names', () => {
  // Umeng without its aliases, so that only Jaro-Winkler can resolve "Youmeng".
  const bare = createExtractor({
    lexicons: [{ kind: 'sdks', entries: [{ id: 'umeng', override: true, name: 'Umeng', label: { en: 'Umeng' }, category: 'analytics' }] }],
  });

  it('resolve by Jaro-Winkler within the threshold', () => {
    expect(FUZZY_THRESHOLD).toBe(0.9);
    expect(fuzzyResolve(bare.lexicons, 'Youmeng SDK')).toBe('umeng'); // 0.905
    expect(fuzzyResolve(bare.lexicons, 'Alipay')).not.toBe('umeng');
    // aliyun ~ alipay is 0.84: below the threshold, a different product.
    expect(fuzzyResolve(bare.lexicons, 'Aliyun')).not.toBe('alipay');
    expect(fuzzyResolve(bare.lexicons, 'Zqxwvk Kit')).toBeNull();
    expect(fuzzyResolve(bare.lexicons, 'Umg')).toBeNull();
  });

  it('a misspelt record name joins the SDK, with its mentions as evidence', () => {
    const text = 'SDK name: Youmeng SDK\nFunction: Statistics\nType of personal information collected: device serial number\nWe share statistics with Youmeng SDK.';
    const r = bare.extract(text);
    expect(r.sdks).toHaveLength(1);
    expect(r.sdks[0]).toMatchObject({ id: 'umeng', known: true, category: 'analytics' });
    expect(mentions(text, r.sdks[0]!)).toEqual(['Youmeng SDK', 'Youmeng SDK']);
  });
});

describe('slugOf', () => {
  it('makes lowercase ids without a trailing SDK or platform', () => {
    expect(slugOf('UC GISM SDK')).toBe('uc-gism');
    expect(slugOf('MTP(ACE)')).toBe('mtp-ace');
    expect(slugOf('trackingIO_Android')).toBe('trackingio');
    expect(slugOf('乐变热更新SDK')).toBe('乐变热更新');
  });
});

describe('table rows that name an SDK by its head and its functions', () => {
  it('resolves "QQ登录/分享" and "微信登录/分享/支付" to their SDKs, with the row name as evidence', () => {
    const text = [
      '第三方服务名称\t合作伙伴名称\t获取的权限/信息\t用途\t合作伙伴网站',
      'QQ登录/分享\t深圳市腾讯计算机系统有限公司\t设备信息（设备MAC地址、应用列表）\t登录/分享\thttp://privacy.qq.com/',
      '微信登录/分享/支付\t深圳市腾讯计算机系统有限公司\t设备信息（设备唯一识别码）、付款信息\t登录/分享/支付\thttps://weixin.qq.com/',
    ].join('\n');
    const sdks = extractPolicy(text).sdks;
    const qq = sdks.find((s) => s.id === 'qq-connect')!;
    expect(qq.known).toBe(true);
    expect(qq.evidence.map((e) => text.slice(e.start, e.end))).toContain('QQ登录/分享');
    expect(qq.dataTypes).toEqual(expect.arrayContaining(['device.mac', 'device.app_list']));
    expect(sdks.find((s) => s.id === 'wechat-open-platform')?.evidence.map((e) => text.slice(e.start, e.end))).toContain('微信登录/分享/支付');
  });
});

describe('titled records: 第三方名称 is the vendor', () => {
  it('keeps the SDK name and reads 第三方名称 as the vendor', () => {
    const text = ['三方SDK清单', '1. Quuxpush SDK', '第三方名称：某某科技有限公司', '收集个人信息：设备标识符', '使用目的：消息推送', '隐私政策链接：https://example.com/privacy'].join('\n');
    const r = extractPolicy(text);
    expect(r.sdks.map((x) => x.name)).toEqual(['Quuxpush SDK']);
    expect(r.sdks[0]!.vendor).toBe('某某科技有限公司');
  });
});

describe('the same SDK in a Chinese policy and its English translation', () => {
  it('APM and statistics SDKs named in Chinese, in pinyin or in English give one id', () => {
    const zh = extractPolicy('（12）博睿SDK（安卓）：为了提升应用的稳定性，我们使用了博睿SDK。我们还使用了百度统计SDK。');
    const en = extractPolicy('(12) Borui SDK (Android): to improve stability we use the Borui SDK. We also use the Baidu Statistics SDK.');
    expect(zh.sdks.map((s) => s.id).sort()).toEqual(['baidu-mobstat', 'bonree']);
    expect(en.sdks.map((s) => s.id).sort()).toEqual(['baidu-mobstat', 'bonree']);
  });

  it('a category heading for third-party SDK providers is not an SDK, however the hyphen is spaced', () => {
    const text = '(7) Third -party SDK service provider: Our products may include third -party SDKs or other similar applications.';
    expect(extractPolicy(text).sdks).toEqual([]);
  });
});

describe('platforms stated for the whole policy', () => {
  it('a policy for one platform\'s app gives its SDKs that platform, unless the text names the other', () => {
    const android = '本隐私政策适用范围包括扫描王 APP（Android)。\n我们使用了友盟SDK统计使用情况。';
    expect(extractPolicy(android).sdks[0]!.platforms).toEqual(['android']);
    const both = '本隐私政策适用范围包括扫描王 APP（Android)。\n我们使用了友盟SDK统计使用情况。iOS用户可在设置中关闭。';
    expect(extractPolicy(both).sdks[0]!.platforms).toEqual([]);
    expect(extractPolicy('我们使用了友盟SDK统计使用情况。').sdks[0]!.platforms).toEqual([]);
  });
});

describe('platform brackets with qualifiers', () => {
  it('reads (仅涉及安卓) / (Android only) / (involved in iOS only) after a name as its platform, not its name', () => {
    const zh = extractPolicy('（11）甲乙SDK（仅涉及安卓）：为了减少应用大小，我们使用了甲乙SDK。');
    expect(zh.sdks.map((s) => [s.name, s.platforms])).toEqual([['甲乙SDK', ['android']]]);
    const en = extractPolicy('(3) Quux SDK (involved in iOS only): crash reports.\n(4) Corge SDK (Android only): push messages.');
    expect(en.sdks.map((s) => [s.name, s.platforms])).toEqual([['Quux SDK', ['ios']], ['Corge SDK', ['android']]]);
  });
});

describe('category of SDKs named in prose', () => {
  const cat = (text: string, name: string) => extractPolicy(text).sdks.find((s) => s.name === name)?.category;

  it('comes from what the sentence says they are for, specific kinds first', () => {
    const text = '我们会通过星河SDK、天穹SDK向您的设备发送产品介绍、商业推广、功能更新等推送消息。';
    expect(cat(text, '星河SDK')).toBe('push');
    expect(cat(text, '天穹SDK')).toBe('push');
    expect(cat('我们还将通过青鸟SDK收集软件崩溃数据，进行问题监控。', '青鸟SDK')).toBe('crash-reporting');
  });

  it('is not taken from data the sentence says they collect', () => {
    expect(cat('我们使用了白鹭SDK，它会收集您的设备标识信息。', '白鹭SDK')).toBe('other');
    expect(cat('1. 戊SDK\n功能：获取匿名设备标识符\n收集信息：OAID', '戊SDK')).toBe('device-identifier');
  });

  it('reads 点播 and 稳定性监控 in a name or function', () => {
    expect(cat('我们接入了己点播SDK，用于播放课程视频。', '己点播SDK')).toBe('media');
    expect(cat('1. 庚SDK\n功能：应用稳定性监控\n收集信息：设备型号', '庚SDK')).toBe('crash-reporting');
  });
});

describe('SDKs named without the usual marker', () => {
  const names = (t: string) => extractPolicy(t).sdks.map((s) => s.id);

  it('takes a known name used for what its SDK does (个推用于推送…), not a bare mention', () => {
    expect(names('我们会获取设备运行进程信息，以便检测模拟器特征和个推用于推送唤醒功能。')).toEqual(['getui']);
    expect(names('个推是一家数据智能公司。')).toEqual([]);
  });

  it('takes a quoted name right before the marker, quotes left out', () => {
    const r = extractPolicy('我们可能会使用第三方定位SDK，例如：使用“腾讯定位”SDK获取您的IMEI信息。');
    const t = r.sdks.find((s) => s.id === 'tencent-location');
    expect(t).toBeDefined();
    const text = '我们可能会使用第三方定位SDK，例如：使用“腾讯定位”SDK获取您的IMEI信息。';
    expect(t!.evidence.map((e) => text.slice(e.start, e.end))).toContain('腾讯定位');
    expect(names('We use the "Acme Maps" SDK to draw maps.')).toEqual(['acme-maps']);
  });

  it('does not take a function word for a name, in either language', () => {
    expect(names('例如：使用“广告”SDK获取用户的IMEI信息。')).toEqual([]);
    expect(names('For example, using the "Advertising" SDK to obtain the IMEI.')).toEqual([]);
    expect(names('We integrate the Push SDK and the Maps SDK.')).toEqual([]);
  });
});

describe('SDK identity', () => {
  it('merges unknown names spaced differently and keeps a vendor\'s products apart', () => {
    const r = extractPolicy('百度地图SDK：用于展示地图\n百度定位SDK：用于定位\nBrand log SDK：用于日志\nBrandlog SDK收集设备信息');
    expect(r.sdks.map((s) => [s.id, s.evidence.length])).toEqual([['baidu-map', 1], ['baidu-location', 1], ['brand-log', 2]]);
  });

  it('does not take a heading about the SDKs used for a name', () => {
    expect(extractPolicy('（3）我们使用的第三方SDK\n友盟SDK：用于统计').sdks.map((s) => s.id)).toEqual(['umeng']);
  });
});

describe('prose enumerations with platform brackets', () => {
  it('keeps the enumeration going across (Android端) brackets and gives each SDK its platforms', () => {
    const r = extractPolicy('推送通过甲乙推送（Android端）、丙丁 PUSH（Android端）、戊己推送SDK（Android端）实现。我们接入某某地图（Android端、iOS端）SDK。');
    expect(r.sdks.map((s) => [s.name, s.platforms])).toEqual([
      ['甲乙推送', ['android']],
      ['丙丁 PUSH', ['android']],
      ['戊己推送SDK', ['android']],
      ['某某地图', ['android', 'ios']],
    ]);
  });

  it('takes no bare item before 、 as an SDK of its own', () => {
    const r = extractPolicy('可能涉及的SDK包括甲乙推送SDK、丙丁推送SDK，用于推送。');
    expect(r.sdks.map((s) => s.name)).toEqual(['甲乙推送SDK', '丙丁推送SDK']);
  });
});

describe("phone makers' push SDKs named by brand", () => {
  const sdks = (t: string) => extractPolicy(t).sdks.map((s) => [s.id, s.category, s.platforms, s.evidence.length]);
  it('gives each brand of a makers-and-push sentence its push SDK, in both languages', () => {
    const zh = '为与您使用的终端机型适配消息推送功能，终端设备制造商（华为、小米、OPPO、VIVO等）可能通过SDK等技术使用您的手机型号。';
    expect(sdks(zh)).toEqual([
      ['huawei-push', 'push', [], 1],
      ['xiaomi-push', 'push', [], 1],
      ['oppo-push', 'push', [], 1],
      ['vivo-push', 'push', [], 1],
    ]);
    const en = 'To deliver notifications, device manufacturers (Huawei, Xiaomi, OPPO and vivo) may collect your device model through their push SDKs.';
    expect(sdks(en).map((s) => s[0])).toEqual(['huawei-push', 'xiaomi-push', 'oppo-push', 'vivo-push']);
    expect(extractPolicy(en).sdks[0]!.dataTypes).toEqual(['device.model']);
  });

  it('needs makers, push and an SDK or channel in one sentence, and two brands', () => {
    expect(sdks('我们与华为、小米等厂商合作销售手机。')).toEqual([]);
    expect(sdks('我们通过华为推送SDK向您发送消息。其他厂商不参与。').map((s) => s[0])).toEqual(['huawei-push']);
    // A brand named elsewhere as a company is no evidence of its push SDK.
    const r = extractPolicy('如您使用小米、魅族等品牌手机，本产品接入的手机厂商Push SDK会收集设备标识。\n我们的服务器由小米公司提供。');
    expect(r.sdks.find((s) => s.id === 'xiaomi-push')!.evidence).toHaveLength(1);
  });
});

describe('what a sentence says an SDK named in prose collects and is for', () => {
  const sdk = (t: string) => extractPolicy(t).sdks.map((s) => [s.id, s.dataTypes, s.purposes]);
  it('reads the collecting verb after the mention, and the purpose clause after it or opening the sentence', () => {
    expect(sdk('我们使用了友盟SDK，用于统计分析App的使用情况，友盟SDK会收集您的设备信息（IMEI、Android ID）。')).toEqual([
      ['umeng', ['device.android_id', 'device.general', 'device.imei'], ['用于统计分析App的使用情况']],
    ]);
    expect(sdk('为了向您推送消息，我们接入了极光推送SDK，它会收集您的设备标识符。')).toEqual([['jpush', ['device.identifier'], ['为了向您推送消息']]]);
    expect(sdk('To measure usage, we use the Firebase Analytics SDK.')).toEqual([['firebase-analytics', [], ['To measure usage']]]);
  });

  it('gives an enumeration what follows its last name, and keeps purposes and denials out of the data', () => {
    expect(sdk('友盟SDK、极光推送SDK会收集您的IMEI。').map((s) => s[1])).toEqual([['device.imei'], ['device.imei']]);
    // "快速准确定位存在问题" is what the SDK is for; 定位 there is no location.
    expect(sdk('我们接入了UC啄木鸟SDK，获取设备标识符，用于相关服务崩溃后快速准确定位存在问题。')[0]![1]).toEqual(['device.identifier']);
    expect(sdk('友盟SDK不会收集您的通讯录。')[0]![1]).toEqual([]);
    // What the SDK passes on (将…发送给我们), and what it does for the user (向您推送…).
    expect(sdk('电信运营商会通过中移SDK将您的手机号码发送给我们。')).toEqual([['china-mobile-auth', ['contact.phone'], []]]);
    expect(sdk('我们会通过个推SDK向您推送消息。')).toEqual([['getui', [], ['向您推送消息']]]);
  });
});
