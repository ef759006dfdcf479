import { extractPolicy } from '../src/index.js';
import { loadLexicons } from '../src/lexicon/load.js';
import { isNegatedMention } from '../src/extract/common/negation.js';
import type { DataTypeFinding } from '../src/types.js';
import { CORPUS, corpusText, gold } from './helpers/corpus.js';

type GoldDataType = { id?: string; anyOf?: string[]; optional?: boolean };

const types = (text: string): DataTypeFinding[] => extractPolicy(text).dataTypes;
const idsOf = (text: string): string[] => types(text).map((d) => d.id);
const mentions = (text: string, id: string): string[] =>
  (types(text).find((d) => d.id === id)?.evidence ?? []).map((e) => text.slice(e.start, e.end));

/** The core set of SPEC's data-type table. */
const SPEC_IDS = [
  'identity.name', 'identity.gender', 'identity.birth_date', 'identity.ethnicity', 'identity.nationality', 'identity.id_document',
  'contact.phone', 'contact.email', 'contact.address',
  'account.username', 'account.password', 'account.nickname', 'account.avatar', 'account.third_party',
  'device.general', 'device.model', 'device.os', 'device.identifier', 'device.imei', 'device.imsi', 'device.mac', 'device.android_id',
  'device.idfa', 'device.idfv', 'device.oaid', 'device.serial', 'device.iccid', 'device.app_list', 'device.sensors', 'device.screen',
  'device.locale', 'device.push_token',
  'network.ip', 'network.wifi', 'network.wifi_password', 'network.carrier', 'network.type', 'network.bluetooth',
  'location.precise', 'location.coarse', 'location.cell', 'location.general',
  'usage.logs', 'usage.browsing', 'usage.search', 'usage.app_usage', 'usage.diagnostics', 'usage.cookies',
  'communication.contacts', 'communication.sms', 'communication.call_logs', 'communication.content', 'communication.support',
  'media.photos', 'media.video', 'media.audio',
  'biometric.face', 'biometric.fingerprint', 'biometric.voiceprint', 'biometric.other',
  'financial.bank_account', 'financial.payment', 'financial.transaction', 'financial.credit', 'financial.virtual_property',
  'health.physiological', 'profile.education', 'profile.company', 'profile.bio', 'travel.lodging', 'minor.child', 'iot.device_info', 'iot.device_data',
];

describe('the data-type lexicon', () => {
  const entries = loadLexicons().entries.dataTypes;

  it('has every SPEC id, with both labels and forms in both languages', () => {
    for (const id of SPEC_IDS) {
      const e = entries.get(id);
      expect(e).toBeDefined();
      expect(e!.label.en.trim()).not.toBe('');
      expect(e!.label.zh?.trim()).toBeTruthy();
      expect(e!.forms?.en?.length).toBeGreaterThan(0);
      expect(e!.forms?.zh?.length).toBeGreaterThan(0);
    }
  });

  it('marks as sensitive what PIPL art. 28 and GB/T 35273-2020 appendix B do, and not ordinary data', () => {
    const sensitive = (id: string) => entries.get(id)!.sensitive;
    for (const id of ['identity.id_document', 'account.password', 'location.precise', 'usage.browsing', 'communication.contacts', 'communication.sms',
      'communication.call_logs', 'communication.content', 'biometric.face', 'biometric.fingerprint', 'biometric.voiceprint', 'biometric.other',
      'financial.bank_account', 'financial.payment', 'financial.transaction', 'financial.credit', 'financial.virtual_property',
      'health.physiological', 'travel.lodging', 'minor.child']) {
      expect([id, sensitive(id)]).toEqual([id, true]);
    }
    for (const id of ['identity.name', 'contact.phone', 'contact.email', 'device.imei', 'device.mac', 'network.ip', 'location.coarse', 'location.general', 'usage.cookies', 'media.photos']) {
      expect([id, sensitive(id)]).toEqual([id, false]);
    }
  });

  it('does not give one form to two ids', () => {
    const seen = new Map<string, string>();
    for (const e of entries.values()) {
      for (const f of [...(e.forms?.en ?? []), ...(e.forms?.zh ?? [])]) {
        const key = f.toLowerCase();
        expect([f, seen.get(key) ?? e.id]).toEqual([f, e.id]);
        seen.set(key, e.id);
      }
    }
  });
});

describe('data types on the seed corpus', () => {
  it.each(CORPUS)('%s: recall >= 0.9 on required gold ids, and nothing outside the gold', (file) => {
    const want = gold<{ dataTypes: GoldDataType[] }>(file).dataTypes;
    const got = idsOf(corpusText(file));
    const hit = (g: GoldDataType) => got.some((id) => g.id === id || (g.anyOf ?? []).includes(id));
    const required = want.filter((g) => !g.optional);
    const found = required.filter(hit);
    expect(found.length / required.length).toBeGreaterThanOrEqual(0.9);
    const allowed = new Set(want.flatMap((g) => (g.id ? [g.id] : g.anyOf ?? [])));
    expect(got.filter((id) => !allowed.has(id))).toEqual([]);
  });

  it.each(CORPUS)('%s: every evidence span is the mention, inside its sentence and paragraph', (file) => {
    const text = corpusText(file);
    const r = extractPolicy(text);
    for (const d of r.dataTypes) {
      expect(d.evidence.length).toBeGreaterThan(0);
      for (const e of d.evidence) {
        const mention = text.slice(e.start, e.end);
        expect(mention.trim()).toBe(mention);
        expect(mention.length).toBeGreaterThan(1);
        expect(mention.length).toBeLessThan(60);
        const p = r.paragraphs[e.paragraph]!;
        expect(e.start).toBeGreaterThanOrEqual(p.start);
        expect(e.end).toBeLessThanOrEqual(p.end);
        expect(e.sentenceStart!).toBeLessThanOrEqual(e.start);
        expect(e.sentenceEnd!).toBeGreaterThanOrEqual(e.end);
      }
    }
  });

  it('Kaiconn: IMEI, in both languages, with one evidence entry per mention', () => {
    const text = corpusText('kaiconn.zh-en.txt');
    const imei = types(text).find((d) => d.id === 'device.imei')!;
    expect(imei.label).toBe('IMEI');
    expect(imei.sensitive).toBe(false);
    const forms = imei.evidence.map((e) => text.slice(e.start, e.end));
    expect(forms).toEqual(expect.arrayContaining(['IMEI', '国际移动设备识别码', '移动设备国际身份码', 'international mobile device identification code']));
    expect(forms.filter((f) => f === 'IMEI').length).toBeGreaterThanOrEqual(6);
  });

  it('Kaiconn: Chinese compounds map to their own ids', () => {
    const text = corpusText('kaiconn.zh-en.txt');
    expect(mentions(text, 'device.model')).toEqual(expect.arrayContaining(['硬件型号', '设备型号']));
    expect(mentions(text, 'device.mac')).toEqual(expect.arrayContaining(['网络设备硬件地址', 'MAC地址', 'Mac地址']));
    expect(mentions(text, 'device.os')).toEqual(expect.arrayContaining(['操作系统版本号', '系统版本']));
    expect(mentions(text, 'device.iccid')).toEqual(expect.arrayContaining(['集成电路卡识别码', 'SIM系列号', 'ICCD']));
    expect(mentions(text, 'device.sensors')).toEqual(expect.arrayContaining(['设备加速器', '重力感应设备']));
    expect(mentions(text, 'location.cell')).toContain('基站');
    expect(mentions(text, 'network.wifi')).toEqual(expect.arrayContaining(['WLAN接入点', 'SSID', 'BSSID']));
    // 音视频信息 names audio and video at once.
    expect(mentions(text, 'media.audio')).toContain('音视频信息');
    expect(mentions(text, 'media.video')).toContain('音视频信息');
  });

  it('Jeejio: "including but not limited to" is not a negation', () => {
    const text = corpusText('jeejio.en.txt');
    expect(mentions(text, 'device.model')).toContain('hardware model');
    expect(mentions(text, 'device.os')).toContain('operating system type');
    expect(mentions(text, 'location.cell')).toContain('base station');
  });

  it('Jooan: "national security" is not nationality, "contact information" is not the address book', () => {
    const got = idsOf(corpusText('jooan.en.txt'));
    expect(got).not.toContain('identity.nationality');
    expect(mentions(corpusText('kaiconn.zh-en.txt'), 'communication.contacts')).toEqual([]);
  });

  it('Cococam: face data is sensitive and found where the permission text describes it', () => {
    const face = types(corpusText('cococam.en.txt')).find((d) => d.id === 'biometric.face')!;
    expect(face.sensitive).toBe(true);
    expect(face.evidence.map((e) => corpusText('cococam.en.txt').slice(e.start, e.end))).toEqual(['face recognition', 'face information']);
  });
});

describe('mentions the policy says are NOT collected', () => {
  const has = (text: string, id: string) => idsOf(text).includes(id);

  it.each([
    ['We do not collect your ID card number.', 'identity.id_document'],
    ['We never collect your precise location.', 'location.precise'],
    ["We don't access your contacts list.", 'communication.contacts'],
    ['Your IMEI is not collected.', 'device.imei'],
    ['We do not collect your name, phone number or email address.', 'contact.email'],
    ['我们不会收集您的身份证号码。', 'identity.id_document'],
    ['我们并不收集您的人脸或指纹信息。', 'biometric.fingerprint'],
    ['我们不会收集和存储您的完整银行卡信息，但我们需要将您的订单号共享给支付机构。', 'financial.bank_account'],
  ])('%s drops %s', (text, id) => {
    expect(has(text, id)).toBe(false);
  });

  it.each([
    ['We will not collect your ID card number without your consent.', 'identity.id_document'],
    ['We will not collect your ID card number unless the law requires it.', 'identity.id_document'],
    ['We collect your IMEI. We will not share your IMEI with third parties.', 'device.imei'],
    ['We do not sell data; we collect your IMEI to secure your account.', 'device.imei'],
    ['You may choose not to provide your phone number.', 'contact.phone'],
    ['We collect information including but not limited to your IMEI.', 'device.imei'],
    ['We do not collect your name, and we collect your IMEI for security.', 'device.imei'],
    ['未经您同意，我们不会收集您的身份证号码。', 'identity.id_document'],
    ['若您不提供手机号码，将无法完成注册。', 'contact.phone'],
    ['我们不会向第三方共享您的IMEI。', 'device.imei'],
    ['我们不会收集和存储您的完整银行卡信息，但我们需要将您的订单号共享给支付机构。', 'financial.transaction'],
    ['当您取消授权后，我们将不再收集您的地理位置信息。', 'location.general'],
  ])('%s keeps %s', (text, id) => {
    expect(has(text, id)).toBe(true);
  });

  it('looks only at a bounded window, so a huge negated list stays linear', () => {
    const text = 'We do not collect ' + 'IMEI, '.repeat(40000) + 'MAC address.';
    const t0 = performance.now();
    const imei = types(text).find((d) => d.id === 'device.imei');
    expect(performance.now() - t0).toBeLessThan(10000);
    // The first mentions are negated; far from the cue, the window no longer holds it.
    expect(imei!.evidence[0]!.start).toBeGreaterThan(200);
    expect(isNegatedMention('We do not collect your ', '.', 'en')).toBe(true);
    expect(isNegatedMention('We do not collect ' + 'a'.repeat(300) + ' ', '.', 'en')).toBe(false);
  });
});

describe('small cases per rule', () => {
  it('stems that join different words do not make mentions', () => {
    expect(idsOf('Related to national security and national defense.')).not.toContain('identity.nationality');
    expect(idsOf('Data may be kept in local storage provided by your browser.')).not.toContain('device.locale');
    expect(idsOf('See the Developer Guide.')).not.toContain('device.identifier');
    expect(idsOf('Permissions granted during software installation and use.')).not.toContain('device.app_list');
    expect(idsOf('We record your nationality and locale.')).toEqual(expect.arrayContaining(['identity.nationality', 'device.locale']));
  });

  it('ambiguous short words alone name nothing', () => {
    const got = idsOf('Our servers are at a location in Singapore. Please log in with your account. The SDK name and address are listed. Contact us by email.');
    expect(got).toEqual([]);
  });

  it('English forms match inflections; Chinese forms match whole words only', () => {
    expect(mentions('We read your photos and cookies.', 'media.photos')).toEqual(['photos']);
    expect(mentions('We use cookies.', 'usage.cookies')).toEqual(['cookies']);
    // 短信 inside 短信验证码 (a verification code) is not the SMS content.
    expect(idsOf('我们会向您发送短信验证码。')).not.toContain('communication.sms');
    expect(idsOf('我们会读取您的手机短信。')).toContain('communication.sms');
  });

  it('one form may name two ids; each gets the same evidence', () => {
    const text = 'We save device audio to your phone.';
    const r = types(text);
    const span = (id: string) => r.find((d) => d.id === id)!.evidence.map((e) => text.slice(e.start, e.end));
    expect(span('iot.device_data')).toEqual(['device audio']);
    expect(span('media.audio')).toEqual(['device audio']);
  });

  it('findings carry both labels and the sensitivity of their entry', () => {
    const d = types('我们会收集您的身份证号码。').find((x) => x.id === 'identity.id_document')!;
    expect(d).toMatchObject({ label: 'Identity document', labelZh: '身份证件', sensitive: true });
  });

  it('an English acronym matches only as itself, case-exact', () => {
    expect(idsOf('The strip is 4 mm wide; see your GP practice.')).not.toEqual(expect.arrayContaining(['communication.sms']));
    expect(idsOf('The strip is 4 mm wide; see your GP practice.')).not.toContain('location.precise');
    expect(idsOf('We read your GPS position and MMS.')).toEqual(expect.arrayContaining(['location.precise', 'communication.sms']));
  });
});

describe('long acronyms in lower case', () => {
  it('"iccid" and "imei" are still themselves; a short acronym is not', () => {
    const ids = extractPolicy('We read your device imei and the SIM card iccid.').dataTypes.map((d) => d.id);
    expect(ids).toEqual(expect.arrayContaining(['device.imei', 'device.iccid']));
  });
});

describe('verbs that look like data', () => {
  it('使用 after another verb of the same list is the verb, not usage data', () => {
    const ids = (t: string) => extractPolicy(t).dataTypes.map((d) => d.id);
    expect(ids('您可以选择授权我们收集、使用信息的情形。')).not.toContain('usage.app_usage');
    expect(ids('此版本补充个人信息收集及使用情况。')).not.toContain('usage.app_usage');
    expect(ids('您可以拒绝使用数据。')).not.toContain('usage.app_usage');
    expect(ids('我们会收集您的使用情况和使用时长。')).toContain('usage.app_usage');
  });
});

describe('SMS as a channel', () => {
  it('promotional or verification messages, and messages sent by SMS, are not the user\'s SMS', () => {
    const ids = (t: string) => extractPolicy(t).dataTypes.map((d) => d.id);
    expect(ids('如您不希望接收我们的推广短信，可通过退订功能退订。')).not.toContain('communication.sms');
    expect(ids('If you do not want to receive our promotional text messages, reply STOP.')).not.toContain('communication.sms');
    expect(ids('We may contact you by SMS or telephone.')).not.toContain('communication.sms');
    expect(ids('我们会读取您的手机短信以自动填写验证码。')).toContain('communication.sms');
    expect(ids('The app reads your text messages to fill in the code.')).toContain('communication.sms');
  });
});

describe('Chinese variant wordings', () => {
  const ids = (t: string) => extractPolicy(t).dataTypes.map((d) => d.id);
  it('帐 is written for 账: 银行帐号, 支付帐号 are the bank and payment accounts', () => {
    expect(ids('领奖时需提供收款人的银行帐号或支付帐户。')).toEqual(expect.arrayContaining(['financial.bank_account', 'financial.payment']));
  });
  it('支付卡 is a payment card; 种族 is race; 语言设定 is the language setting; 设备token is the push token', () => {
    expect(ids('我们会核验监护人的支付卡信息。')).toContain('financial.payment');
    expect(ids('某些信息（如您的种族、宗教信仰）属于敏感信息。')).toContain('identity.ethnicity');
    expect(ids('我们会读取您的语言设定以显示对应界面。')).toContain('device.locale');
    expect(ids('推送服务会获取您的设备Token用于消息下发。')).toContain('device.push_token');
  });
});

describe('English wordings of installed-app lists and posted content', () => {
  const ids = (t: string) => extractPolicy(t).dataTypes.map((d) => d.id);
  it('"application installation list" and "software installation list" are the installed apps', () => {
    expect(ids('To detect cheating tools, we check your application installation list.')).toContain('device.app_list');
    expect(ids('The SDK reads the software installation list of the phone.')).toContain('device.app_list');
  });
  it('"email content" and "information you publish" are message and post content', () => {
    expect(ids('Support staff may read the email content you send us.')).toContain('communication.content');
    expect(ids('We store the information you publish in the forum.')).toContain('communication.content');
  });
});

describe('messages and feedback as channels', () => {
  const ids = (t: string) => extractPolicy(t).dataTypes.map((d) => d.id);
  it('text messages in a list of the ways we notify or verify you are a channel, not the user\'s SMS', () => {
    expect(ids('We will tell you about changes by push notifications, e-mails, letters, text messages or announcements.')).not.toContain('communication.sms');
    expect(ids('We may send offers through telephone, text messages and in-app mail.')).not.toContain('communication.sms');
    expect(ids('You may be asked to confirm the request through mobile phone text messages.')).not.toContain('communication.sms');
    expect(ids('我们会通过手机短信、电子邮件告知您变更。')).not.toContain('communication.sms');
    expect(ids('With your consent we read your call logs, text messages and photos.')).toContain('communication.sms');
  });
  it('instant messaging tools are a channel, not message content', () => {
    expect(ids('We may reach you via WeChat or other instant messaging tools.')).not.toContain('communication.content');
    expect(ids('We keep your instant messages for 30 days.')).toContain('communication.content');
  });
  it('the feedback method and a reply after receiving your feedback are a channel, not support records', () => {
    expect(ids('You can reach us through the feedback channel in the app.')).not.toContain('communication.support');
    expect(ids('We will reply within 15 days after receiving your feedback.')).not.toContain('communication.support');
    expect(ids('We keep the feedback you submit and the screenshots you attach.')).toContain('communication.support');
  });
});

describe('plural-only forms', () => {
  const ids = (t: string) => extractPolicy(t).dataTypes.map((d) => d.id);
  it('"your contact" (singular) is contacting us or contact details, "your contacts" the address book', () => {
    expect(ids('We will reply within a week after receiving your contact.')).not.toContain('communication.contacts');
    expect(ids('Other members can see your contact methods.')).not.toContain('communication.contacts');
    expect(ids('With your permission we upload your contacts to find friends.')).toContain('communication.contacts');
  });
});

describe('bare words as one item of a list of personal or device data', () => {
  const ids = (t: string) => extractPolicy(t).dataTypes.map((d) => d.id);
  it('"name" next to a phone number, ID number or e-mail is the person\'s name', () => {
    expect(ids('To enter the draw you must provide name, mobile number and postal address.')).toContain('identity.name');
    expect(ids('Contact details (names, e-mail addresses) are kept for a year.')).toContain('identity.name');
    expect(ids('Please give the SDK name and version.')).not.toContain('identity.name');
    expect(ids('We will inform you of the name and contact information of the recipient.')).not.toContain('identity.name');
    expect(ids('We list the names, contact information, processing purposes and methods of our partners.')).not.toContain('identity.name');
    expect(ids('Controller: the name, address and e-mail of the company are given below.')).not.toContain('identity.name');
  });
  it('"resolution" among device properties is the screen resolution; dispute resolution is not', () => {
    expect(ids('We read the device model, OS version, resolution and carrier.')).toContain('device.screen');
    expect(ids('Complaints go to dispute resolution, and resolution of claims takes 30 days.')).not.toContain('device.screen');
  });
  it('名称或者姓名 of a recipient is another party\'s name', () => {
    expect(ids('转让前我们会向您告知受让方的名称或者姓名和联系方式。')).not.toContain('identity.name');
    expect(ids('我们会收集收件人的姓名和联系方式。')).toContain('identity.name');
  });
});

describe('more wordings of birth date, approximate location, locale and support records', () => {
  const ids = (t: string) => extractPolicy(t).dataTypes.map((d) => d.id);
  it('"birth year", "general geographic location", "operating system language", 操作系统语言, 与我们的沟通', () => {
    expect(ids('The pension calculator asks for your birth year.')).toContain('identity.birth_date');
    expect(ids('Your general geographical location is derived from the IP address.')).toContain('location.coarse');
    expect(ids('The SDK reads the operating system language.')).toContain('device.locale');
    expect(ids('SDK会读取操作系统语言。')).toContain('device.locale');
    expect(ids('为解决问题，我们会保存您与我们的沟通内容。')).toContain('communication.support');
  });
});

describe('words that are not the data they look like', () => {
  const ids = (t: string) => extractPolicy(t).dataTypes.map((d) => d.id);
  it('权限申请与使用情况说明 is a document, not usage data', () => {
    expect(ids('详见《应用权限申请与使用情况说明》。')).not.toContain('usage.app_usage');
    expect(ids('我们会记录您的使用情况。')).toContain('usage.app_usage');
  });
  it('生日 cut out of 发生日 is no birthday', () => {
    expect(ids('提醒会在活动发生日时通过系统通知您。')).not.toContain('identity.birth_date');
    expect(ids('填写生日可获得会员礼遇。')).toContain('identity.birth_date');
  });
});

describe('a person\'s online status', () => {
  const ids = (t: string) => extractPolicy(t).dataTypes.map((d) => d.id);
  it('"your active/online status" is the user\'s presence, not a connected device\'s online status', () => {
    expect(ids('In Settings you decide whether your active/online status is shown to friends.')).not.toContain('iot.device_info');
    expect(ids('The camera reports its firmware version and online status.')).toContain('iot.device_info');
  });
});

describe('compounds naming two data types', () => {
  const ids = (t: string) => extractPolicy(t).dataTypes.map((d) => d.id);
  it('基站传感器信息 is cell-tower and sensor information, like "base station sensor information"', () => {
    expect(ids('定位会用到WLAN接入点、蓝牙和基站传感器信息。')).toEqual(expect.arrayContaining(['location.cell', 'device.sensors']));
    expect(ids('Positioning uses WLAN access points, Bluetooth and base station sensor information.')).toEqual(expect.arrayContaining(['location.cell', 'device.sensors']));
  });
});

describe('more Chinese wordings of the name and the payment account', () => {
  const ids = (t: string) => extractPolicy(t).dataTypes.map((d) => d.id);
  it('您的名字 is the name; 交费账号 / 缴费账号 is a payment account', () => {
    expect(ids('注册时请填写您的名字和手机号码。')).toContain('identity.name');
    expect(ids('办理入网需提供缴费账号。')).toContain('financial.payment');
  });
});

describe('English wordings of children\'s data and health history', () => {
  const ids = (t: string) => extractPolicy(t).dataTypes.map((d) => d.id);
  it('"personal information of any child", "family (medical) history"', () => {
    expect(ids('Parents may review the personal information of any child in their care.')).toContain('minor.child');
    expect(ids('The health check asks for your age, weight and family history.')).toContain('health.physiological');
    expect(ids('Doctors may see your family medical history.')).toContain('health.physiological');
  });
});

describe('resolution of pictures and 简介 as a title', () => {
  const ids = (t: string) => extractPolicy(t).dataTypes.map((d) => d.id);
  it('图片分辨率 is a picture\'s resolution, not the screen\'s', () => {
    expect(ids('AI修图功能可以提升图片分辨率。')).not.toContain('device.screen');
    expect(ids('我们会读取设备型号、分辨率。')).toContain('device.screen');
  });
  it('简介 as a section title is the policy\'s introduction, not the user\'s bio', () => {
    expect(ids('一、简介\n本政策说明我们如何处理您的个人信息。')).not.toContain('profile.bio');
    expect(ids('您可以在资料页填写简介。')).toContain('profile.bio');
    expect(ids('简介：您可以在资料页修改\n兴趣爱好：首页—我的—编辑资料')).toContain('profile.bio');
  });
});

describe('English wordings of usage and failure data', () => {
  const ids = (t: string) => extractPolicy(t).dataTypes.map((d) => d.id);
  it('"account usage", "service usage", "overall usage" are usage data; "failure information" is diagnostic data', () => {
    expect(ids('Membership levels are computed from your account usage.')).toContain('usage.app_usage');
    expect(ids('We publish statistics of service usage in aggregate form.')).toContain('usage.app_usage');
    expect(ids('Logs include the pages you open and service failure information.')).toContain('usage.diagnostics');
    expect(ids('We record how often you open the app, crash data and overall usage.')).toContain('usage.app_usage');
  });
});

describe('the carrier as a party', () => {
  const ids = (t: string) => extractPolicy(t).dataTypes.map((d) => d.id);
  it('与运营商的合作 and 运营商提供的功能 name the carrier as a partner, not the user\'s carrier', () => {
    expect(ids('基于我们与电信运营商的合作，一键登录会使用运营商提供的认证功能。')).not.toContain('network.carrier');
    expect(ids('我们会收集您的设备型号和运营商。')).toContain('network.carrier');
  });
});

describe('English wordings of CV data and account balances', () => {
  const ids = (t: string) => extractPolicy(t).dataTypes.map((d) => d.id);
  it('"work experience" is employment data, "educational experience" education data', () => {
    expect(ids('Your resume lists your work experience and skills.')).toContain('profile.company');
    expect(ids('Add your educational experience to the resume.')).toContain('profile.education');
  });
  it('"the balance in your account" is virtual property', () => {
    expect(ids('An account cannot be closed while the balance in your account is positive.')).toContain('financial.virtual_property');
  });
});

describe('the CCPA categories as US policies list them', () => {
  it('reads a real name, alias, products purchased, employment and health insurance information', () => {
    const ids = extractPolicy('Information We Collect\nWe collect identifiers such as a real name, alias and postal address, records of products purchased, professional or employment-related information, and health insurance information.').dataTypes.map((d) => d.id);
    expect(ids).toEqual(['identity.name', 'account.nickname', 'contact.address', 'financial.transaction', 'profile.company', 'health.physiological']);
    // Real-name verification is a check, not the name.
    expect(extractPolicy('We will perform real-name identity verification by SMS code.').dataTypes.map((d) => d.id)).not.toContain('identity.name');
  });
});

describe('everyday English wordings of common data', () => {
  it('reads how the app is used, message content, social profiles, government IDs and installed apps', () => {
    const ids = (t: string) => extractPolicy(t).dataTypes.map((d) => d.id);
    expect(ids('We collect information about how you use our app.')).toEqual(['usage.app_usage']);
    expect(ids('We process the content of your messages.')).toEqual(['communication.content']);
    expect(ids('We collect your social media profile.')).toEqual(['account.third_party']);
    expect(ids('We collect your government-issued ID.')).toEqual(['identity.id_document']);
    expect(ids('We collect the apps installed on your device.')).toEqual(['device.app_list']);
    expect(ids('We collect resettable identifiers.')).toEqual(['device.identifier']);
  });
});
