/**
 * Vocabulary facts the data-type extractor needs beyond the lexicon (which maps one form to
 * one id): forms that name two data types at once. Keys are lexicon forms, lower-cased.
 */

/** A form that also names these ids: the same words are evidence for each. */
export const ALSO_NAMES: ReadonlyMap<string, readonly string[]> = new Map([
  // 音视频 = audio and video.
  ['音视频信息', ['media.audio']],
  ['音视频', ['media.audio']],
  // GB/T 35273's "communication records and content" covers call records and their content.
  ['communication records and content', ['communication.call_logs']],
  ['通信记录和内容', ['communication.call_logs']],
  // "WLAN接入点、蓝牙和基站传感器信息": sensor information from the cell tower (and Bluetooth, WLAN),
  // as the English "base station sensor information" is both.
  ['基站传感器', ['device.sensors']],
  // Camera recordings are both device data and media the app saves.
  ['device audio', ['media.audio']],
  ['video screenshot', ['media.photos']],
  ['video screenshots', ['media.photos']],
  ['alarm pictures', ['media.photos']],
  ['alarm images', ['media.photos']],
  ['告警图片', ['media.photos']],
  ['报警图片', ['media.photos']],
  ['surveillance video', ['media.video']],
  ['surveillance videos', ['media.video']],
  ['monitoring video', ['media.video']],
  ['monitoring videos', ['media.video']],
  ['cloud storage video', ['media.video']],
  ['监控视频', ['media.video']],
  ['监控录像', ['media.video']],
  ['云存储视频', ['media.video']],
  ['云录像', ['media.video']],
]);

/**
 * A Chinese form that starts with a verb (使用情况, 使用信息, 操作记录) after another verb of
 * the same list (`收集、使用信息的情形`, `收集及使用情况`, `拒绝使用数据`, `权限申请与使用情况说明`) is that verb and its
 * object, not the data type: `使用` there is what is done, not what is collected.
 */
export const VERB_HEADED_FORM = /^(?:使用|操作)/;
export const VERB_BEFORE = /(?:收集|获取|采集|存储|储存|处理|共享|提供|传输|申请|拒绝|限制|停止|继续|正常|实际)\s?[、，,和及与或]?\s?$/;

/**
 * A kind of message as the channel something comes by, not the user's messages: `推广短信`,
 * `短信验证码`, "promotional text messages", "SMS verification code", "we will notify you by
 * e-mail, text messages or announcements"; "instant messaging tools" are the tools, not the
 * messages; "the feedback method" and "after receiving your feedback" are the way the user
 * writes to the company, not a record of it. Tested on the words right around a mention.
 */
export const CHANNEL_ONLY: ReadonlyMap<string, { before: RegExp; after: RegExp }> = new Map([
  ['communication.sms', {
    before: /(?:推广|营销|促销|广告|通知|提醒|通过|promotion(?:al)?|marketing|advertising|notification|reminder|verification|(?:by|via|through)(?:\s+(?:mobile |cell )?phone)?|(?:(?:tele)?phones?|e-?mails?|letters?|push(?: notifications?)?),)\s*$/i,
    after: /^\s*(?:验证码|校验码|通知|提醒|推送|verification|code|notifications?|reminders?|,?\s*(?:or|and) (?:telephone|phone|e-?mail|push|in-?app|in-?site|page|announcement)|、电话|或电话|、(?:电子)?邮件|、电子邮箱)/i,
  }],
  ['communication.content', {
    before: /(?!)/,
    after: /^\s*(?:tools?|apps?|applications?|software|platforms?|clients?|services?)\b/i,
  }],
  ['communication.support', {
    before: /(?:after|upon|once|of|when we)\s+(?:receiv(?:e|es|ed|ing))\s+(?:your\s+)?$/i,
    after: /^\s*(?:methods?|channels?|ways?|entr(?:y|ies|ances?)|portals?|buttons?|mechanisms?)\b/i,
  }],
]);

/**
 * Mentions that name something else than the data type, told by the words right around them
 * like CHANNEL_ONLY: PIPL's "接收方的名称或者姓名和联系方式" (the recipient's name, a company's or a
 * person's) is whom the data goes to.
 */
export const OTHER_PARTY: ReadonlyMap<string, { before: RegExp; after: RegExp }> = new Map([
  ['identity.name', { before: /名称\s?(?:或者?|\/|、)\s?$/, after: /(?!)/ }],
  // A person's presence ("your online status", "active/online status", "the live room's
  // online status"), not a connected device's.
  ['iot.device_info', { before: /(?:\byour\s+(?:active\s*\/\s*)?|\bactive\s*\/\s*|\b(?:live|broadcasts?|room)\s+)$/i, after: /(?!)/ }],
  // The resolution of a picture or video (图片分辨率修复, 视频分辨率), not of the device's screen.
  ['device.screen', { before: /(?:图片|图像|照片|视频|画面|影像)$/, after: /(?!)/ }],
  // The carrier as a party the company works with or whose service it uses (基于我们与通信运营商
  // 的合作, 使用运营商提供的功能), not the user's carrier.
  ['network.carrier', { before: /与$/, after: /^(?:的)?(?:合作|提供)/ }],
  // Not a mention at all: jieba cuts 发生日 ("the day it happens") into 发 + 生日.
  ['identity.birth_date', { before: /发$/, after: /(?!)/ }],
]);

/**
 * Forms that, standing alone as a whole line (a section title: "1.简介", "一、简介"), title the
 * policy's own text — its introduction — and name no data of the user.
 */
export const TITLE_ONLY_FORMS: ReadonlySet<string> = new Set(['简介']);
/** What a section title may hold around its form: numbering and punctuation. */
export const TITLE_AROUND = /^[\s\d一二三四五六七八九十.、．:：()（）]*$/;

/**
 * Forms whose last word is a plural noun the singular of which means something else: "your
 * contact" is the user's contacting us or their contact details ("after receiving your
 * contact", "your contact methods"), "your contacts" is the address book. Such a form is found
 * only with the plural as written.
 */
export const PLURAL_ONLY: ReadonlySet<string> = new Set(['your contacts', 'phone contacts', 'mobile phone contacts', 'access to contacts']);

/**
 * English words that are no lexicon form, because alone they mostly name something else ("the
 * name of the SDK", "dispute resolution"), but that name a data type as one item of a list of
 * personal or device data: "you may need to provide names, ID numbers and phone numbers",
 * "nickname, avatar, name, contact information"; "operating system version, resolution, network
 * ID". `before` / `after` test the words right before and after the word (within its sentence),
 * `sentence` the whole sentence. In Chinese the whole words (姓名, 分辨率) are forms.
 */
export interface ListItemWord { id: string; word: RegExp; before: RegExp; after: RegExp; sentence?: RegExp; notBefore?: RegExp; notAfter?: RegExp }
export const LIST_ITEM_WORDS: readonly ListItemWord[] = [
  {
    // A person's name next to their phone number, ID number, e-mail or address.
    id: 'identity.name',
    word: /\bnames?\b/gi,
    before: /(?:^|[,;:(、]|\b(?:the|provide|providing|provided|as|including|includes?|enter|fill in))\s*$/i,
    after: /^\s*(?:,|、|\/|\bor\b|\band\b)\s*(?:(?:your|the|valid|personal|mobile|cell|tele)\s+)*(?:phone|mobile|telephone|ID\b|identity|identification|id card|e-?mail|address|contact|gender|sex\b|date of birth|birthday|nickname|avatar)/i,
    // "we will inform you of the name and contact details of the recipient", "the names, contact
    // information, processing purposes and methods" of those we share with, "the name, address
    // and contact details of the controller": a company's name.
    notBefore: /\b(?:inform|notify|tell)\w*\s+you\b/i,
    notAfter: /\bprocessing (?:purposes?|methods?)|\bpurposes? of (?:the )?processing|\bof (?:the |our |this |each |any )?(?:compan(?:y|ies)|controllers?|organi[sz]ations?|entit(?:y|ies)|transferees?|overseas recipients?|third part(?:y|ies)|data processors?)\b/i,
  },
  {
    // A display resolution among the device's properties.
    id: 'device.screen',
    word: /\bresolution\b/gi,
    before: /(?:^|[,;:(、]|\b(?:and|including|such as))\s*$/i,
    after: /^\s*(?:[,;.)、]|\band\b|\bor\b|\betc\b|$)/i,
    sentence: /\b(?:device|equipment|operating system|browser|hardware|phone model)\b/i,
  },
];
