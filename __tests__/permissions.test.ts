import { readFileSync } from 'node:fs';
import { extractPolicy } from '../src/index.js';
import { NEAR_MISS_THRESHOLD } from '../src/extract/permissions/data.js';
import { constantSimilarity } from '../src/extract/permissions/ids.js';
import type { PermissionFinding, PolicyExtraction } from '../src/types.js';

const corpus = (name: string): string => readFileSync(new URL(`../corpus/${name}`, import.meta.url), 'utf8');
interface GoldPermission {
  id?: string;
  anyOf?: string[];
  optional?: boolean;
}
const gold = (name: string): GoldPermission[] => JSON.parse(readFileSync(new URL(`../corpus/gold/${name.replace('.txt', '.gold.json')}`, import.meta.url), 'utf8')).permissions;

const results = new Map<string, { text: string; r: PolicyExtraction }>();
function run(name: string): { text: string; r: PolicyExtraction } {
  let x = results.get(name);
  if (!x) {
    const text = corpus(name);
    results.set(name, (x = { text, r: extractPolicy(text) }));
  }
  return x;
}
const ids = (r: PolicyExtraction): string[] => r.permissions.map((p) => p.id);
const get = (r: PolicyExtraction, id: string): PermissionFinding | undefined => r.permissions.find((p) => p.id === id);
const A = 'android.permission.';

describe('permissions on the seed corpus', () => {
  const files = ['jooan.en.txt', 'kaiconn.zh-en.txt', 'jeejio.en.txt', 'zosi.en.txt', 'cococam.en.txt'];

  test.each(files)('%s: every required gold permission found, nothing outside the gold', (file) => {
    const { r } = run(file);
    const g = gold(file).map((x) => ({ ids: x.anyOf ?? [x.id!], optional: !!x.optional }));
    const missing = g.filter((x) => !x.optional && !x.ids.some((i) => ids(r).includes(i))).map((x) => x.ids.join('|'));
    const extra = ids(r).filter((i) => !g.some((x) => x.ids.includes(i)));
    expect(missing).toEqual([]);
    expect(extra).toEqual([]);
  });

  test('evidence is the mention itself, one entry per mention', () => {
    for (const file of files) {
      const { text, r } = run(file);
      for (const p of r.permissions) {
        for (const e of p.evidence) {
          const mention = text.slice(e.start, e.end);
          expect(mention.length).toBeGreaterThan(1);
          expect(mention.length).toBeLessThan(80);
          expect(e.sentenceStart).toBeLessThanOrEqual(e.start);
        }
      }
    }
    const { text, r } = run('jooan.en.txt');
    const fine = get(r, `${A}ACCESS_FINE_LOCATION`)!;
    expect(fine.evidence.map((e) => text.slice(e.start, e.end))).toEqual(expect.arrayContaining(['ACCESS_FINE_LOCATION', 'location permission']));
  });

  test('Jooan tables: purposes and scenarios of a row, vendor and app-defined ids as written', () => {
    const { text, r } = run('jooan.en.txt');
    const camera = get(r, `${A}CAMERA`)!;
    expect(camera.protectionLevel).toBe('dangerous');
    expect(camera.purposes).toEqual(['Scan the QR code to add a smart device', 'Scan the QR code to share the device with your family']);
    expect(camera.scenarios[1]).toBe('APP [Device Settings - Device Sharing - Add with QR code]');
    // A row with a label line and a description line: the description is the purpose.
    expect(get(r, `${A}WAKE_LOCK`)!.purposes).toEqual(['It is used for video playback function to prevent the phone screen from turning off']);
    // The label line under a row ("Contacts" under WRITE_CONTACTS) is not a permission of its own.
    expect(ids(r)).not.toContain(`${A}READ_CONTACTS`);
    const oppo = get(r, 'com.heytap.mcs.permission.RECIEVE_MCS_MESSAGE')!;
    expect(oppo.protectionLevel).toBe('vendor');
    expect(oppo.purposes).toEqual(['Message push service for OPPO mobile phones']);
    const mi = get(r, 'com.videogo.permission.MIPUSH_RECEIVE')!;
    expect(mi.protectionLevel).toBe('app');
    expect(text.slice(mi.evidence[0]!.start, mi.evidence[0]!.end)).toBe('com.videogo.permission.MIPUSH_RECEIVE');
    // BLUETOOTH_CONNECT is in both tables: one entry, two mentions.
    expect(get(r, `${A}BLUETOOTH_CONNECT`)!.evidence).toHaveLength(2);
  });

  test('Jooan iOS table: each row is the Info.plist key of its capability', () => {
    const { r } = run('jooan.en.txt');
    expect(get(r, 'NSCameraUsageDescription')?.platform).toBe('ios');
    expect(get(r, 'NSLocationAlwaysAndWhenInUseUsageDescription')).toBeDefined();
    expect(get(r, 'ios.notifications')!.scenarios).toContain('Receiving device alarm messages');
    expect(get(r, 'NSUserTrackingUsageDescription')!.purposes[0]).toMatch(/^Protect users' privacy/);
  });

  test('Kaiconn 26-item lists: both languages map, items that name no permission are unresolved', () => {
    const { text, r } = run('kaiconn.zh-en.txt');
    const words = (id: string): string[] => get(r, id)!.evidence.map((e) => text.slice(e.start, e.end));
    expect(words(`${A}READ_SMS`)).toEqual(['读取手机短信', 'Read mobile phone text messages']);
    expect(words(`${A}CAMERA`)).toEqual(['调用摄像头', 'Call the camera']);
    expect(words(`${A}BROADCAST_STICKY`)).toContain('允许一个程序收到广播后快速收到下一个广播');
    expect(words(`${A}MOUNT_UNMOUNT_FILESYSTEMS`)).toEqual(expect.arrayContaining(['允许挂载和反挂载文件', '系统可移动存储']));
    // "外部 SD 卡和 / 或手机内部存储读、写权限": read and write.
    expect(ids(r)).toEqual(expect.arrayContaining([`${A}READ_EXTERNAL_STORAGE`, `${A}WRITE_EXTERNAL_STORAGE`]));
    expect(r.unresolvedPermissions.map((u) => u.text)).toEqual(['IMSI', 'IMEI', 'MAC', '屏幕点亮的广播', 'IMSI', 'IMEI', 'MAC', 'Screen illuminated broadcast']);
    const u = r.unresolvedPermissions[3]!;
    expect(text.slice(u.evidence[0]!.start, u.evidence[0]!.end)).toBe('屏幕点亮的广播');
  });

  test('prose: "camera" in a camera maker\'s policy is not a permission by itself', () => {
    const { text, r } = run('cococam.en.txt');
    const camera = get(r, `${A}CAMERA`)!;
    const mentions = camera.evidence.map((e) => text.slice(e.start, e.end));
    expect(mentions.every((m) => /access/.test(m) || m === 'camera')).toBe(true);
    const cameraWords = (text.match(/camera/gi) ?? []).length;
    expect(camera.evidence.length).toBeLessThan(cameraWords / 2);
  });
});

describe('permission rules, one case each', () => {
  const one = (text: string): PolicyExtraction => extractPolicy(text);

  test('a capability word alone is not a permission; with "permission" or an access verb it is', () => {
    expect(ids(one('Our smart camera records video to the cloud.'))).toEqual([]);
    expect(ids(one('You can enable the camera permission to scan codes.'))).toEqual([`${A}CAMERA`]);
    expect(ids(one('We may request access to your contacts to recommend friends.'))).toEqual([`${A}READ_CONTACTS`]);
    expect(ids(one('我们需要调用您设备的相机、相册和麦克风权限。'))).toEqual([`${A}CAMERA`, `${A}READ_EXTERNAL_STORAGE`, `${A}RECORD_AUDIO`]);
  });

  test('a list introduced as permissions, or closed by the word, needs no access verb', () => {
    expect(ids(one('为向您提供服务，我们需要您的设备权限信息，包括相机、麦克风、通讯录。'))).toEqual([`${A}CAMERA`, `${A}RECORD_AUDIO`, `${A}READ_CONTACTS`]);
    expect(ids(one('We use the following permissions: camera, microphone, contacts.'))).toEqual([`${A}CAMERA`, `${A}RECORD_AUDIO`, `${A}READ_CONTACTS`]);
    expect(ids(one('我们可能使用相册、通讯录、位置权限。'))).toEqual([`${A}READ_EXTERNAL_STORAGE`, `${A}READ_CONTACTS`, `${A}ACCESS_FINE_LOCATION`]);
    // The same names as features, with nothing calling them permissions, are not.
    expect(ids(one('本应用包括相机、麦克风等功能模块。'))).toEqual([]);
  });

  test('groups named in words give the ids an app requests for them', () => {
    const S = [`${A}READ_EXTERNAL_STORAGE`, `${A}WRITE_EXTERNAL_STORAGE`];
    expect(ids(one('我们需要获取您的存储权限，用于缓存游戏资源。'))).toEqual(S);
    expect(ids(one('我们会请求您的相册权限用于上传头像。'))).toEqual([S[0]]);
    expect(ids(one('我们会请求您的相册（存储）权限用于上传头像。'))).toEqual(S);
    expect(ids(one('我们会在您授权同意后获取本机通讯录读/写权限。'))).toEqual([`${A}READ_CONTACTS`, `${A}WRITE_CONTACTS`]);
    expect(ids(one('我们会请求您的日历权限，在您授权后帮助您预约或调整已预约的时间。'))).toEqual([`${A}READ_CALENDAR`, `${A}WRITE_CALENDAR`]);
    expect(ids(one('我们会请求您的日历权限，用于读取您的日程。'))).toEqual([`${A}READ_CALENDAR`]);
    expect(ids(one('我们会申请电话权限，帮助您调起手机拨号键盘。'))).toEqual([`${A}READ_PHONE_STATE`, `${A}CALL_PHONE`]);
    expect(ids(one('我们会申请电话权限，用于识别设备。'))).toEqual([`${A}READ_PHONE_STATE`]);
  });

  test('phone as a number or a call, and a foreground clipboard read, are not permissions', () => {
    expect(ids(one('我们还可能通过短信、电话或您同意的其他方式联系您。您可拨打客服电话联系我们。'))).toEqual([]);
    expect(ids(one('我行仅读取并记录指定电话号码。'))).toEqual([]);
    // Something else's location or notice is not the phone's.
    expect(ids(one('我们会收集您访问的页面地址、您先前访问的援引页面的位置。'))).toEqual([]);
    expect(ids(one('配合您在使用过程中出现的纠纷，如司法请求、消费者权益保护部门的通知处理。'))).toEqual([]);
    expect(ids(one('（7）.QQ分享SDK 获取软件安装应用列表，用于分享。'))).not.toContain(`${A}REQUEST_INSTALL_PACKAGES`);
    expect(ids(one('当您从外部复制内容粘贴至我们的产品内，我们会读取剪切板。'))).toEqual([]);
  });

  test('an enumeration keeps going past one item that is not a permission; no-app permissions only inside one', () => {
    expect(ids(one('需要获取手机状态、网络状态、IMEI、WiFi状态，读取日志。'))).toEqual([
      `${A}READ_PHONE_STATE`, `${A}ACCESS_NETWORK_STATE`, `${A}ACCESS_WIFI_STATE`, `${A}READ_LOGS`,
    ]);
    expect(ids(one('我们需要读取系统日志。'))).toEqual([]);
  });

  test('platform of a paragraph: iOS only, or both systems named for the user', () => {
    expect(ids(one('护眼模式（仅限iOS手机终端用户）需要请求您的相机权限。'))).toEqual(['NSCameraUsageDescription']);
    expect(ids(one('我们使用相机权限。如您是iOS系统，请在设置中关闭；如您是安卓系统，请在应用管理中关闭。'))).toEqual([`${A}CAMERA`, 'NSCameraUsageDescription']);
  });

  test('"obtain" and "get" ask for a permission as 获取 does; channels we contact the user by do not', () => {
    expect(ids(one('The SDK needs to obtain your location permission and get the camera.'))).toEqual([`${A}ACCESS_FINE_LOCATION`, `${A}CAMERA`]);
    expect(ids(one('（4）我们还可能会根据您提供的联系方式，通过短信、电话或您同意的其他方式联系您。'))).toEqual([]);
  });

  test('a table of contents after a sentence on permissions is not a permission list', () => {
    const text = '电话、相册、地理位置权限，均不会默认开启。\n1.我们如何收集个人信息\n2.我们如何共享个人信息\n3.隐私政策的修订和通知\n\n1.我们如何收集个人信息\n我们会收集您的昵称。\n2.我们如何共享个人信息\n我们不会共享。\n3.隐私政策的修订和通知\n我们会通知您。';
    expect(ids(one(text))).not.toContain(`${A}POST_NOTIFICATIONS`);
  });

  test('a statement that something is not accessed drops it', () => {
    expect(ids(one('We will never access your contacts.'))).toEqual([]);
  });

  test('constants and full ids, bracketed or followed by their purpose', () => {
    expect(ids(one('The app declares [READ_SMS] to fill in codes.'))).toEqual([`${A}READ_SMS`]);
    const r = one('android.permission.CAMERA（相机）：用于扫描二维码添加设备');
    expect(get(r, `${A}CAMERA`)!.purposes).toEqual(['用于扫描二维码添加设备']);
  });

  test('near-miss constants map to the real permission; the threshold is pinned', () => {
    expect(ids(one('Permissions: ACCESS_FINE_LOCTION for Wi-Fi set-up.'))).toEqual([`${A}ACCESS_FINE_LOCATION`]);
    expect(ids(one('com.heytap.mcs.permission.RECEIVE_MCS_MESSAGE for OPPO push.'))).toEqual(['com.heytap.mcs.permission.RECIEVE_MCS_MESSAGE']);
    expect(NEAR_MISS_THRESHOLD).toBe(0.95);
    expect(constantSimilarity('RECEIVE_MCS_MESSAGE', 'RECIEVE_MCS_MESSAGE')).toBeGreaterThanOrEqual(NEAR_MISS_THRESHOLD);
    expect(constantSimilarity('BLUETOOTH_SCAN', 'BLUETOOTH_ADMIN')).toBeLessThan(NEAR_MISS_THRESHOLD);
    expect(constantSimilarity('WRITE_CONTACTS', 'READ_CONTACTS')).toBeLessThan(NEAR_MISS_THRESHOLD);
  });

  test('app-defined push permissions are kept as written', () => {
    const p = get(one('com.example.shop.permission.MIPUSH_RECEIVE: Xiaomi push'), 'com.example.shop.permission.MIPUSH_RECEIVE')!;
    expect(p.protectionLevel).toBe('app');
    expect(p.label).toMatch(/MiPush/);
  });

  test('storage read and written is both permissions; "modify or delete" is the write one', () => {
    expect(ids(one('我们需要获取您的存储读、写权限。'))).toEqual([`${A}READ_EXTERNAL_STORAGE`, `${A}WRITE_EXTERNAL_STORAGE`]);
    expect(ids(one('We will call the permission to modify or delete your memory card.'))).toEqual([`${A}WRITE_EXTERNAL_STORAGE`]);
  });

  test('a platform written before the name picks the iOS key', () => {
    expect(ids(one('iOS-相机权限：用于扫码。'))).toEqual(['NSCameraUsageDescription']);
  });

  test('numbered list introduced as permissions: each entry mapped, unknown entries unresolved', () => {
    const r = one('可能会获取到以下权限：\n1)读取手机短信；\n2)屏幕点亮的广播；\n3)调用摄像头；');
    expect(ids(r)).toEqual([`${A}READ_SMS`, `${A}CAMERA`]);
    expect(r.unresolvedPermissions.map((u) => u.text)).toEqual(['屏幕点亮的广播']);
  });

  test('a numbered list about something else reports nothing unresolved', () => {
    const r = one('我们会在以下情形下共享：\n1)获得您的同意；\n2)法律要求；\n3)保护安全。');
    expect(r.unresolvedPermissions).toEqual([]);
  });

  test('field records: 权限名称 with its purpose', () => {
    const r = one('权限名称：麦克风\n使用目的：录制音视频以实现内容发布\n涉及信息：语音信息');
    expect(get(r, `${A}RECORD_AUDIO`)!.purposes).toEqual(['录制音视频以实现内容发布']);
  });

  test('scans stay fast on hostile input', () => {
    const hostile = 'a.'.repeat(20000) + 'permission' + ' READ_'.repeat(5000) + '_A'.repeat(10000);
    const t0 = performance.now();
    one(hostile);
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});

describe('platform-prefixed permission lists (Tencent games layout)', () => {
  it('reads `Android-X/ iOS-Y：purpose` lines as permissions of each platform, with the purpose', () => {
    const text = [
      '五、我们使用的系统权限',
      'Android-电话（仅面向 Android 10 以下版本设备）：获取设备标识符（IMEI/IMSI），用于账号安全风控和故障排查。',
      'Android-存储/ iOS-照片：提供游戏中保存图片、截屏分享图片、保存和查看视频功能。',
      'Android-麦克风/ iOS-麦克风：提供聊天语音发送、智能语音交流等功能。',
      'iOS-广告标识（仅面向 Ios 14 以下版本设备）：获取广告标识符，用于广告投放效果监测。',
    ].join('\n');
    const r = extractPolicy(text);
    const byId = new Map(r.permissions.map((p) => [p.id, p]));
    expect(byId.get('android.permission.READ_PHONE_STATE')?.purposes[0]).toMatch(/^获取设备标识符/);
    expect(byId.get('android.permission.READ_EXTERNAL_STORAGE')?.purposes[0]).toMatch(/^提供游戏中保存图片/);
    expect(byId.get('NSPhotoLibraryAddUsageDescription')?.platform).toBe('ios');
    expect(byId.get('android.permission.RECORD_AUDIO')).toBeDefined();
    expect(byId.get('NSMicrophoneUsageDescription')).toBeDefined();
    expect(byId.get('NSUserTrackingUsageDescription')?.purposes[0]).toMatch(/^获取广告标识符/);
  });

  it('does not read a contact phone line as the phone permission', () => {
    expect(extractPolicy('如您有任何问题，请拨打联系电话 400-800-8888 与我们联系。').permissions).toEqual([]);
  });
});

describe('permission lists without numbers, and list entries past their head', () => {
  const byId = (text: string): Map<string, PermissionFinding> => new Map(extractPolicy(text).permissions.map((p) => [p.id, p]));

  it('reads `label：purpose` lines under a paragraph introducing permissions, with the platform line switching', () => {
    const text = [
      '四、本应用对设备权限的调用情况如下：',
      '存储：用于缓存图片和离线文件，如您拒绝开启，将无法离线阅读。',
      '• 麦克风：语音搜索。',
      '位置：推荐附近的门店',
      'iOS系统：',
      '• 相机：扫描二维码',
      '五、我们如何共享您的信息',
    ].join('\n');
    const r = byId(text);
    expect(r.get(`${A}READ_EXTERNAL_STORAGE`)?.purposes).toEqual(['用于缓存图片和离线文件']);
    expect(r.get(`${A}WRITE_EXTERNAL_STORAGE`)).toBeDefined();
    expect(r.get(`${A}RECORD_AUDIO`)?.purposes).toEqual(['语音搜索']);
    expect(r.get(`${A}ACCESS_FINE_LOCATION`)?.purposes).toEqual(['推荐附近的门店']);
    expect(r.get('NSCameraUsageDescription')?.purposes).toEqual(['扫描二维码']);
    expect(r.has(`${A}CAMERA`)).toBe(false);
  });

  it('does not read `label：text` lines after an ordinary colon as permissions', () => {
    const text = ['您可以通过以下方式联系我们：', '位置：北京市海淀区某某路1号', '电话：010-12345678'].join('\n');
    expect(extractPolicy(text).permissions).toEqual([]);
  });

  it('reads a tab-separated table whose first header cell is the permission', () => {
    const text = [
      'Permissions we use',
      'Device Permissions\tBusiness Function',
      'Notifications\tService alerts and reminders',
      'Phone Status (carrier and device identifiers)\tFraud prevention',
      'Storage (excluding photos)\tCaching downloaded maps',
      'Holographic Projector\tShowing 3D previews',
    ].join('\n');
    const r = extractPolicy(text);
    const get2 = (id: string) => r.permissions.find((p) => p.id === id);
    expect(get2(`${A}POST_NOTIFICATIONS`)?.purposes).toEqual(['Service alerts and reminders']);
    expect(get2(`${A}READ_PHONE_STATE`)?.purposes).toEqual(['Fraud prevention']);
    expect(get2(`${A}READ_EXTERNAL_STORAGE`)?.purposes).toEqual(['Caching downloaded maps']);
    expect(get2(`${A}WRITE_EXTERNAL_STORAGE`)).toBeDefined();
    expect(r.unresolvedPermissions.map((u) => u.text)).toEqual(['Holographic Projector']);
  });

  it('reads an entry of a list not about permissions as prose past its head', () => {
    const text = [
      '如您希望调整我们向您展示的内容，可通过以下方式（需您已授权）实现：',
      '1）如您不想接收APP发送的消息通知，可以在“我的-设置”中关闭；',
      '2）如您不想接收营销短信，可以回复退订。',
      '3）基于相机的功能：您可扫码登录。',
    ].join('\n');
    const r = byId(text);
    expect(r.has(`${A}POST_NOTIFICATIONS`)).toBe(false);
    expect(r.has(`${A}READ_SMS`)).toBe(false);
    expect(r.has(`${A}CAMERA`)).toBe(true);
  });

  it('reads an SDK entry of a list introduced as permissions as prose past the SDK name', () => {
    const text = [
      '第三方SDK可能调用您的设备权限，具体包括以下几种：',
      '（1）甲推送SDK：为了向您及时推送消息通知，我们接入了甲推送SDK。',
      '（2）乙地图SDK：需要获取您的位置权限，用于展示附近门店。',
    ].join('\n');
    const r = byId(text);
    expect(r.has(`${A}POST_NOTIFICATIONS`)).toBe(false);
    expect(r.has(`${A}ACCESS_FINE_LOCATION`)).toBe(true);
  });

  it('takes an Info.plist key written in prose as code', () => {
    const r = byId('为推荐附近网点，我们使用了(NSLocationWhenInUseUsageDescription)系统定位能力。');
    expect(r.has('NSLocationWhenInUseUsageDescription')).toBe(true);
  });

  it('keeps purposes as written and without the refusal clause', () => {
    const r = byId('下列权限说明如下：\n相机：扫一扫、拍摄头像，若您不授权，将无法使用上述功能。');
    expect(r.get(`${A}CAMERA`)?.purposes).toEqual(['扫一扫、拍摄头像']);
    const row = byId('我们会申请以下权限：\n1、位置权限，用于推荐附近门店。拒绝授权后，相关功能无法使用。\n2、READ_PHONE_STATE权限：用于账号安全，否则您将无法登录。');
    expect(row.get(`${A}ACCESS_FINE_LOCATION`)?.purposes).toEqual(['用于推荐附近门店']);
    expect(row.get(`${A}READ_PHONE_STATE`)?.purposes).toEqual(['用于账号安全']);
  });
});

describe('English words that name a permission only as written', () => {
  const ids2 = (text: string): string[] => extractPolicy(text).permissions.map((p) => p.id).sort();

  it('does not read the Internet as the INTERNET permission, nor "unauthorized" as a permission noun', () => {
    expect(ids2('If other Internet users make unauthorized use of your account, tell us at once.')).toEqual([]);
    expect(ids2('You can also access the Internet service portal to register.')).toEqual([]);
    expect(ids2('The app declares android.permission.INTERNET and requests internet access to sync.')).toEqual([`${A}INTERNET`]);
  });

  it('does not read the verb "contact" as the contacts permission', () => {
    expect(ids2('We allow partners to access and contact only the information their duties require.')).toEqual([]);
    expect(ids2('With your permission we access your contacts to find friends.')).toEqual([`${A}READ_CONTACTS`]);
  });

  it('takes "read" as a cue and the translated installed-app list as QUERY_ALL_PACKAGES', () => {
    expect(ids2('SDKs may read your phone status and the application installation list.')).toEqual([`${A}QUERY_ALL_PACKAGES`, `${A}READ_PHONE_STATE`]);
  });

  it('reads a calendar accessed to book or adjust appointments as read and write', () => {
    expect(ids2('We will access your calendar to help you make an appointment or adjust its time.')).toEqual([`${A}READ_CALENDAR`, `${A}WRITE_CALENDAR`]);
    expect(ids2('We will access your calendar to show your events.')).toEqual([`${A}READ_CALENDAR`]);
  });
});

describe('cues and compounds shared by both languages', () => {
  const ids3 = (text: string): string[] => extractPolicy(text).permissions.map((p) => p.id).sort();

  it('reads a picture of the person (头像照片, 证件照片) as data, not the album', () => {
    expect(ids3('注册时我们会获取您的头像照片信息，以确认是您本人。')).toEqual([]);
    expect(ids3('上传头像时我们会获取您的照片。')).toEqual([`${A}READ_EXTERNAL_STORAGE`]);
  });

  it("takes using the phone's own capability as a cue (使用手机自带的…)", () => {
    expect(ids3('登录后，你可以选择是否使用手机自带的指纹/面容ID启用快捷登录。')).toContain('NSFaceIDUsageDescription');
  });

  it('keeps an English enumeration going past one item that is not a permission', () => {
    expect(ids3('An update may need to obtain your address book, contact information, geographical location and other data.')).toEqual([`${A}ACCESS_FINE_LOCATION`, `${A}READ_CONTACTS`]);
  });

  it('reads an English entry head up to its colon', () => {
    const text = ['The app may ask for these permissions:', '(1) Function based on the microphone: voice search.', '(2) Function based on NFC: card top-up.'].join('\n');
    expect(ids3(text)).toEqual([`${A}NFC`, `${A}RECORD_AUDIO`]);
  });

  it('knows the push permission and the sensor permission in English', () => {
    expect(ids3('We may need you to grant the message push permission to send you alerts.')).toEqual([`${A}POST_NOTIFICATIONS`]);
    expect(ids3('To tell portrait from landscape we will ask you for the sensor permission.')).toEqual([`${A}BODY_SENSORS`]);
  });
});

describe('the English cue window', () => {
  it('reaches a cue as far back as the Chinese window does, in English characters', () => {
    const r = extractPolicy('You can choose to open or close the corresponding fingerprint or face ID payment function in settings.');
    expect(r.permissions.map((p) => p.id)).toContain('NSFaceIDUsageDescription');
    // A data verb after the cue starts the hit's own clause: the cue was for the SDK.
    expect(extractPolicy('We use the Umeng SDK and collect your IMEI & location.').permissions).toEqual([]);
    const far = extractPolicy('You can open the settings page, read the long explanation about the payment options and then the face ID notes.');
    expect(far.permissions.map((p) => p.id)).toEqual([]);
  });
});

describe('sentences addressed to iOS users', () => {
  it('names iOS keys in a sentence for iOS users, Android permissions elsewhere in the paragraph', () => {
    const text = '当您开启蓝牙功能时，我们会访问您的蓝牙以连接耳机。同时，如果您使用iOS设备并且系统为iOS13及以上时，您也可以在设置中允许本应用访问蓝牙。';
    const ids = extractPolicy(text).permissions.map((p) => p.id).sort();
    expect(ids).toEqual(['NSBluetoothAlwaysUsageDescription', `${A}BLUETOOTH`]);
    const en = extractPolicy('If you use an iPhone, we will access your location only while you use the app.').permissions.map((p) => p.id);
    expect(en).toEqual(['NSLocationWhenInUseUsageDescription']);
  });

  it('gives both systems\' ids in a sentence that speaks to both', () => {
    const ids = extractPolicy('如您使用iOS或安卓设备，我们会访问您的相机以扫码。').permissions.map((p) => p.id).sort();
    expect(ids).toEqual(['NSCameraUsageDescription', `${A}CAMERA`]);
  });
});

describe('the newer phone-state label in words', () => {
  it('reads 移动网络信息 / "mobile network information" as READ_PHONE_STATE only beside 权限 or a cue', () => {
    const ids = (t: string) => extractPolicy(t).permissions.map((p) => p.id);
    expect(ids('您可以在设置页面开启或取消移动网络信息权限。')).toEqual([`${A}READ_PHONE_STATE`]);
    expect(ids('We request the mobile network information permission to detect the carrier.')).toEqual([`${A}READ_PHONE_STATE`]);
    expect(ids('我们会收集您的设备型号、移动网络信息、产品版本号。')).toEqual([]);
  });
});

describe('location wordings and iOS clauses', () => {
  const ids = (t: string) => extractPolicy(t).permissions.map((p) => p.id).sort();

  it('reads 模糊/粗略/大致地理位置 as the coarse location and 精确地理位置 as the fine one', () => {
    expect(ids('我们可能需要获取您的模糊地理位置信息或精确地理位置信息，用于寻找附近的玩家。')).toEqual([`${A}ACCESS_COARSE_LOCATION`, `${A}ACCESS_FINE_LOCATION`]);
  });

  it('does not take a verb made attributive by 的 as a cue (通过IP地址获取的…)', () => {
    expect(ids('网络位置信息：通过IP地址、基站信息获取的大致地理位置信息，仅精确到城市。')).toEqual([]);
  });

  it('names iOS keys in a clause whose subject is iOS devices', () => {
    expect(ids('拍照时我们可能需获取您的相机权限，iOS设备还可能获取相册权限。')).toEqual(['NSPhotoLibraryUsageDescription', `${A}CAMERA`]);
  });
});

describe('a verb form inside a longer noun', () => {
  it('does not read 访问网络平台 (visiting a site) as the network permission', () => {
    const ids = (t: string) => extractPolicy(t).permissions.map((p) => p.id);
    expect(ids('您可以直接访问网络平台的设置功能，删除您的信息。')).toEqual([]);
    expect(ids('本应用需要访问网络，用于加载内容。')).toEqual([`${A}INTERNET`]);
  });
});

describe('issue wordings: AOSP labels, constants as written, platform brackets, storage of something else', () => {
  const ids = (t: string) => extractPolicy(t).permissions.map((p) => p.id).sort();

  it('reads lower-case constants only when they are exactly one, and bracketed setting names', () => {
    expect(ids('We request read_logs and [NOTIFICATION LISTENER] permissions.')).toEqual([`${A}BIND_NOTIFICATION_LISTENER_SERVICE`, `${A}READ_LOGS`]);
    expect(ids('The field custom_key.brand_name is filled in by the template.')).toEqual([]);
  });

  it('reads a non-requestable permission in words when 权限 is glued to it', () => {
    expect(ids('我们需要读取日志权限，用于排查崩溃。')).toEqual([`${A}READ_LOGS`]);
    expect(ids('我们会记录系统日志用于排查问题。')).toEqual([]);
  });

  it('takes an English AOSP label that starts with what only an app does', () => {
    expect(ids('The app may change network connectivity to reconnect.')).toEqual([`${A}CHANGE_NETWORK_STATE`]);
    expect(ids('Provide a mobile number that can receive text messages or calls.')).toEqual([]);
  });

  it('knows FaceID, the call state and the multicast label', () => {
    expect(ids('我们会调用您的FaceID用于登录。')).toEqual(['NSFaceIDUsageDescription']);
    expect(ids('We obtain incoming-call status to pause playback.')).toEqual([`${A}READ_PHONE_STATE`]);
    expect(ids('We record your chat messages and voice call status information.')).toEqual([]);
  });

  it('puts a name with an iOS bracket on iOS, and a list after 涉及权限： is permissions', () => {
    expect(ids('照片权限（iOS系统）：用于上传头像。')).toEqual(['NSPhotoLibraryUsageDescription']);
    expect(ids('涉及权限：相机、位置')).toEqual([`${A}ACCESS_FINE_LOCATION`, `${A}CAMERA`]);
    expect(ids('Permissions involved: camera, microphone')).toEqual([`${A}CAMERA`, `${A}RECORD_AUDIO`]);
  });

  it('does not read the store of something else (短信存储, 数据存储) as the storage permission', () => {
    expect(ids('我们会访问您的短信存储记录。')).toEqual([`${A}READ_SMS`]);
    expect(ids('我们会访问数据存储服务以同步。')).toEqual([]);
  });
});

describe('lines that are only a permission name, with the record under them', () => {
  const perms = (t: string) => extractPolicy(t).permissions.map((p) => [p.id, p.purposes] as const);

  it('reads bullet-headed records and a platform line switching to iOS', () => {
    const text = ['Android系统权限', 'Ø相机', '对应业务功能：扫码', '调用目的：识别二维码', '可否关闭：可以', '•麦克风', '调用目的：语音输入', 'iOS系统权限', 'Ø相机', '调用目的：扫描二维码'].join('\n');
    expect(perms(text)).toEqual([
      [`${A}CAMERA`, ['扫码']],
      [`${A}RECORD_AUDIO`, ['语音输入']],
      ['NSCameraUsageDescription', ['扫描二维码']],
    ]);
  });

  it('reads bare settings labels each followed by its purpose, under a permission intro', () => {
    const text = ['我们可能调用的系统权限：', '接收局域网多播', '用于发现同网段设备', '查看WLAN连接', '用于判断网络状态'].join('\n');
    expect(perms(text)).toEqual([
      [`${A}CHANGE_WIFI_MULTICAST_STATE`, ['用于发现同网段设备']],
      [`${A}ACCESS_WIFI_STATE`, ['用于判断网络状态']],
    ]);
  });

  it('does not read a bare word line as a permission without an intro or fields', () => {
    expect(perms('相机\n我们的相机产品很好用。\n位置\n用于展示门店')).toEqual([]);
  });
});

describe('English "ask for", "<capability> access" and write-only calendars and address books', () => {
  const A = 'android.permission.';
  const idsOf = (t: string) => extractPolicy(t).permissions.map((p) => p.id);
  it('reads "ask for" / "ask to" and "camera access" as a request', () => {
    expect(idsOf('We ask for location access so that geofences work.')).toEqual([`${A}ACCESS_FINE_LOCATION`]);
    expect(idsOf('Camera access lets you scan codes.')).toEqual([`${A}CAMERA`]);
    expect(idsOf('Microphone and camera access are needed for calls.')).toEqual([`${A}RECORD_AUDIO`, `${A}CAMERA`]);
  });

  it('keeps "access" that starts a data noun, and "ask you to" before a data verb, out', () => {
    expect(idsOf('We collect the network access method and Internet access records.')).toEqual([]);
    expect(idsOf('We may ask you to provide your location.')).toEqual([]);
  });

  it('gives only the write permission for a calendar or address book that is edited or written to', () => {
    expect(idsOf('我们需要编辑日历权限，用于添加提醒。')).toEqual([`${A}WRITE_CALENDAR`]);
    expect(idsOf('您可以授权我们将前述号码写入您的手机通讯录。')).toEqual([`${A}WRITE_CONTACTS`]);
    expect(idsOf('You can authorize us to write the number to your mobile phone address book.')).toEqual([`${A}WRITE_CONTACTS`]);
    expect(idsOf('We add events to your calendar when you book.')).toEqual([`${A}WRITE_CALENDAR`]);
    // Read and added to: both, as before.
    expect(idsOf('我们会申请日历权限，用于添加提醒。')).toEqual([`${A}READ_CALENDAR`, `${A}WRITE_CALENDAR`]);
    expect(idsOf('Write to us. Your contacts are safe with us.')).toEqual([]);
  });
});

describe('purposes and scenarios of permissions named in prose', () => {
  const A = 'android.permission.';
  const details = (t: string) => extractPolicy(t).permissions.map((p) => [p.id, p.purposes, p.scenarios]);
  it('reads the purpose clause after the names, or the one that opens the sentence', () => {
    expect(details('我们会申请相机权限，用于扫描二维码。')).toEqual([[`${A}CAMERA`, ['用于扫描二维码'], []]]);
    expect(details('为了向您推荐附近门店，我们会获取您的位置权限。')).toEqual([[`${A}ACCESS_FINE_LOCATION`, ['为了向您推荐附近门店'], []]]);
    expect(details('We request camera permission to scan QR codes.')).toEqual([[`${A}CAMERA`, ['to scan QR codes'], []]]);
    expect(details('To scan codes, we request access to your camera.')).toEqual([[`${A}CAMERA`, ['To scan codes'], []]]);
  });

  it('gives each enumeration of a sentence its own purpose, and an enumeration one for all', () => {
    expect(details('开启相机权限用于扫码，开启麦克风权限用于语音输入。')).toEqual([
      [`${A}CAMERA`, ['用于扫码'], []],
      [`${A}RECORD_AUDIO`, ['用于语音输入'], []],
    ]);
    expect(details('我们会申请相机、麦克风权限，以便您进行视频通话。').map((d) => d[1])).toEqual([['以便您进行视频通话'], ['以便您进行视频通话']]);
  });

  it('gives a name the purpose of the bracketed gloss right after it', () => {
    expect(details('为了实现智能灯控功能，我们会开启您的位置（用于扫描附近设备）、蓝牙（用于连接灯具）权限。')).toEqual([
      [`${A}ACCESS_FINE_LOCATION`, ['用于扫描附近设备'], []],
      [`${A}BLUETOOTH`, ['用于连接灯具'], []],
    ]);
    expect(details('We request the camera (to scan codes) and microphone (for voice input) permissions.').map((d) => d[1])).toEqual([['to scan codes'], ['for voice input']]);
    // A gloss that names the thing again is no purpose.
    expect(details('我们会申请相机（摄像头）权限。')).toEqual([[`${A}CAMERA`, [], []]]);
  });

  it('reads the scenario the sentence sets, and leaves refusal, asides and later clauses out', () => {
    expect(details('当您使用扫码功能时，我们会申请相机权限，如您拒绝将无法扫码。')).toEqual([[`${A}CAMERA`, [], ['当您使用扫码功能时']]]);
    expect(details('When you use voice input, we access your microphone so that you can talk to the assistant.')).toEqual([
      [`${A}RECORD_AUDIO`, ['so that you can talk to the assistant'], ['When you use voice input']],
    ]);
    expect(details('我们会获取您的位置权限（在某些场景下，为了降低成本，我们可能使用第三方定位服务）。')).toEqual([[`${A}ACCESS_FINE_LOCATION`, [], []]]);
    expect(details('我们会申请存储权限，用于缓存图片，我们不会读取其他文件。')[0]![1]).toEqual(['用于缓存图片']);
    // Asking for it is not what it is for.
    expect(details('You need to allow camera access to authorize us to use it.')[0]![1]).toEqual([]);
  });
});

describe('tables copied without their cell separators', () => {
  const A = 'android.permission.';
  const perms = (t: string) => extractPolicy(t).permissions.map((p) => [p.id, p.purposes]);
  it('reads each glued row as its leading permission, the purpose stopping before the yes/no flags', () => {
    const text = ['以下为本应用调用的系统权限：', '权限名称业务功能调用目的是否必须是否可关闭', '蓝牙灯具控制1、连接灯具是是', '位置信息附近门店1、推荐附近门店否是', '相机扫码1、扫描设备二维码否可以', '其他说明'].join('\n');
    expect(perms(text)).toEqual([
      [`${A}BLUETOOTH`, ['灯具控制1、连接灯具']],
      [`${A}ACCESS_FINE_LOCATION`, ['附近门店1、推荐附近门店']],
      [`${A}CAMERA`, ['扫码1、扫描设备二维码']],
    ]);
  });

  it('needs the header: a line that starts with a name and ends in 是 is prose elsewhere', () => {
    expect(perms('我们的相机产品好用吗？答案是')).toEqual([]);
    expect(perms('权限说明\n相机好用吗？是')).toEqual([]);
  });
});

describe('the fingerprint sensor', () => {
  it('is the biometric permission, not body sensors', () => {
    const ids = (t: string) => extractPolicy(t).permissions.map((p) => p.id);
    expect(ids('We use the fingerprint sensor to unlock the app.')).toEqual(['android.permission.USE_BIOMETRIC']);
    expect(ids('我们会调用指纹传感器进行验证。')).toEqual(['android.permission.USE_BIOMETRIC']);
    expect(ids('我们会申请生物识别权限。')).toEqual(['android.permission.USE_BIOMETRIC']);
  });

  it('the Android 13 group label 音乐和音频 / "music and audio" is READ_MEDIA_AUDIO', () => {
    const ids = (t: string) => extractPolicy(t).permissions.map((p) => p.id);
    expect(ids('我们会申请音乐和音频权限。')).toEqual(['android.permission.READ_MEDIA_AUDIO']);
    expect(ids('We request the music and audio permission.')).toEqual(['android.permission.READ_MEDIA_AUDIO']);
  });
});

describe('an English bullet list of permissions', () => {
  it('reads "the following permissions on your device:" and labels longer than Chinese ones', () => {
    const text = ['Our app may request the following permissions on your device:', '- Camera: to scan QR codes.', '- Photos / Media Library: to let you upload images.', '- Location (while using the app): to show nearby stores.', '- Microphone: for voice search.'].join('\n');
    expect(extractPolicy(text).permissions.map((p) => [p.id.replace('android.permission.', ''), p.purposes])).toEqual([
      ['CAMERA', ['to scan QR codes']],
      ['READ_EXTERNAL_STORAGE', ['to let you upload images']],
      ['ACCESS_FINE_LOCATION', ['to show nearby stores']],
      ['RECORD_AUDIO', ['for voice search']],
    ]);
  });
});

describe('English requests by name and newer group labels', () => {
  const A = 'android.permission.';
  const ids = (t: string) => extractPolicy(t).permissions.map((p) => p.id);
  it('reads "permission to <verb> … <capability>", the Files group, tracking, speech recognition and Apple Health', () => {
    expect(ids('We may ask for permission to send you push notifications.')).toEqual([`${A}POST_NOTIFICATIONS`]);
    expect(ids('We may ask for permission to access files on your device.')).toEqual([`${A}READ_EXTERNAL_STORAGE`, `${A}WRITE_EXTERNAL_STORAGE`]);
    expect(ids('我们会申请文件权限。')).toEqual([`${A}READ_EXTERNAL_STORAGE`, `${A}WRITE_EXTERNAL_STORAGE`]);
    expect(ids('We may ask for permission to track your activity across other companies’ apps and websites.')).toEqual(['NSUserTrackingUsageDescription']);
    expect(ids('We may ask for permission to use speech recognition.')).toEqual(['NSSpeechRecognitionUsageDescription']);
    expect(ids('We may ask for permission to access Apple Health.')).toEqual(['NSHealthShareUsageDescription']);
  });

  it('leaves the words alone without a request', () => {
    expect(ids('We use speech recognition technology from a vendor.')).toEqual([]);
    expect(ids('You grant us permission to send you marketing emails.')).toEqual([]);
  });
});
