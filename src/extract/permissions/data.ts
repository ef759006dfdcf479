/**
 * Vocabulary of the permission extractor: the words around a lexicon hit that make it a
 * permission (and not just the word "camera" in a camera maker's policy), field labels of
 * permission tables, and the Android ↔ iOS equivalences used inside iOS tables.
 */

/** After a hit (or a list of hits): the word that says "this is a permission". */
export const PERMISSION_NOUN = /permission|authori[sz]ation|authori[sz]e|权限|授权/i;

/** Before a hit, in the same clause: a verb that asks for or uses a device capability. */
export const CUE_BEFORE_EN = /\b(?:access(?:es|ing)?(?: to)?|call(?:s|ing)?|invok(?:e|es|ing)|enabl(?:e|es|ing)|open(?:s|ing)?|turn(?:s|ing)? on|grant(?:s|ing)?|request(?:s|ing)?|authori[sz](?:e|es|ing)|allow(?:s|ing)?|us(?:e|es|ing) (?:the|your))\b/i;
export const CUE_BEFORE_ZH = /调用|调取|访问|开启|打开|授权|申请|获取|启用|读取|请求/;

/**
 * Right before a list: words that introduce it as permissions (`权限信息，包括…`, `以下权限：`,
 * `permissions such as`). Every name of the list that follows is a permission.
 */
export const LIST_CUE_ZH = /(?:权限|授权)[^，,。；;]{0,10}[，,]?\s?(?:包括|包含|例如|比如|诸如|如|即|有)[:：]?\s?$|(?:以下|如下|下列)(?:的)?(?:系统|设备)?(?:权限|授权)[:：]\s?$/;
export const LIST_CUE_EN = /\bpermissions?\b[^.;]{0,24}?(?:including|such as|includes?|namely|as follows)[:]?\s*$|\bfollowing (?:system |device )?permissions?\s?:?\s*$/i;
export const LIST_CUE_WINDOW = 24;

/** A cue that is denied, with no "unless / without your consent" to turn it into a condition. */
export const NEGATED_CUE_EN = /\b(?:not|never|no longer)\s+(?:\w+\s+){0,2}(?:access|call|use|enable|open|request|obtain|collect|read)\w*\b(?![^]*\b(?:unless|without your|except)\b)/i;
export const NEGATED_CUE_ZH = /(?:不会|绝不|不得|无需|不需要|不)(?:主动|再)?(?:调用|调取|访问|获取|读取|开启|申请|使用|收集)(?![^]*(?:除非|未经|除外))/;

/** How far back (characters) a cue verb may stand, and how far ahead the permission noun. */
export const CUE_WINDOW_EN = 32;
export const CUE_WINDOW_ZH = 14;
export const NOUN_WINDOW_EN = 36;
export const NOUN_WINDOW_ZH = 10;

/** What may stand between two hits of one list ("camera, microphone and album"). */
// `通讯录信息、位置信息`, `相机、手机相册`: a trailing 信息 / 权限 and a leading 手机 / 设备 stay inside the list.
export const CHAIN_GAP = /^(?:信息|权限)?[\s,，、/&+]*(?:(?:and\/or|and|or|as well as|以及|及|和|与|或|、|跟)[\s,，、/]*)?(?:(?:the|your|您的|设备的|手机|设备|系统)\s*)?$/i;
export const CHAIN_GAP_MAX = 14;

/** A clause ends here: cues and nouns are not looked for across it. */
export const CLAUSE_END = /[。；;!?！？\n]|\.(?=\s|$)/;

/** Chinese forms that start with a verb already say what is done to the device: `调用摄像头`, `读取手机短信`. */
export const VERB_FORM_ZH = /^(?:调用|调取|访问|读取|获取|读写|写入|开启)/;
/** Shortest Chinese verb form taken without other context (verb + a two-character object). */
export const VERB_FORM_MIN = 4;

/** Words that introduce a list of permissions (authorization alone is too common a word). */
export const PERMISSION_LIST_NOUN = /permission|权限/i;

/** Storage hits that the text says are read AND written, or only written. */
export const STORAGE_IDS = ['android.permission.READ_EXTERNAL_STORAGE', 'android.permission.WRITE_EXTERNAL_STORAGE'] as const;
export const STORAGE_BOTH = /read and write|write and read|read\/write|read & write|读写|读、写|读\/写|读取和写入|读取及写入|读取与写入|写入和读取/i;
export const STORAGE_WRITE = /modif|delet|writ|sav(?:e|ing)|写|修改|删除|保存/i;

/** Field labels of permission records (`权限名称：`, `调用目的：`, `Used for:`, `Scenario:`). */
export const NAME_FIELD = /^(?:权限名称|权限|系统权限|Permission name|Permission)\s*[:：]\s*/i;
export const PURPOSE_FIELD = /(?:Used for|Purpose of use|Purpose|Feature description|用途|使用目的|调用目的|申请目的|权限用途|对应业务功能|业务功能|功能说明|目的)\s*[:：]\s*/i;
export const SCENARIO_FIELD = /(?:Usage scenarios?|Scenarios?|使用场景|调用场景|应用场景|场景)\s*[:：]\s*/i;
/** Any `label:` at the start of a line of a record (short label, then a colon). */
export const FIELD_LINE = /^[^:：\s]{1,12}(?:\s[^:：\s]{1,12}){0,3}\s*[:：]/;

/** Numbered list items and table rows: `1 `, `1)`, `(1)`, `1、`, `1.` (not `1.2`). */
export const ITEM_NUMBER = /^[(（]?(\d{1,3})(?:[)）.、．]|\s)\s*(?![\d.])/;

/** A list item that names the list, not a permission ("List of Android permissions"). */
export const GENERIC_ITEM = /\blist\b|\btable\b|following|as follows|permissions of|清单|列表|说明|如下|以下/i;

/** Longest list item still read as a list entry (longer ones are prose). */
export const LIST_ITEM_MAX = 110;
/** Longest item text reported as unresolved. */
export const UNRESOLVED_MAX = 40;

/** Text that puts a table or list on one platform. */
export const IOS_CONTEXT = /\bios\b|iphone|ipad|苹果/i;
export const ANDROID_CONTEXT = /\bandroid\b|安卓/i;
/** `iOS-照片`, `iOS：相机`, `(iOS) camera`: a platform written right before a hit. */
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
