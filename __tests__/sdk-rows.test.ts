/**
 * SDK layouts and attributes that generalise beyond the seed policies: one-line records
 * (cells joined by commas), links given per product in one cell, and categories read from
 * what a listing says the SDK does. Every example is invented, in the shape of real text.
 */
import { extractPolicy } from '../src/index.js';
import type { PolicyExtraction, SdkFinding } from '../src/types.js';

const named = (r: PolicyExtraction, name: string): SdkFinding => {
  const s = r.sdks.find((x) => x.name === name || x.aliases.includes(name));
  if (!s) throw new Error(`no SDK ${name}; found ${r.sdks.map((x) => x.name).join(', ')}`);
  return s;
};

describe('one-line records: platform, function, name, data, purpose, link', () => {
  const text = [
    '附录：第三方SDK信息',
    '我们将按照适用平台、功能类型、SDK名称、涉及个人信息及官网链接的顺序展示接入的第三方SDK。',
    '1. iOS，刷脸SDK，FooFaceKit，涉及用户面部信息，用以核对用户，https://foo.example.com/privacy',
    '2. Android，数据埋点SDK，BarStatReporter，涉及设备信息，用于分析用户偏好，https://bar.example.com/',
    '3. Android，图片加载库，quux-loader-2.1.jar，不涉及用户信息，https://github.com/example/quux',
    '4. Android，小米推送sdk，PushXiaomi-release.aar，涉及用户设备信息，为你提供推送服务，https://dev.mi.com/',
  ].join('\n');
  const r = extractPolicy(text);

  it('reports every row as an SDK with its platform and link', () => {
    const face = named(r, 'FooFaceKit');
    expect(face.known).toBe(false);
    expect(face.platforms).toEqual(['ios']);
    expect(face.privacyUrl).toBe('https://foo.example.com/privacy');
    expect(face.dataTypes).toContain('biometric.face');
    expect(named(r, 'quux-loader-2.1.jar').platforms).toEqual(['android']);
  });

  it('reads the category from the function cell and the purpose', () => {
    expect(named(r, 'FooFaceKit').category).toBe('identity-verification');
    expect(named(r, 'BarStatReporter').category).toBe('analytics');
    expect(named(r, 'quux-loader-2.1.jar').category).toBe('media');
  });

  it('files a row under the known product its function cell names, the file as another name', () => {
    const mi = r.sdks.filter((s) => s.aliases.includes('PushXiaomi-release.aar') || s.name === 'PushXiaomi-release.aar');
    expect(mi).toHaveLength(1);
    expect(mi[0]!.known).toBe(true);
    expect(mi[0]!.category).toBe('push');
    const spans = mi[0]!.evidence.map((e) => text.slice(e.start, e.end));
    expect(spans).toEqual(expect.arrayContaining(['PushXiaomi-release.aar']));
  });

  it('evidence is the names as written', () => {
    for (const s of r.sdks) for (const e of s.evidence) expect(text.slice(e.start, e.end).length).toBeGreaterThan(1);
    expect(named(r, 'BarStatReporter').evidence.map((e) => text.slice(e.start, e.end))).toContain('BarStatReporter');
  });
});

describe('one-line records without a stated order', () => {
  it('finds the name column from the cells that look like names', () => {
    const text = [
      '我们接入的第三方SDK如下：',
      'Android | 崩溃分析 | AcmeCrashSDK | 设备型号、系统版本 | https://acme.example.com/privacy',
      'Android | 消息推送 | ZetaPush | 设备标识符 | https://zeta.example.com/privacy',
      'iOS | 地图导航 | OmegaMapKit | 位置信息 | https://omega.example.com/privacy',
    ].join('\n');
    const r = extractPolicy(text);
    expect(named(r, 'AcmeCrashSDK').category).toBe('crash-reporting');
    expect(named(r, 'ZetaPush').category).toBe('push');
    expect(named(r, 'OmegaMapKit').platforms).toEqual(['ios']);
    expect(named(r, 'OmegaMapKit').category).toBe('maps-location');
  });

  it('leaves rows of permissions or data categories alone', () => {
    const text = [
      '我们可能申请以下权限：',
      '1. Android，相机权限，android.permission.CAMERA，用于扫码，https://example.com/help',
      '2. Android，位置权限，android.permission.ACCESS_FINE_LOCATION，用于推荐，https://example.com/help',
      '3. iOS，相册，NSPhotoLibraryUsageDescription，用于上传头像，https://example.com/help',
    ].join('\n');
    expect(extractPolicy(text).sdks).toEqual([]);
  });

  it('needs three rows: two comma lines with a platform are prose', () => {
    const text = 'iOS，我们会收集您的设备型号，用于适配。\nAndroid，我们会收集您的设备型号，用于适配。';
    expect(extractPolicy(text).sdks).toEqual([]);
  });
});

describe('cell-per-line tables whose link cell holds one link per product', () => {
  it('keeps the rows after such a cell', () => {
    const text = [
      '第三方公司名称', '产品/服务', '涉及个人信息', '使用目的', '第三方链接',
      '甲公司', 'Alpha SDK', '设备标识符', '提供账号登录、支付服务', 'https://alpha.example.com/privacy',
      '乙公司', 'Beta SDK', '设备型号', '提供登录和支付服务', '钱包:https://beta.example.com/a 账号:https://beta.example.com/b',
      '丙公司', 'Gamma SDK', 'IMEI', '推送消息', 'https://gamma.example.com/privacy',
    ].join('\n');
    const r = extractPolicy(text);
    expect(r.sdks.map((s) => s.name)).toEqual(expect.arrayContaining(['Alpha SDK', 'Beta SDK', 'Gamma SDK']));
    expect(named(r, 'Gamma SDK').privacyUrl).toBe('https://gamma.example.com/privacy');
    expect(named(r, 'Gamma SDK').category).toBe('push');
    expect(named(r, 'Alpha SDK').category).toBe('social');
  });
});

describe('categories', () => {
  it('a lexicon category stands over what the listing says', () => {
    const r = extractPolicy('SDK名称：个推SDK\n使用目的：用于统计分析\n收集个人信息：设备标识符\n隐私政策：https://docs.getui.com/privacy');
    expect(named(r, '个推SDK').category).toBe('push');
  });

  it('an SDK no listing describes stays other', () => {
    const r = extractPolicy('SDK名称：Qwerty SDK\n收集个人信息：设备标识符\n隐私政策：https://qwerty.example.com/privacy');
    expect(named(r, 'Qwerty SDK').category).toBe('other');
  });

  it('one-click login is identity verification, not social', () => {
    const r = extractPolicy('SDK名称：Sigma SDK\n使用目的：提供本机号码一键登录功能\n收集个人信息：手机号码\n隐私政策：https://sigma.example.com/privacy');
    expect(named(r, 'Sigma SDK').category).toBe('identity-verification');
  });
});

describe('SDKs named in prose with an explicit SDK marker', () => {
  it('reports each item of an enumeration, known or not', () => {
    const text = '我们会通过华为SDK、甲乙SDK、Zeta SDK或Omicron SDK（根据您的手机型号匹配）向您的设备发送通知。';
    const r = extractPolicy(text);
    for (const n of ['甲乙SDK', 'Zeta SDK', 'Omicron SDK']) expect(r.sdks.map((s) => s.name)).toContain(n);
    expect(named(r, 'Zeta SDK').evidence.map((e) => text.slice(e.start, e.end))).toContain('Zeta SDK');
  });

  it('the name starts after the verb that introduces it', () => {
    const r = extractPolicy('其中集成的阿里kappa2 SDK，需获取网络状态。\nWe use the Acme Analytics SDK to count visits.');
    expect(r.sdks.map((s) => s.name)).toEqual(expect.arrayContaining(['阿里kappa2 SDK', 'Acme Analytics SDK']));
  });

  it('references, kinds and negations are not SDKs', () => {
    const text = [
      '我们使用的第三方SDK会收集设备信息，前述SDK的提供方为独立的个人信息处理者。',
      '这类SDK包括推送SDK和统计SDK，具体情况请参见SDK清单。',
      'The SDK collects your device ID. The app contains no WeChat Pay SDK. 2.3. SDK',
    ].join('\n');
    expect(extractPolicy(text).sdks.map((s) => s.name)).toEqual([]);
  });
});

describe('tables whose columns are named for partners or for a description', () => {
  it('reads data types and purposes from the description cell of a two-column table', () => {
    const r = extractPolicy('SDK名称\t说明\nZorp SDK\t用于消息推送，收集设备标识符和网络状态\nQuux SDK\t用于崩溃分析，需要获取您的设备型号、IMEI');
    expect(r.sdks.map((s) => [s.name, s.category, s.dataTypes])).toEqual([
      ['Zorp SDK', 'push', ['device.identifier', 'network.type']],
      ['Quux SDK', 'crash-reporting', ['device.imei', 'device.model']],
    ]);
  });

  it('reads a cell-per-line table headed 服务方类别 / 服务方名称 / 合作用途 / 接入方式 / 共享字段 / 隐私链接', () => {
    const text = ['服务方类别', '服务方名称', '合作用途', '接入方式', '共享字段', '隐私链接', '统计分析', '星河统计', '用于统计应用使用情况', 'SDK接入', '设备型号、IMEI', 'https://www.xinghe.example/privacy', '消息推送', '天穹推送', '用于推送通知', 'SDK接入', '设备标识', 'https://tianqiong.example/privacy'].join('\n');
    const r = extractPolicy(text);
    expect(r.sdks.map((s) => [s.name, s.category, s.dataTypes, s.privacyUrl])).toEqual([
      ['星河统计', 'analytics', ['device.imei', 'device.model'], 'https://www.xinghe.example/privacy'],
      ['天穹推送', 'push', ['device.identifier'], 'https://tianqiong.example/privacy'],
    ]);
  });
});

describe('one-line appendix records', () => {
  it('takes the product name after a kind-of-SDK cell (刷脸SDK，CCBFaceAuthSDK) with platform, data and link', () => {
    const text = ['1. iOS，刷脸SDK，AcmeFaceAuthSDK，涉及人脸图像，用以身份验证，https://face.example/p', '2. Android，扫码SDK，ZxScanSDK，涉及相机，用以扫描二维码，https://scan.example/p', '3. iOS，推送SDK，QuuxPush，涉及设备标识，用以推送消息，https://push.example/p'].join('\n');
    const r = extractPolicy(text);
    expect(r.sdks.map((s) => [s.name, s.category, s.platforms, s.privacyUrl])).toEqual([
      ['AcmeFaceAuthSDK', 'identity-verification', ['ios'], 'https://face.example/p'],
      ['ZxScanSDK', 'other', ['android'], 'https://scan.example/p'],
      ['QuuxPush', 'push', ['ios'], 'https://push.example/p'],
    ]);
    expect(r.sdks[0]!.dataTypes).toEqual(['biometric.face']);
  });
});

describe('SDKs under a section-numbered heading', () => {
  it('reads the paragraph under `2.4 Quux SDK：` as its description', () => {
    const r = extractPolicy('2.4 Quux SDK：\n用于崩溃分析，收集设备型号。\n2.5 Zorp SDK：\n用于消息推送，需要获取您的IMEI。');
    expect(r.sdks.map((s) => [s.name, s.category, s.dataTypes])).toEqual([
      ['Quux SDK', 'crash-reporting', ['device.model']],
      ['Zorp SDK', 'push', ['device.imei']],
    ]);
  });
});

describe('titled key:value records with varying fields', () => {
  it('takes a title without the SDK marker when its record gives data, a link and a purpose, and a bracket of part names as aliases', () => {
    const text = ['BarScan条码', '使用目的：扫描条码', '数据类型：相机图像、设备型号', '官网链接：https://barscan.example', 'Foo SDK（Foo-A SDK、Foo-B SDK）', '第三方名称：福福科技有限公司', '使用目的：崩溃上报', '数据类型：设备型号', '隐私政策：https://foo.example/privacy'].join('\n');
    const r = extractPolicy(text);
    expect(r.sdks.map((s) => [s.name, s.aliases, s.vendor ?? null])).toEqual([
      ['BarScan条码', [], null],
      ['Foo SDK', ['Foo-A SDK', 'Foo-B SDK'], '福福科技有限公司'],
    ]);
    expect(r.sdks[1]!.privacyUrl).toBe('https://foo.example/privacy');
  });
});

describe('SDK purposes as written', () => {
  it('keeps the full-width punctuation of the input', () => {
    const r = extractPolicy('SDK名称：友盟SDK\n使用目的：统计分析，改善服务\n收集信息：IMEI');
    expect(r.sdks[0]!.purposes).toEqual(['统计分析，改善服务']);
  });
});
