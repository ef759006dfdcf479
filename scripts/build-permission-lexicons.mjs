#!/usr/bin/env node
/**
 * Rebuilds lexicons/permissions-android.json and lexicons/permissions-ios.json from the raw
 * facts in the lexicon-sources folder (AOSP permission declarations and labels, older
 * Simplified Chinese labels, vendor push permissions, Info.plist usage keys).
 *
 * Usage: node scripts/build-permission-lexicons.mjs [sourceFolder]
 * The source folder defaults to ../shared/lexicon-sources relative to the repository.
 *
 * Official labels carry over as forms. On top of them, PHRASINGS below holds the ways privacy
 * policies actually name permissions (调用摄像头, "camera permission", "memory card" ...): the
 * extractor decides from context whether a plain word such as "camera" names a permission.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const sourceDir = resolve(process.argv[2] ?? join(repo, '..', 'shared', 'lexicon-sources'));
const read = (name) => JSON.parse(readFileSync(join(sourceDir, name), 'utf8'));

const A = 'android.permission.';

// ---------------------------------------------------------------------------------------
// Curated data: how policies name permissions. Keys are permission ids (short keys are
// android.permission.*). English forms match on word stems, Chinese ones on characters.
// ---------------------------------------------------------------------------------------
const PHRASINGS = {
  CAMERA: {
    en: ['camera', 'cameras', 'camera permission', 'camera access', 'call the camera', 'access the camera', 'access to the camera', 'shooting', 'take photos', 'photographing'],
    zh: ['相机', '摄像头', '照相机', '相机权限', '摄像头权限', '拍摄权限', '拍照权限', '调用摄像头', '调用相机', '访问相机', '访问摄像头', '使用摄像头', '开启相机', '打开相机', '使用照相设备', '拍摄'],
  },
  RECORD_AUDIO: {
    en: ['microphone', 'microphone permission', 'microphone recording permission', 'recording permission', 'audio recording', 'record audio', 'recording function'],
    zh: ['麦克风', '话筒', '麦克风权限', '录音权限', '录音', '录制音频', '调用麦克风', '访问麦克风', '使用麦克风', '开启麦克风', '语音权限'],
  },
  READ_CONTACTS: {
    en: ['contacts', 'contact list', 'address book', 'contacts permission', 'phone contacts', 'read contacts', 'access your contacts'],
    zh: ['通讯录', '联系人', '通讯录权限', '联系人权限', '读取通讯录', '读取联系人', '访问通讯录', '手机通讯录', '读取手机通讯录', '通讯录读取权限'],
  },
  WRITE_CONTACTS: { en: ['write contacts', 'modify contacts'], zh: ['写入通讯录', '修改通讯录', '写入联系人'] },
  ACCESS_FINE_LOCATION: {
    en: ['location', 'location permission', 'location permissions', 'positioning', 'positioning function', 'positioning permission', 'positioning information', 'precise location', 'accurate location', 'gps', 'gps location', 'geolocation', 'location services', 'location service', 'access precise targeting'],
    zh: ['位置', '定位', '位置权限', '定位权限', '地理位置权限', '位置信息权限', '定位功能', '定位服务', '位置服务', '精确位置', '精准定位', 'GPS定位', '获取位置', '获取定位', '读取手机定位信息', '手机定位', '手机定位权限', '地理位置', '精确地理位置', '精准地理位置', '访问精确位置', '获取精确位置'],
  },
  ACCESS_COARSE_LOCATION: {
    en: ['coarse location', 'approximate location', 'network location', 'visit the coarse location', 'rough location', 'non-accurate location'],
    zh: ['粗略位置', '大致位置', '大概位置', '模糊位置', '粗略地理位置', '大致地理位置', '大概地理位置', '模糊地理位置', '网络定位', '访问粗略位置', '获取粗略位置'],
  },
  ACCESS_BACKGROUND_LOCATION: { en: ['background location', 'location in the background'], zh: ['后台定位', '后台位置', '后台获取位置'] },
  READ_EXTERNAL_STORAGE: {
    en: ['files on your device', 'access files on your device', 'files permission', 'storage', 'storage permission', 'storage permissions', 'album', 'albums', 'photo album', 'system album', 'media library', 'photo library', 'gallery', 'photo gallery', 'photos', 'memory card', 'sd card', 'external storage', 'read external storage', 'read external memory', 'external memory', 'internal storage', 'file storage', 'read storage'],
    zh: ['访问您设备上的文件', '设备上的文件', '文件权限', '存储', '存储权限', '存储空间', '储存权限', '存储卡', 'SD卡', '内存卡', '外部存储', '内部存储', '手机存储', '手机内部存储', '相册', '相册权限', '系统相册', '读取相册', '访问相册', '媒体库', '图库', '照片', '读取存储', '读取存储空间', '文件存储', '读取外部存储', '外置存储', '存储权限', '读取SD卡', '访问SD卡', 'SD卡储存权限', '相册及存储权限', '相册和存储权限'],
  },
  WRITE_EXTERNAL_STORAGE: {
    en: ['write external storage', 'write to external memory', 'write to external storage', 'modify or delete', 'memory card modification', 'save to the album', 'write storage'],
    zh: ['写入存储', '写入外部存储', '写入SD卡', '修改或删除存储', '修改或删除SD卡', '写入相册', '保存到相册', '写入外置存储', '修改/删除SD卡中的内容'],
  },
  READ_MEDIA_IMAGES: { en: ['read media images', 'image files'], zh: ['读取图片文件'] },
  READ_MEDIA_VIDEO: { en: ['read media video', 'video files'], zh: ['读取视频文件'] },
  // The Android 13 group label (READ_MEDIA_AURAL) names this one permission.
  READ_MEDIA_AUDIO: { en: ['read media audio', 'audio files', 'music and audio', 'access music and audio on your device'], zh: ['读取音频文件', '音乐和音频', '访问您设备上的音乐和音频'] },
  READ_PHONE_STATE: {
    en: ['phone state', 'phone status', 'device status', 'read device information', 'read phone status', 'phone permission', 'phone identity', 'device identity permission', 'telephone permission', 'mobile network information', 'call state', 'incoming call status'],
    zh: ['电话', '电话权限', '电话状态', '手机状态', '设备状态', '读取设备信息', '读取设备信息权限', '读取手机状态', '读取电话状态', '获取手机状态', '获取设备状态', '设备信息权限', '设备信息访问权限', '手机识别码', '获取手机识别码', '读取手机状态和身份', '设备标识权限', '手机状态权限', '移动网络信息', '通话状态', '来电状态'],
  },
  READ_PHONE_NUMBERS: { en: ['read phone numbers', 'phone number permission'], zh: ['读取电话号码', '读取本机号码', '读取手机号码'] },
  CALL_PHONE: { en: ['make phone calls', 'call phone', 'direct call', 'dial phone numbers', 'call permission', 'call permissions', 'phone call permission', 'calling permission', 'dialing permission', 'permission to make calls'], zh: ['拨打电话', '拨打电话权限', '直接拨打电话', '拨号权限', '拨打电话号码'] },
  READ_CALL_LOG: { en: ['call log', 'call logs', 'call history', 'read call log'], zh: ['通话记录', '通话记录权限', '读取通话记录'] },
  READ_SMS: {
    en: ['sms', 'text messages', 'read sms', 'read text messages', 'read mobile phone text messages', 'sms permission', 'read short messages', 'read messages'],
    zh: ['短信', '短信权限', '读取短信', '读取手机短信', '读取短信权限', '短信读取权限', '读取信息权限', '短信读取'],
  },
  SEND_SMS: { en: ['send sms', 'send text messages', 'send short messages'], zh: ['发送短信', '短信发送权限', '发送短信权限'] },
  RECEIVE_SMS: { en: ['receive sms', 'receive text messages'], zh: ['接收短信', '接收短信权限'] },
  READ_CALENDAR: { en: ['calendar', 'calendar permission', 'read calendar', 'schedule'], zh: ['日历', '日历权限', '读取日历', '日程', '日程权限', '访问日历'] },
  WRITE_CALENDAR: { en: ['write calendar', 'modify calendar'], zh: ['写入日历', '修改日历'] },
  BODY_SENSORS: { en: ['body sensors', 'heart rate', 'sensor permission'], zh: ['身体传感器', '传感器权限'] },
  ACTIVITY_RECOGNITION: { en: ['physical activity', 'activity recognition', 'step count'], zh: ['身体活动', '健身运动', '运动与健身', '计步'] },
  POST_NOTIFICATIONS: {
    en: ['notification', 'notifications', 'notification permission', 'push notification permission', 'push permission', 'show notifications'],
    zh: ['通知', '通知权限', '消息通知', '推送通知', '消息推送权限', '通知栏权限', '显示通知', '推送权限'],
  },
  BLUETOOTH: { en: ['bluetooth', 'bluetooth permission', 'connect to a bluetooth device'], zh: ['蓝牙', '蓝牙权限', '连接蓝牙', '创建蓝牙连接'] },
  BLUETOOTH_ADMIN: { en: ['discover and pair bluetooth devices', 'bluetooth settings', 'bluetooth management'], zh: ['蓝牙管理', '蓝牙设置'] },
  BLUETOOTH_CONNECT: { en: ['nearby devices', 'connect to paired bluetooth devices'], zh: ['附近的设备', '附近设备', '附近设备权限'] },
  BLUETOOTH_SCAN: { en: ['scan bluetooth', 'bluetooth scan', 'bluetooth scanning'], zh: ['蓝牙扫描', '扫描蓝牙'] },
  BLUETOOTH_ADVERTISE: { en: ['bluetooth advertise', 'detectable by other bluetooth devices'], zh: ['蓝牙广播'] },
  NFC: { en: ['nfc', 'near field communication', 'nfc permission'], zh: ['NFC', 'NFC权限', '近场通信', '近距离通信'] },
  INTERNET: {
    en: ['internet', 'network access', 'full network access', 'connect to the network', 'access a network connection', 'network permission', 'internet access'],
    zh: ['网络权限', '连接网络', '连接网络权限', '访问网络', '访问网络权限', '网络访问权限', '联网权限', '完全的网络访问权限', '互联网访问权限', '网络通信'],
  },
  ACCESS_NETWORK_STATE: {
    en: ['network state', 'network status', 'network information status', 'read the network information status', 'network connections', 'view network connections', 'obtain the network information status'],
    zh: ['网络状态', '读取网络状态', '获取网络状态', '读取网络信息状态', '查看网络状态', '网络信息状态', '网络状态权限', '获取网络状态权限', '查看网络连接', '网络连接状态'],
  },
  CHANGE_NETWORK_STATE: { en: ['change the network status', 'change network status', 'modify the network status', 'change network connectivity'], zh: ['改变网络状态', '更改网络状态', '修改网络状态', '改变网络连接状态'] },
  ACCESS_WIFI_STATE: {
    en: ['wifi state', 'wi-fi state', 'wifi status', 'wi-fi status', 'wifi information', 'wi-fi information', 'wifi connections', 'wi-fi connections', 'accessing wi-fi status', 'get wifi information'],
    zh: ['WiFi状态', 'WIFI状态', 'Wi-Fi状态', 'WLAN状态', '访问WI-FI状态', '访问WiFi状态', '获取WiFi状态', '查看WiFi状态', '查看WLAN连接', 'WiFi信息', 'WIFI信息', 'Wi-Fi信息', '获取WiFi信息', 'WLAN信息'],
  },
  CHANGE_WIFI_STATE: { en: ['change wifi state', 'change the wifi status', 'modify the wifi status', 'change wi-fi state'], zh: ['改变WiFi状态', '更改WiFi状态', '修改WiFi状态', '改变WIFI状态', '修改WIFI状态'] },
  NEARBY_WIFI_DEVICES: { en: ['nearby wi-fi devices', 'nearby wifi devices'], zh: ['附近的WLAN设备', '附近WiFi设备'] },
  VIBRATE: { en: ['vibration', 'vibrate', 'vibrator', 'control vibration', 'control the device vibrator'], zh: ['振动', '震动', '控制振动', '控制振动器', '振动权限', '震动权限'] },
  WAKE_LOCK: { en: ['wake lock', 'prevent phone from sleeping', 'prevent your phone from going to sleep', 'keep the screen on', 'keep awake', 'prevent the device from sleeping', 'keep the device awake'], zh: ['防止手机休眠', '防止设备休眠', '唤醒锁', '保持唤醒', '防息屏', '防息屏权限', '屏幕常亮', '阻止手机进入休眠状态', '阻止手机休眠', '防止手机进入休眠状态', '禁止休眠'] },
  RECEIVE_BOOT_COMPLETED: {
    en: ['run at startup', 'boot completed', 'start at boot', 'start on boot', 'boot broadcast', 'self-start', 'self start', 'auto-start', 'autostart', 'start broadcasting'],
    zh: ['开机启动', '开机自启动', '开机自启', '开机启动的广播', '开机广播', '开机时自动启动', '自启动', '自启动权限', '开机启动权限'],
  },
  FOREGROUND_SERVICE: { en: ['foreground service', 'run foreground service', 'starts the foreground service'], zh: ['前台服务', '运行前台服务'] },
  KILL_BACKGROUND_PROCESSES: { en: ['kill background processes', 'end the background process', 'background process', 'background processes', 'end background processes', 'close other apps'], zh: ['结束后台进程', '关闭其他应用', '杀死后台进程', '关闭后台进程'] },
  RESTART_PACKAGES: { en: ['restart other programs', 'allow programs to restart other programs', 'restart packages'], zh: ['允许程序重新启动其他程序', '重新启动其他程序', '重启其他程序'] },
  BROADCAST_STICKY: {
    en: ['sticky broadcast', 'send sticky broadcast', 'quickly receive the next broadcast', 'receive the next broadcast'],
    zh: ['发送持久广播', '发送置顶广播', '持久广播', '允许一个程序收到广播后快速收到下一个广播', '收到广播后快速收到下一个广播', '快速收到下一个广播'],
  },
  GET_TASKS: { en: ['task information', 'obtain task information', 'get tasks', 'running apps', 'retrieve running apps', 'running tasks'], zh: ['获取任务信息', '任务信息', '检索正在运行的应用', '检索当前运行的应用程序', '获取运行中的任务', '正在运行的应用', '当前或最近运行的应用', '获取当前或最近运行的应用', '最近运行的应用', '任务列表', '当前运行任务信息', '运行中的应用'] },
  WRITE_SETTINGS: { en: ['system settings', 'modify system settings', 'write system settings', 'read and write system settings'], zh: ['读写系统设置', '修改系统设置', '写入系统设置', '系统设置权限', '更改系统设置'] },
  WRITE_SECURE_SETTINGS: { en: ['write secure settings'], zh: ['修改安全系统设置'] },
  READ_LOGS: { en: ['read system logs', 'system logs', 'read logs', 'read sensitive log data'], zh: ['读取系统日志', '读取系统日志文件', '查阅敏感日志数据', '读取敏感日志数据', '系统日志', '日志信息权限', '读取日志', '读取日志文件'] },
  MOUNT_UNMOUNT_FILESYSTEMS: {
    en: ['mount and unmount', 'mounting and anti mounting', 'anti mounting', 'mount and unmount filesystems', 'removable storage', 'system removable storage'],
    zh: ['允许挂载和反挂载文件', '允许挂载和反挂载文件系统可移动存储', '挂载和反挂载', '挂载文件系统', '装载和卸载文件系统', '系统可移动存储', '可移动存储', '访问SD卡文件系统'],
  },
  WRITE_APN_SETTINGS: { en: ['access point settings', 'apn settings', 'gprs access point', 'write apn settings'], zh: ['接入点设置', '写入GPRS接入点设置', '写入接入点设置', 'APN设置', '写入“接入点名称”设置'] },
  QUERY_ALL_PACKAGES: {
    en: ['application list', 'app list', 'installed applications', 'list of installed apps', 'installed app list', 'application installation list', 'software installation list', 'app installation list', 'obtain the application list', 'query all packages', 'installed apps', 'software list', 'package name of a specific application', 'query for a specific application name'],
    zh: ['应用列表', '获取应用列表', '应用安装列表', '已安装应用', '已安装应用列表', '读取应用列表', '读取应用安装列表', '软件安装列表', '安装列表', '查询所有软件包', '应用列表权限', '读取已安装应用列表', '获取已安装应用'],
  },
  REQUEST_INSTALL_PACKAGES: { en: ['install packages', 'request install packages', 'install unknown apps'], zh: ['安装应用', '请求安装应用', '安装未知应用', '安装未知来源应用', '应用安装权限', '请求安装文件包'] },
  SYSTEM_ALERT_WINDOW: { en: ['overlay', 'display over other apps', 'floating window', 'draw over other apps'], zh: ['悬浮窗', '悬浮窗权限', '显示在其他应用上层', '在其他应用上层显示', '悬浮窗口'] },
  GET_ACCOUNTS: { en: ['accounts on the device', 'get accounts', 'find accounts'], zh: ['查找设备上的账号', '获取账户', '读取账户', '设备上的帐户'] },
  // Older AOSP Chinese labels and glosses of the account permissions, still copied into policies.
  AUTHENTICATE_ACCOUNTS: { en: ['account authenticator', 'act as an account authenticator'], zh: ['认证帐户', '认证账户', '获取账户验证信息', '获取帐户验证信息', '帐户验证程序', '账户验证程序'] },
  MANAGE_ACCOUNTS: { en: ['manage accounts', 'manage the accounts list'], zh: ['管理帐户', '管理账户', '管理账户列表', '访问账户管理', '访问帐户管理'] },
  USE_CREDENTIALS: { en: ['use accounts on the device', 'use credentials'], zh: ['使用帐户凭据', '使用账户凭据', '使用设备上的账户'] },
  SET_DEBUG_APP: { en: ['set debug app', 'debug settings', 'enable app debugging'], zh: ['调试设置', '设置自身是否可被调试', '应用调试'] },
  // The sensor that reads a fingerprint is what the biometric permission opens (not BODY_SENSORS).
  USE_BIOMETRIC: { en: ['biometric hardware', 'use biometric', 'fingerprint sensor', 'biometric sensor'], zh: ['生物特征硬件', '使用生物特征', '指纹传感器', '指纹识别器', '生物识别传感器', '生物识别权限'] },
  USE_FINGERPRINT: { en: ['fingerprint hardware', 'use fingerprint'], zh: ['使用指纹硬件', '指纹权限'] },
  FLASHLIGHT: { en: ['flashlight', 'flash light'], zh: ['闪光灯', '控制闪光灯', '闪光灯权限'] },
  MODIFY_AUDIO_SETTINGS: { en: ['audio settings', 'modify audio settings'], zh: ['修改音频设置', '更改音频设置'] },
  // Reading the clipboard in the foreground needs no permission; only a background read is this one.
  READ_CLIPBOARD_IN_BACKGROUND: { en: ['clipboard in the background', 'clipboard in background', 'background clipboard'], zh: ['后台读取剪贴板', '后台读取剪切板', '后台访问剪贴板', '后台剪贴板'] },
  PACKAGE_USAGE_STATS: { en: ['usage stats', 'usage access', 'app usage data'], zh: ['使用情况访问权限', '应用使用情况', '有权查看使用情况的应用'] },
  MANAGE_EXTERNAL_STORAGE: { en: ['all files access', 'manage all files', 'manage external storage'], zh: ['所有文件访问权限', '管理所有文件', '所有文件的管理权限', '所有文件访问', '访问所有文件'] },
  ACCESS_MEDIA_LOCATION: { en: ['media location', 'locations from your media'], zh: ['媒体位置', '读取媒体文件位置'] },
  SET_WALLPAPER: { en: ['set wallpaper', 'wallpaper permission'], zh: ['设置壁纸', '壁纸权限'] },
  REQUEST_IGNORE_BATTERY_OPTIMIZATIONS: { en: ['ignore battery optimizations', 'battery optimization'], zh: ['忽略电池优化', '电池优化'] },
  SCHEDULE_EXACT_ALARM: { en: ['exact alarm', 'alarms and reminders'], zh: ['精确闹钟', '闹钟和提醒'] },
  DISABLE_KEYGUARD: { en: ['disable your screen lock', 'disable keyguard'], zh: ['停用屏幕锁定', '禁用键盘锁'] },
  EXPAND_STATUS_BAR: { en: ['expand status bar', 'expand/collapse status bar'], zh: ['展开/收拢状态栏', '展开状态栏'] },
  CHANGE_WIFI_MULTICAST_STATE: { en: ['wi-fi multicast', 'wifi multicast', 'multicast reception'], zh: ['WLAN多播', 'WiFi多播', '局域网多播', '接收多播', '接收WLAN多播', '接收局域网多播'] },
  // The settings page's name for the listener (Notification access / 通知使用权).
  BIND_NOTIFICATION_LISTENER_SERVICE: { en: ['notification listener', 'notification access'], zh: ['通知使用权'] },
  ACCESS_LOCATION_EXTRA_COMMANDS: { en: ['extra location provider commands'], zh: ['额外的位置信息提供程序命令'] },
  UWB_RANGING: { en: ['ultra-wideband'], zh: ['超宽带'] },
  READ_PRIVILEGED_PHONE_STATE: { en: ['read privileged phone state'], zh: [] },
};

/** Where two permissions share an official label, the one the label usually means. */
const LABEL_OWNER = {
  'close other apps': 'KILL_BACKGROUND_PROCESSES',
  关闭其他应用: 'KILL_BACKGROUND_PROCESSES',
  结束后台进程: 'KILL_BACKGROUND_PROCESSES',
};

/** Labels for permissions AOSP no longer labels (removed or now system-only). */
const EXTRA_LABELS = {
  READ_LOGS: { en: 'read sensitive log data', zh: '读取系统日志' },
  MOUNT_UNMOUNT_FILESYSTEMS: { en: 'access SD card filesystem', zh: '访问SD卡文件系统' },
  WRITE_APN_SETTINGS: { en: 'change/intercept network settings and traffic', zh: '写入“接入点名称”设置' },
  WRITE_SETTINGS: { en: 'modify system settings', zh: '修改系统设置' },
  WRITE_SECURE_SETTINGS: { en: 'modify secure system settings', zh: '修改安全系统设置' },
  WRITE_SMS: { en: 'edit your text messages (SMS or MMS)', zh: '编辑短信或彩信' },
};

/** Vendors whose push permissions the Android lexicon carries. */
const PUSH_VENDORS = /huawei|honor|xiaomi|oppo|coloros|heytap|vivo|meizu/i;

/** Info.plist usage keys: working names checked against Apple's pages, forms as policies write them. */
const IOS_FORMS = {
  NSCameraUsageDescription: { en: ['NSCameraUsageDescription'], zh: [] },
  NSMicrophoneUsageDescription: { en: ['NSMicrophoneUsageDescription'], zh: [] },
  NSContactsUsageDescription: { en: ['NSContactsUsageDescription'], zh: [] },
  NSPhotoLibraryUsageDescription: { en: ['NSPhotoLibraryUsageDescription', 'read and write to photo gallery'], zh: [] },
  NSPhotoLibraryAddUsageDescription: { en: ['NSPhotoLibraryAddUsageDescription', 'photo library add', 'photo library additions', 'add photos only', 'write only the photo gallery'], zh: ['仅添加照片', '添加照片权限', '相册写入权限'] },
  NSLocationWhenInUseUsageDescription: { en: ['NSLocationWhenInUseUsageDescription', 'location when in use', 'location while using the app', 'while using the app'], zh: ['使用App期间', '使用期间定位', '使用应用期间'] },
  NSLocationAlwaysAndWhenInUseUsageDescription: { en: ['NSLocationAlwaysAndWhenInUseUsageDescription', 'location always and when in use', 'always and when in use'], zh: ['始终和使用期间'] },
  NSLocationAlwaysUsageDescription: { en: ['NSLocationAlwaysUsageDescription', 'location always use', 'location always', 'always access the location'], zh: ['始终允许定位', '始终定位'] },
  NSBluetoothAlwaysUsageDescription: { en: ['NSBluetoothAlwaysUsageDescription', 'bluetooth always'], zh: [] },
  NSBluetoothPeripheralUsageDescription: { en: ['NSBluetoothPeripheralUsageDescription', 'bluetooth peripheral', 'bluetooth peripherals'], zh: ['蓝牙外设'] },
  NSLocalNetworkUsageDescription: { en: ['NSLocalNetworkUsageDescription', 'local network', 'local network usage', 'local area network permission'], zh: ['本地网络', '本地网络权限', '局域网权限', '本地网络的访问权限', '局域网'] },
  NSUserTrackingUsageDescription: { en: ['NSUserTrackingUsageDescription', 'app tracking transparency', 'tracking transparency', 'app tracking', 'transparent permissions for app tracking', 'idfa permission', 'track your activity across', 'track you across apps'], zh: ['App跟踪透明度', '应用跟踪透明度', '跟踪权限', 'IDFA权限', '允许App请求跟踪', '广告标识', '广告标识权限'] },
  NSFaceIDUsageDescription: { en: ['NSFaceIDUsageDescription', 'face id', 'FaceID'], zh: ['面容ID', '面容 ID', 'Face ID', 'FaceID'] },
  NSSpeechRecognitionUsageDescription: { en: ['NSSpeechRecognitionUsageDescription', 'speech recognition permission', 'speech recognition'], zh: ['语音识别权限'] },
  NSSiriUsageDescription: { en: ['NSSiriUsageDescription', 'siri'], zh: ['Siri', 'Siri权限', 'Siri使用权限'] },
  NSAppleMusicUsageDescription: { en: ['NSAppleMusicUsageDescription', 'apple music', 'media and apple music'], zh: ['媒体与Apple Music', '媒体资料库'] },
  NSMotionUsageDescription: { en: ['NSMotionUsageDescription', 'motion and fitness', 'motion & fitness'], zh: ['运动与健身权限'] },
  NSHealthShareUsageDescription: { en: ['NSHealthShareUsageDescription', 'healthkit', 'apple health', 'health app data'], zh: ['健康数据权限'] },
  NSHomeKitUsageDescription: { en: ['NSHomeKitUsageDescription', 'homekit'], zh: ['HomeKit'] },
  NSCalendarsUsageDescription: { en: ['NSCalendarsUsageDescription'], zh: [] },
  NSRemindersUsageDescription: { en: ['NSRemindersUsageDescription', 'reminders permission'], zh: ['提醒事项'] },
};

// ---------------------------------------------------------------------------------------
// Building
// ---------------------------------------------------------------------------------------
const HAS_CJK = /[\u3400-\u9fff]/;

/** Older AOSP strings put spaces around Latin words inside Chinese; policies do not. */
function squeezeCjk(s) {
  return s
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/(?<=[\u3400-\u9fff“”（）、，：])\s+|\s+(?=[\u3400-\u9fff“”（）、，：])/g, '');
}

function fullId(key) {
  return key.includes('.') ? key : A + key;
}

function constantOf(id) {
  return id.slice(id.lastIndexOf('.') + 1);
}

/** `READ_PHONE_STATE` → `read phone state`, for permissions AOSP leaves unlabelled. */
function humanise(constant) {
  return constant.toLowerCase().replace(/_/g, ' ');
}

/**
 * A short label of a permission no app can hold (复制内容, 设置壁纸 of a system permission) is an
 * everyday phrase in a policy, not a name of that permission: such labels stay labels, not forms.
 */
const EVERYDAY_MAX = 4;
function everyday(form, level) {
  return (level === 'signature' || level === 'internal') && /^[\u3400-\u9fff]+$/.test(form) && form.length <= EVERYDAY_MAX;
}

/** AOSP's base level; signature permissions an app may still be granted through an app-op are 'special'. */
function levelOf(p) {
  const flags = p.protectionFlags ?? [];
  if (p.protectionBase === 'signature' && (flags.includes('appop') || /\bappop\b/.test(p.protectionLevel))) return 'special';
  if (['dangerous', 'normal', 'signature', 'internal'].includes(p.protectionBase)) return p.protectionBase;
  return 'signature';
}

function buildAndroid() {
  const src = read('android-permissions.json');
  const history = read('android-permission-labels-zh-history.json').permissions;
  const entries = [];
  for (const p of src.permissions) {
    const id = p.name;
    if (!id.startsWith(A) && !id.startsWith('com.android.')) continue;
    const constant = constantOf(id);
    const extra = EXTRA_LABELS[constant] ?? {};
    const old = history[id];
    const oldLabels = [...new Set((old?.labels_zh ?? []).map((l) => squeezeCjk(l.text)))];
    const en = p.label_en ?? extra.en ?? humanise(constant);
    const zh = p.label_zh_CN ? squeezeCjk(p.label_zh_CN) : (extra.zh ?? oldLabels[oldLabels.length - 1]);
    const phrases = (old?.phrases_zh ?? []).map((x) => squeezeCjk(x.text)).filter((t) => t.length <= 24 && !/开发网|android/i.test(t));
    entries.push({
      id,
      label: zh ? { en, zh } : { en },
      platform: 'android',
      protectionLevel: levelOf(p),
      // Labels first: curated phrasings are added and conflicts settled below.
      forms: { en: [constant, id, ...(p.label_en || extra.en ? [en] : [])], zh: [...(zh ? [zh] : []), ...oldLabels, ...phrases].filter((f) => !everyday(f, levelOf(p))) },
    });
  }
  for (const v of src.vendorAndSdkPermissions.entries) {
    if (!PUSH_VENDORS.test(v.vendor)) continue;
    // App-defined push permissions (`${applicationId}.permission.MIPUSH_RECEIVE`) are kept as
    // `app.*` templates: the extractor recognises `com.example.permission.MIPUSH_RECEIVE` by them.
    const template = v.name.startsWith('${applicationId}');
    const id = template ? v.name.replace('${applicationId}', 'app') : v.name;
    entries.push({
      id,
      label: { en: capitalise(v.purpose_en), zh: v.purpose_zh },
      platform: 'android',
      protectionLevel: template ? 'app' : 'vendor',
      // Vendor constants (RECEIVE, PUSH, MESSAGE) are ordinary words: only the full id is a form.
      forms: { en: template ? [] : [id], zh: [] },
      note: template ? `app-defined template: ${v.name} (${v.vendor})` : `${v.vendor}`,
    });
  }
  // OPPO's legacy push component permission, declared by OPPO push SDK integrations.
  entries.push({
    id: 'oppo.permission.OPPO_COMPONENT_SAFE',
    label: { en: 'OPPO push component permission', zh: 'OPPO推送组件权限' },
    platform: 'android',
    protectionLevel: 'vendor',
    forms: { en: ['oppo.permission.OPPO_COMPONENT_SAFE'], zh: [] },
    note: 'OPPO (legacy ColorOS push)',
  });
  // The MIIT / TAF installed-apps permission that Chinese ROMs add beside QUERY_ALL_PACKAGES.
  entries.push({
    id: 'com.android.permission.GET_INSTALLED_APPS',
    label: { en: 'read the list of installed apps', zh: '读取应用列表' },
    platform: 'android',
    protectionLevel: 'vendor',
    forms: { en: ['com.android.permission.GET_INSTALLED_APPS', 'GET_INSTALLED_APPS'], zh: [] },
    note: 'Defined by Chinese Android ROMs (MIIT/TAF app-list guideline), not by AOSP',
  });

  const byId = new Map(entries.map((e) => [e.id, e]));
  for (const [key, f] of Object.entries(PHRASINGS)) {
    const e = byId.get(fullId(key));
    if (!e) throw new Error(`PHRASINGS names an unknown permission: ${key}`);
    e.forms.en.push(...f.en);
    e.forms.zh.push(...f.zh);
  }
  settleForms(entries, PHRASINGS);
  return entries;
}

function capitalise(s) {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

// The stemmer the matcher uses: forms that stem alike are one form.
const porter = createRequire(import.meta.url)('natural/lib/natural/stemmers/porter_stemmer.js');
const stem = (w) => (w.length <= 2 || /^[0-9]+$/.test(w) ? w : porter.stem(w));

/** Normalised key of a form, as the matcher would see it (case, spacing and word endings ignored). */
function formKey(f) {
  if (HAS_CJK.test(f)) return squeezeCjk(f).toLowerCase();
  return (f.toLowerCase().match(/[a-z0-9\u00c0-\u024f]+/g) ?? []).map(stem).join(' ');
}

/**
 * An English label as a form: the matcher joins words across spaces, hyphens, dots, slashes
 * and underscores only, so bracketed asides and quotes go; a label with other punctuation
 * left (commas inside) cannot match as written and is dropped.
 */
function englishForm(f) {
  const clean = f
    .replace(/\([^)]*\)/g, ' ')
    .replace(/["“”]/g, '')
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/&/g, 'and')
    .replace(/[.,;:]+$/, '')
    .replace(/\s+/g, ' ')
    .trim();
  return /^[A-Za-z0-9][A-Za-z0-9 '\-/._]*$/.test(clean) ? clean : '';
}

const LEVEL_RANK = { dangerous: 0, normal: 1, special: 2, vendor: 3, app: 4, signature: 5, internal: 6 };

/**
 * Every form names one permission: curated phrasings beat labels, LABEL_OWNER settles shared
 * labels, otherwise the permission an app can actually request (dangerous, then normal) wins.
 */
function settleForms(entries, curated) {
  const curatedOwner = new Map();
  for (const [key, f] of Object.entries(curated)) for (const form of [...f.en, ...f.zh]) curatedOwner.set(formKey(form), fullId(key));
  const owner = new Map();
  for (const e of entries) {
    for (const form of [...e.forms.en, ...e.forms.zh]) {
      const k = formKey(HAS_CJK.test(form) ? form : englishForm(form));
      if (!k || (HAS_CJK.test(form) && squeezeCjk(form).length < 2)) continue;
      const fixed = curatedOwner.get(k) ?? (LABEL_OWNER[form] ? fullId(LABEL_OWNER[form]) : undefined);
      if (fixed) {
        owner.set(k, fixed);
        continue;
      }
      const prior = owner.get(k);
      if (!prior) owner.set(k, e.id);
      else {
        const pe = entries.find((x) => x.id === prior);
        if (LEVEL_RANK[e.protectionLevel] < LEVEL_RANK[pe.protectionLevel]) owner.set(k, e.id);
      }
    }
  }
  for (const e of entries) {
    const keep = (list) => {
      const seen = new Set();
      const out = [];
      for (const form of list) {
        const clean = HAS_CJK.test(form) ? squeezeCjk(form) : englishForm(form);
        const k = formKey(clean);
        if (!k || seen.has(k) || owner.get(k) !== e.id) continue;
        if (HAS_CJK.test(clean) && clean.length < 2) continue;
        seen.add(k);
        out.push(clean);
      }
      return out;
    };
    const en = keep(e.forms.en);
    const zh = keep(e.forms.zh);
    e.forms = {};
    if (en.length) e.forms.en = en;
    if (zh.length) e.forms.zh = zh;
    if (!en.length && !zh.length) delete e.forms;
  }
}

function buildIos() {
  const src = read('ios-permissions.json');
  const entries = [];
  for (const k of src.keys) {
    // Only the usage-description keys name a permission prompt; booleans and URLs do not.
    if (!/UsageDescription(?:Dictionary)?$/.test(k.key)) continue;
    const forms = IOS_FORMS[k.key] ?? { en: [k.key], zh: [] };
    entries.push({
      id: k.key,
      label: { en: k.name_en, zh: k.name_zh_CN },
      platform: 'ios',
      forms: { en: forms.en.map(englishForm).filter(Boolean), ...(forms.zh.length ? { zh: forms.zh.map(squeezeCjk) } : {}) },
      ...(k.deprecated ? { note: 'deprecated key' } : {}),
    });
  }
  entries.push({
    id: 'ios.notifications',
    label: { en: 'Notifications', zh: '通知' },
    platform: 'ios',
    // The API the app asks through: a lexicon entry needs a form it can be found by.
    forms: { en: ['UNUserNotificationCenter'] },
    note: 'Notifications have no Info.plist key; the app asks at run time (UNUserNotificationCenter).',
  });
  return entries;
}

/** One entry per line: diffs stay readable when the sources change. */
function write(name, file) {
  const { entries, ...head } = file;
  const lines = entries.map((e) => '  ' + JSON.stringify(e));
  const top = JSON.stringify(head, null, 2).slice(0, -2);
  writeFileSync(join(repo, 'lexicons', name), `${top},\n  "entries": [\n${lines.join(',\n')}\n  ]\n}\n`);
}

const android = buildAndroid();
write('permissions-android.json', {
  kind: 'permissions',
  source:
    'AOSP framework AndroidManifest.xml and strings (Android 15, values and values-zh-rCN; older zh-rCN labels from Android 2.2-12.1), Apache-2.0; vendor push permissions from Huawei, Honor, Xiaomi, OPPO/HeyTap/ColorOS, vivo and Meizu integration docs; phrasings policylens',
  description: 'Android permissions: manifest name, protection level, official labels, and the words privacy policies use for them. Built by scripts/build-permission-lexicons.mjs.',
  entries: android,
});
const ios = buildIos();
write('permissions-ios.json', {
  kind: 'permissions',
  source: "Info.plist usage-description keys (Apple; names via apple-bundle-rs, react-native-permissions, PermissionsKit), Apache-2.0 / MIT; phrasings policylens",
  description: 'iOS permissions: the Info.plist usage key, plus ios.notifications. Built by scripts/build-permission-lexicons.mjs.',
  entries: ios,
});
process.stdout.write(`permissions-android.json: ${android.length} entries; permissions-ios.json: ${ios.length} entries\n`);
