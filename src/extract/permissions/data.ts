/**
 * Vocabulary of the permission extractor: the words around a lexicon hit that make it a
 * permission (and not just the word "camera" in a camera maker's policy), field labels of
 * permission tables, and the Android ↔ iOS equivalences used inside iOS tables.
 */

/** After a hit (or a list of hits): the word that says "this is a permission". */
// `\b`: "unauthorized use" says nothing of a permission.
export const PERMISSION_NOUN = /permission|\bauthori[sz]ation|\bauthori[sz]e|权限|授权/i;

/** "Permission" right after a name, nothing but a bracket or space between (`读取日志权限`, `[X] permission`). */
export const GLUED_NOUN = /^[\s\]】)）]{0,2}(?:permissions?\b|权限)/i;
export const GLUED_NOUN_WINDOW = 16;
/** "camera access", "location access": English puts "access" after the capability as it puts "permission". */
// Tested on the last hit and what follows it: the lexicon holds some of these ("camera access") as forms.
// "network access method", "Internet access records": then "access" starts a data noun.
export const ACCESS_NOUN_EN = /[a-z]\saccess\b(?![ -](?:methods?|modes?|records?|points?|logs?|types?|times?|history|information|data|status|rights?|controls?)\b)/i;

/** Before a hit, in the same clause: a verb that asks for or uses a device capability. */
export const CUE_BEFORE_EN = /\b(?:ask(?:s|ed|ing)? (?:you )?(?:for|to)|access(?:es|ing)?(?: to)?|obtain(?:s|ing)?|get(?:s|ting)?|call(?:s|ing)?|read(?:s|ing)?|invok(?:e|es|ing)|enabl(?:e|es|ing)|open(?:s|ing)?|turn(?:s|ing)? on|grant(?:s|ing)?|request(?:s|ing)?|authori[sz](?:e|es|ing)|allow(?:s|ing)?|us(?:e|es|ing) (?:the|your))\b/i;
// `使用手机自带的指纹`: using the phone's own capability, as "use the" in English.
export const CUE_BEFORE_ZH = /调用|调取|访问|开启|打开|授权|申请|获取|启用|读取|请求|使用(?:您|你)?的?(?:手机|设备|终端)(?:自带|内置|系统)?的/;

/** "permission to send you push notifications": asked for by name, whatever verb follows. */
export const PERMISSION_TO_EN = /\bpermissions? (?:to|for)\b/i;

/** Everything up to the last verb of data handling in an English cue window ("…and collect your"). */
export const UP_TO_DATA_VERB_EN = /^[^]*\b(?:collect|gather|store|share|send|upload|transfer|process|disclose|record|save|provide|receive)(?:s|es|ed|ing)?\b/i;

/** A cue verb turned attributive right before the hit (`获取的`, `读取到的`): no request. */
export const ATTRIBUTIVE_CUE_ZH = /(?:调用|调取|访问|获取|读取|请求)(?:到)?的\s*$/;

/**
 * Right before a list: words that introduce it as permissions (`权限信息，包括…`, `以下权限：`,
 * `permissions such as`). Every name of the list that follows is a permission.
 */
export const LIST_CUE_ZH = /(?:涉及|所需|需要|申请|调用|使用|获取)(?:的)?(?:系统|设备)?(?:权限|授权)(?:名称|列表)?\s?[:：]\s?$|(?:权限|授权)[^，,。；;]{0,10}[，,]?\s?(?:包括|包含|例如|比如|诸如|如|即|有)[:：]?\s?$|(?:以下|如下|下列)(?:的)?(?:系统|设备)?(?:权限|授权)[:：]\s?$/;
export const LIST_CUE_EN = /\bpermissions? (?:involved|used|required|requested|needed)\s?:\s*$|\bpermissions?\b[^.;]{0,24}?(?:including|such as|includes?|namely|as follows)[:]?\s*$|\bfollowing (?:system |device )?permissions?\s?:?\s*$/i;
export const LIST_CUE_WINDOW = 24;

/** A cue that is denied, with no "unless / without your consent" to turn it into a condition. */
export const NEGATED_CUE_EN = /\b(?:not|never|no longer)\s+(?:\w+\s+){0,2}(?:access|call|use|enable|open|request|obtain|collect|read)\w*\b(?![^]*\b(?:unless|without your|except)\b)/i;
export const NEGATED_CUE_ZH = /(?:不会|绝不|不得|无需|不需要|不)(?:主动|再)?(?:调用|调取|访问|获取|读取|开启|申请|使用|收集)(?![^]*(?:除非|未经|除外))/;

/**
 * How far back (characters) a cue verb may stand, and how far ahead the permission noun. An
 * English clause runs about three times as many characters as its Chinese original: "open or
 * close the corresponding fingerprint or face ID" (47) is 开启或关闭对应的指纹或面容ID (14).
 */
export const CUE_WINDOW_EN = 48;
export const CUE_WINDOW_ZH = 14;
export const NOUN_WINDOW_EN = 36;
export const NOUN_WINDOW_ZH = 10;

/** What may stand between two hits of one list ("camera, microphone and album"). */
// `通讯录信息、位置信息`, `相机、手机相册`: a trailing 信息 / 权限 and a leading 手机 / 设备 stay inside the list.
export const CHAIN_GAP = /^(?:信息|权限)?[\s,，、/&+\[\]【】]*(?:(?:and\/or|and|or|as well as|以及|及|和|与|或|、|跟)[\s,，、/]*)?(?:(?:the|your|您的|设备的|手机|设备|系统)\s*)?$/i;
export const CHAIN_GAP_MAX = 14;
/** One short item that is not a permission (`网络状态、IMEI、WiFi状态`, "contacts, phone number, location") does not end the enumeration. */
export const CHAIN_GAP_ITEM = /^\s*[、，,]\s*[^、，,。；;：:\s]{1,8}\s*[、，,]\s*$|^\s*,\s*(?:[A-Za-z-]+\s){0,2}[A-Za-z-]+\s*,\s*(?:(?:the|your|[a-z]+al)\s)?$/;
/** Longest such gap: three English words and their commas. */
export const CHAIN_GAP_ITEM_MAX = 40;

/** A clause ends here: cues and nouns are not looked for across it. */
export const CLAUSE_END = /[。；;!?！？\n]|\.(?=\s|$)/;

/** Chinese forms that start with a verb already say what is done to the device: `调用摄像头`, `读取手机短信`. */
export const VERB_FORM_ZH = /^(?:调用|调取|访问|读取|获取|读写|写入|开启)/;
/**
 * English forms of three words or more that start with a verb only an app does to the device
 * (the AOSP labels "change network connectivity", "prevent phone from sleeping", "draw over
 * other apps") say it themselves. Verbs a person does too ("receive text messages", "take
 * photos", "read") still need a cue.
 */
export const VERB_FORM_EN = /^(?:change|modify|control|prevent|disable|draw|have full|directly call)\s+\S+\s+\S+/i;
/** Shortest Chinese verb form taken without other context (verb + a two-character object). */
export const VERB_FORM_MIN = 4;

/** Words that introduce a list of permissions (authorization alone is too common a word). */
export const PERMISSION_LIST_NOUN = /permission|权限/i;

/** Read permissions whose write twin a policy implies by what the feature does. */
export const READ_WRITE_PAIRS: Readonly<Record<string, string>> = {
  'android.permission.READ_CONTACTS': 'android.permission.WRITE_CONTACTS',
  'android.permission.READ_CALENDAR': 'android.permission.WRITE_CALENDAR',
  'android.permission.READ_CALL_LOG': 'android.permission.WRITE_CALL_LOG',
};
/** What writing a calendar or an address book does: create, change, delete, book an event. */
export const PAIR_WRITE = /新建|新增|添加|写入|修改|删除|预约|调整|存入|保存到|\b(?:writ\w*|modif\w*|delet\w*|schedul\w*|appointments?|reserv\w*|adjust\w*|add(?:s|ing)? (?:an? |the )?(?:events?|reminders?|contacts?|entries))\b/i;
export const PAIR_WRITE_WINDOW = 40;
/**
 * Right before a calendar / contacts / call-log hit, a verb that only writes it (`编辑日历权限`,
 * "edit your calendar"): the write permission alone, as the newer Android label 编辑日历活动 says.
 */
// "write the number to your mobile phone address book": the thing written may stand between.
export const WRITE_ONLY_BEFORE = /(?:编辑|写入|新建|新增|添加到?|修改)(?:您的|你的)?$|\b(?:edit(?:s|ing)?|modify(?:ing)?) (?:(?:the|your|their) )?$|\b(?:writ(?:e|es|ing)|add(?:s|ing)?|sav(?:e|es|ing))\b(?: [\w-]+){0,4} (?:to|into) (?:(?:the|your|their) )?(?:(?:mobile )?phone |device )?$/i;
export const WRITE_ONLY_WINDOW = 60;
/** The phone group named as such (电话权限, "phone permission"), asked for to place calls. */
export const PHONE_STATE_ID = 'android.permission.READ_PHONE_STATE';
export const CALL_PHONE_ID = 'android.permission.CALL_PHONE';
export const PHONE_GROUP = /^(?:电话|电话权限|手机权限|phone(?: permissions?)?|telephone(?: permissions?)?)$/i;
export const DIALS = /拨打|拨号|呼叫|\bdial\w*|\bmak(?:e|ing) (?:a |phone )?calls?\b/i;
/** Storage hits that the text says are read AND written, or only written. */
export const STORAGE_IDS = ['android.permission.READ_EXTERNAL_STORAGE', 'android.permission.WRITE_EXTERNAL_STORAGE'] as const;
export const STORAGE_BOTH = /read and write|write and read|read\/write|read & write|读写|读、写|读\/写|读取和写入|读取及写入|读取与写入|写入和读取/i;
export const STORAGE_WRITE = /modif|delet|writ|sav(?:e|ing)|写|修改|删除|保存/i;
/**
 * The storage permission group named as such (存储权限, "storage permission"), not one of its
 * reads (读取SD卡, album): the spec maps the group to both READ_ and WRITE_EXTERNAL_STORAGE. A
 * name glossed as storage (`相册（存储）`) is the group too.
 */
// The Android 13 group label names files: 文件权限, "files on your device".
export const STORAGE_GROUP = /^(?:(?:the |your |device |phone |file )?storage(?: permissions?| space)?|(?:access )?files (?:on your device|permission)|(?:手机|设备|文件|外部|内部)?(?:存储|储存)(?:权限|空间)?|文件权限|(?:访问您)?设备上的文件|相册(?:及|和|与|、)存储(?:权限)?|SD卡(?:存储|储存)权限)$/i;
export const STORAGE_GLOSS = /^\s*[（(]\s*(?:存储|储存|storage)/i;

/** Field labels of permission records (`权限名称：`, `调用目的：`, `Used for:`, `Scenario:`). */
export const NAME_FIELD = /^(?:权限名称|权限|系统权限|Permission name|Permission)\s*[:：]\s*/i;
export const PURPOSE_FIELD = /(?:Used for|Purpose of use|Purpose|Feature description|用途|使用目的|调用目的|申请目的|权限用途|对应业务功能|业务功能|功能说明|目的)\s*[:：]\s*/i;
export const SCENARIO_FIELD = /(?:Usage scenarios?|Scenarios?|使用场景|调用场景|应用场景|场景)\s*[:：]\s*/i;
/** Where a record's purpose turns to refusing the permission (a clause start, then "if you do not / refuse"). */
export const REFUSAL_CLAUSE = /(?:^|[,，;；。.]\s*)(?:(?:如果|如|若|假如|倘若|当)(?:您|你|用户)?(?:选择)?(?:不(?:开启|授权|同意|允许|提供|授予|希望)|拒绝|关闭)|(?:您|你|用户)?拒绝(?:授权|提供|开启|授予)?(?:该|此)?(?:权限)?(?:后|将|则|的话)|否则|(?:if|should|when) (?:you|the user) (?:do not|don't|does not|refuse|decline|deny|disable|turn off)|otherwise\b|(?:说明|注)\s*[:：])/i;
/** What a layout leaves before a purpose: punctuation, or the `权限：` after a written name. */
export const PURPOSE_LEAD = /^[\s,，;；、.。:：]*(?:(?:权限|permissions?)\s*[:：][\s]*)?/i;

/** Any `label:` at the start of a line of a record (short label, then a colon). */
export const FIELD_LINE = /^[^:：\s]{1,12}(?:\s[^:：\s]{1,12}){0,3}\s*[:：]/;

/** Cells of a text table row. */
export const CELL_SEPARATOR = /\t+/;
/** The first header cell of a permission table: `Device Permissions`, `权限名称`, `系统权限`. */
export const TABLE_NAME_HEADER = /^(?:(?:device|system|app|application|android|ios)\s+)?permissions?(?:\s+name)?$|^(?:系统|设备|应用|手机|隐私)?权限(?:名称|类型)?$/i;
/**
 * A paragraph that introduces a list of permissions, ending in a colon or in "as follows":
 * `各项业务功能对系统权限的获取情况如下：`, `we request the following permissions:`.
 */
// "the following permissions on your device:": English puts the place after the noun.
export const ROWS_INTRO = /(?:权限|permissions?)[^。.;；]{0,40}(?:如下|以下|下列|as follows|the following|below)\s*[:：]?\s*$|(?:如下|以下|下列|following)[^。.;；]{0,16}(?:权限|permissions?)[^。.;；]{0,8}[:：]\s*$|\bfollowing\b[^.;]{0,24}\bpermissions?\b[^.;]{0,28}:\s*$/i;
/** Longer paragraphs are prose that happens to end in a colon. */
export const ROWS_INTRO_MAX = 120;
/** `存储：…`, `• 相机：…`, `Ø Camera: …`: bullets, a short label, a colon and the description. */
// An English label runs longer than a Chinese one ("Photos / Media Library", "Location (while using the app)").
export const LABEL_ROW = /^([\s•Ø·▪◆●■○◇►▶*\-–]*)([^:：。，,；;\t]{1,16}?|[A-Za-z][A-Za-z0-9 /&()'’-]{15,40}?)\s*[:：]\s*(?=\S)/;
/** A line that only names a platform (`iOS：`, `Android系统权限`, `苹果手机`): the rows after it are on it. */
export const PLATFORM_LINE = /^\s*(?:android|安卓|ios|苹果)[^:：。,，]{0,10}[:：]?\s*$/i;

/** Header of a table copied without separators: the permission column first, yes/no columns after it. */
export const GLUED_HEADER = /^(?:(?:系统|设备|应用|手机)?权限(?:名称|类型)?|权限项).{0,40}是否/;
export const GLUED_HEADER_MAX = 80;
/** Yes/no column headers (`是否必须`, `是否可关闭`): as many flags end each row. */
export const FLAG_HEADER_G = /是否/g;
/** The flags a glued row ends with (`是是`, `否可以`, `必选 可关闭`). */
export const GLUED_FLAGS = /(?:\s*(?:是|否|可以?|不可以?|必须|非必须|必要|非必要|必选|可选|默认开启|默认关闭|可关闭|不可关闭)){1,4}\s*$/;
/** Characters one flag may take (`不可关闭`). */
export const MAX_FLAG_CHARS = 4;

/** Bullets that may open a line naming a permission (`Ø相机`, `•相机`, `- Camera`). */
export const NAME_LINE_BULLET = /^[\s•Ø·▪◆●■○◇►▶*\-–]*/;
/** Longest line read as only a permission's name. */
export const NAME_LINE_MAX = 30;
/** What may be left on such a line once its names are taken out. */
export const NAME_LINE_REST = /^[\s、,，/&和及与]*(?:权限|permissions?)?[\s:：]*$/i;
/** A short paragraph ending in `权限：` / "permissions:" introduces name lines too. */
export const NAMES_INTRO = /(?:权限|permissions?)\s*[:：]\s*$/i;
/** A line that says what the permission above it is for. */
export const PURPOSE_START = /^\s*(?:用于|用以|用来|以便|为了|可用于|used (?:to|for)\b|to\s|for\s)/i;
/** How many lines after an intro or platform line its name lines may run (each record renews it). */
export const NAME_LINES_AFTER_INTRO = 8;
/** Most field lines under one bullet record. */
export const MAX_FIELD_LINES = 6;

/** Numbered list items and table rows: `1 `, `1)`, `(1)`, `1、`, `1.` (not `1.2`). */
export const ITEM_NUMBER = /^[(（]?(\d{1,3})(?:[)）.、．]|\s)\s*(?![\d.])/;

/** A list item that names the list, not a permission ("List of Android permissions"). */
/**
 * English words that are also a constant's name but, written as words, name something else:
 * "Internet users", "the Internet platform" speak of the network, not of the INTERNET
 * permission (its phrases, "internet access", "network access", still match).
 */
export const WORD_NOT_PERMISSION_EN: ReadonlySet<string> = new Set(['internet']);

/**
 * A weak Chinese name that is part of another noun: 电话号码, 客服电话, 拨打…电话 speak of a
 * number or a call, not of the phone permission; 安装应用列表 is the app list, not installing;
 * 访问网络平台 visits a site. Only names without 权限 are tested.
 */
export const COMPOUND_AFTER_ZH = /^(?:号码|号|客服|热线|回访|营销|沟通|咨询|会议|列表|清单|平台|网站|网页|页面|链接|时[，,、]?)/;
/**
 * `援引页面的位置`, `门店的位置`, `部门的通知`: a weak name owned by a page, a shop, another person
 * or an office is that one's, not a capability of the user's phone.
 */
export const OTHER_OWNER_BEFORE_ZH = /(?:页面|网页|门店|商家|店铺|商户|网点|对方|他人|好友|司机|骑手|部门|机构|机关)的$/;
/** `通过短信、电话或其他方式联系您`: names of channels we reach the user by, not permissions. */
export const CHANNEL_AFTER_ZH = /^[^，,。；;]{0,16}?(?:联系您|通知您|告知您|与您联系|联络您|回访您|向您(?:发送|推送|推荐))/;
// `头像照片`, `证件照片`: a picture of the person, not the photo album.
export const COMPOUND_BEFORE_ZH = /(?:拨打|接听|办公|客服|联系|咨询|头像|证件|人脸|面部)$/;
/** `短信存储`, `数据存储`, `云存储`: the store of something else, not the device's storage. */
export const STORAGE_OWNER_BEFORE_ZH = /(?:短信|数据|信息|日志|云端?|服务器|密码|加密|安全|分布式)$/;
export const GENERIC_ITEM = /\blist\b|\btable\b|following|as follows|permissions of|清单|列表|说明|如下|以下/i;

/**
 * A list entry's head (`基于相机的功能：`) names what the entry is about; past a colon within
 * this many characters, the entry is prose.
 */
export const ITEM_HEAD_END = /[:：]/;
export const ITEM_HEAD_MAX = 16;
/** English heads run longer: `Function based on the address book:`. */
export const ITEM_HEAD_MAX_EN = 48;

/** Longest list item still read as a list entry (longer ones are prose). */
export const LIST_ITEM_MAX = 110;
/** Longest item text reported as unresolved. */
export const UNRESOLVED_MAX = 40;

/** Text that puts a table or list on one platform. */
export const IOS_CONTEXT = /\bios\b|iphone|ipad|苹果/i;
export const ANDROID_CONTEXT = /\bandroid\b|安卓/i;
/** `iOS-照片`, `iOS：相机`, `(iOS) camera`: a platform written right before a hit. */
/** A paragraph that speaks to users of both systems names both. */
export const BOTH_PLATFORMS_IOS = /\bios\b|苹果(?:系统|手机|设备|用户)/i;
export const BOTH_PLATFORMS_ANDROID = /\bandroid\b|安卓/i;
/** A paragraph about a feature only the iOS app has (`仅限iOS手机终端用户`): its permissions are iOS keys. */
export const IOS_ONLY = /仅(?:限|支持|适用于|针对)?\s*(?:iOS|苹果)|\biOS only\b|\bonly (?:on|for|available on) iOS\b/i;
/** A sentence addressed to iOS users (`如果您使用iOS设备…`, "if you use an iPhone"). */
export const IOS_CONDITION = /(?:如|若|如果|假如|当)(?:您|你)(?:使用|是|通过)(?:的是)?\s*(?:iOS|苹果|iPhone|iPad)|\bif you (?:use|are using|are on|have) (?:an? )?(?:iOS|iPhone|iPad)\b|\bfor iOS users\b|\bon iOS devices?\b/i;
/** A clause whose subject is iOS devices or users (`iOS设备还可能获取…`, "on iOS, we also access…"). */
export const IOS_SUBJECT_CLAUSE = /^\s*(?:在|对于|针对)?\s*(?:iOS|苹果)\s*(?:设备|系统|端|版|用户|手机|客户端)|^\s*(?:on|for) (?:iOS|iPhones?|iPads?)(?: devices| users)?\b/i;
/** How far back the start of that clause is looked for. */
export const IOS_CLAUSE_WINDOW = 30;
/** `照片权限（iOS系统）`, `Photos (iOS only)`: a platform bracket right after the name. */
export const IOS_BRACKET_AFTER = /^\s{0,2}(?:权限|permissions?)?\s{0,2}[（(]\s{0,2}(?:仅(?:限|涉及|支持)?)?\s{0,2}(?:iOS|苹果|iPhone)[^)）]{0,8}[)）]/i;
export const IOS_PREFIX = /(?:\bios|苹果)\s*[-–—:：)）]?\s*$/i;

/** An Android permission read inside an iOS table is the iOS key for the same capability. */
export const IOS_EQUIVALENT: Readonly<Record<string, string>> = {
  'android.permission.CAMERA': 'NSCameraUsageDescription',
  'android.permission.RECORD_AUDIO': 'NSMicrophoneUsageDescription',
  'android.permission.READ_CONTACTS': 'NSContactsUsageDescription',
  'android.permission.WRITE_CONTACTS': 'NSContactsUsageDescription',
  'android.permission.ACCESS_FINE_LOCATION': 'NSLocationWhenInUseUsageDescription',
  'android.permission.ACCESS_COARSE_LOCATION': 'NSLocationWhenInUseUsageDescription',
  'android.permission.ACCESS_BACKGROUND_LOCATION': 'NSLocationAlwaysAndWhenInUseUsageDescription',
  'android.permission.READ_EXTERNAL_STORAGE': 'NSPhotoLibraryUsageDescription',
  'android.permission.READ_MEDIA_IMAGES': 'NSPhotoLibraryUsageDescription',
  'android.permission.READ_MEDIA_VIDEO': 'NSPhotoLibraryUsageDescription',
  'android.permission.WRITE_EXTERNAL_STORAGE': 'NSPhotoLibraryAddUsageDescription',
  'android.permission.BLUETOOTH': 'NSBluetoothAlwaysUsageDescription',
  'android.permission.BLUETOOTH_CONNECT': 'NSBluetoothAlwaysUsageDescription',
  'android.permission.BLUETOOTH_SCAN': 'NSBluetoothAlwaysUsageDescription',
  'android.permission.BLUETOOTH_ADMIN': 'NSBluetoothAlwaysUsageDescription',
  'android.permission.READ_CALENDAR': 'NSCalendarsUsageDescription',
  'android.permission.WRITE_CALENDAR': 'NSCalendarsUsageDescription',
  'android.permission.POST_NOTIFICATIONS': 'ios.notifications',
  'android.permission.ACTIVITY_RECOGNITION': 'NSMotionUsageDescription',
  'android.permission.BODY_SENSORS': 'NSMotionUsageDescription',
  'android.permission.NEARBY_WIFI_DEVICES': 'NSLocalNetworkUsageDescription',
  'android.permission.NFC': 'NFCReaderUsageDescription',
};

/**
 * Permissions that push SDKs make every app declare under its own package name
 * (`com.example.permission.MIPUSH_RECEIVE`): the suffix after the app's package.
 * The lexicon's `app.*` template entries are added to these at run time.
 */
export const APP_PERMISSION_SUFFIXES = ['.permission.C2D_MESSAGE', '.permission.MIPUSH_RECEIVE', '.push.permission.MESSAGE', '.permission.JPUSH_MESSAGE', '.permission.PROCESS_PUSH_MSG', '.permission.PUSH_PROVIDER'];

/** Near-miss constants (`RECEIVE_MCS_MESSAGE` for `RECIEVE_MCS_MESSAGE`) at or above this Jaro-Winkler score. */
export const NEAR_MISS_THRESHOLD = 0.95;
/** Constants shorter than this are never matched by similarity (too many near neighbours). */
export const NEAR_MISS_MIN_LENGTH = 8;
