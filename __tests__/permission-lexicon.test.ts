import { readFileSync } from 'node:fs';
import { loadLexicons } from '../src/lexicon/load.js';
import { makeTokenView } from '../src/lexicon/matcher.js';
import { validateLexicon, type PermissionEntry } from '../src/lexicon/schema.js';

const read = (name: string): { entries: PermissionEntry[] } => JSON.parse(readFileSync(new URL(`../lexicons/${name}`, import.meta.url), 'utf8'));
const android = read('permissions-android.json');
const ios = read('permissions-ios.json');
// Curated phrasings may be short on purpose (读取日志 is what policies write for READ_LOGS).
const PHRASED = new Set(['android.permission.READ_LOGS', 'android.permission.SET_DEBUG_APP']);
const byId = new Map([...android.entries, ...ios.entries].map((e) => [e.id, e]));

describe('permission lexicons', () => {
  test('both files validate and load with the other built-in lexicons', () => {
    expect(() => validateLexicon(android, 'permissions-android.json')).not.toThrow();
    expect(() => validateLexicon(ios, 'permissions-ios.json')).not.toThrow();
    const set = loadLexicons();
    expect(set.entries.permissions.size).toBe(android.entries.length + ios.entries.length);
  });

  test('every framework permission is there with its protection level', () => {
    expect(android.entries.filter((e) => e.id.startsWith('android.permission.')).length).toBeGreaterThanOrEqual(960);
    expect(byId.get('android.permission.CAMERA')?.protectionLevel).toBe('dangerous');
    expect(byId.get('android.permission.INTERNET')?.protectionLevel).toBe('normal');
    expect(byId.get('android.permission.READ_LOGS')?.protectionLevel).toBe('signature');
    expect(byId.get('android.permission.REQUEST_INSTALL_PACKAGES')?.protectionLevel).toBe('special');
    expect(byId.get('android.permission.BIND_ACCESSIBILITY_SERVICE')?.protectionLevel).toBe('signature');
  });

  test('official labels in both languages, older Chinese labels as forms', () => {
    const phone = byId.get('android.permission.READ_PHONE_STATE')!;
    expect(phone.label).toEqual({ en: 'read phone status and identity', zh: '读取手机状态和身份' });
    expect(phone.forms?.zh).toContain('读取设备状态和身份');
    // Old AOSP strings put spaces around Latin words; the forms do not.
    expect(byId.get('android.permission.MOUNT_UNMOUNT_FILESYSTEMS')!.forms?.zh).toContain('访问SD卡文件系统');
    // A label two permissions share goes to the one it usually means.
    expect(byId.get('android.permission.KILL_BACKGROUND_PROCESSES')!.forms?.zh).toContain('结束后台进程');
    expect(byId.get('android.permission.RESTART_PACKAGES')!.forms?.zh ?? []).not.toContain('结束后台进程');
  });

  test('vendor push permissions of the Chinese phone makers', () => {
    for (const id of [
      'com.huawei.appmarket.service.commondata.permission.GET_COMMON_DATA',
      'com.hihonor.android.launcher.permission.CHANGE_BADGE',
      'com.heytap.mcs.permission.RECIEVE_MCS_MESSAGE',
      'com.coloros.mcs.permission.RECIEVE_MCS_MESSAGE',
      'com.vivo.notification.permission.BADGE_ICON',
      'com.meizu.flyme.push.permission.RECEIVE',
    ]) {
      expect(byId.get(id)?.protectionLevel).toBe('vendor');
    }
    expect(byId.get('app.permission.MIPUSH_RECEIVE')?.protectionLevel).toBe('app');
    // Not a phone maker: Samsung badges and Google are left out.
    expect(byId.has('com.sec.android.provider.badge.permission.READ')).toBe(false);
  });

  test('iOS usage keys and notifications, with names in both languages', () => {
    for (const id of ['NSCameraUsageDescription', 'NSUserTrackingUsageDescription', 'NSLocationAlwaysAndWhenInUseUsageDescription', 'NFCReaderUsageDescription', 'ios.notifications']) {
      expect(byId.get(id)?.platform).toBe('ios');
      expect(byId.get(id)?.label.zh).toBeTruthy();
    }
    // Booleans and URLs are not permissions.
    expect(byId.has('NSLocationDefaultAccuracyReduced')).toBe(false);
    expect(byId.has('NSSensorKitPrivacyPolicyURL')).toBe(false);
  });

  test('every form names its own permission and no other', () => {
    const set = loadLexicons();
    const matcher = set.matcher('permissions');
    const clashes: string[] = [];
    for (const e of set.entries.permissions.values()) {
      for (const form of [...(e.forms?.en ?? []), ...(e.forms?.zh ?? [])]) {
        const text = form.normalize('NFKC');
        const m = matcher.match(makeTokenView(text, null));
        if (m.length !== 1 || m[0]!.id !== e.id || m[0]!.start !== 0 || m[0]!.end !== text.length) clashes.push(`${e.id}: ${form} -> ${m.map((x) => x.id).join(',')}`);
      }
    }
    expect(clashes).toEqual([]);
  });

  test('short labels of permissions no app holds are labels, not forms (复制内容 is an everyday phrase)', () => {
    const copy = byId.get('android.permission.COPY_PROTECTED_DATA')!;
    expect(copy.label.zh).toBe('复制内容');
    expect(copy.forms?.zh ?? []).not.toContain('复制内容');
    const everyday = android.entries.filter((e) => ['signature', 'internal'].includes(e.protectionLevel ?? '') && (e.forms?.zh ?? []).some((f) => /^[\u3400-\u9fff]{1,4}$/.test(f) && !(PHRASED.has(e.id))));
    expect(everyday.map((e) => e.id)).toEqual([]);
  });

  test('the phrasings policies use are forms', () => {
    const set = loadLexicons();
    const matcher = set.matcher('permissions');
    const idOf = (s: string): string | undefined => matcher.match(makeTokenView(s, null))[0]?.id;
    expect(idOf('读取手机短信')).toBe('android.permission.READ_SMS');
    expect(idOf('调用摄像头')).toBe('android.permission.CAMERA');
    expect(idOf('获取应用列表')).toBe('android.permission.QUERY_ALL_PACKAGES');
    expect(idOf('开机启动')).toBe('android.permission.RECEIVE_BOOT_COMPLETED');
    expect(idOf('Read mobile phone text messages')).toBe('android.permission.READ_SMS');
    expect(idOf('Call the camera')).toBe('android.permission.CAMERA');
    expect(idOf('memory card')).toBe('android.permission.READ_EXTERNAL_STORAGE');
    expect(idOf('麦克风权限')).toBe('android.permission.RECORD_AUDIO');
    expect(idOf('通讯录权限')).toBe('android.permission.READ_CONTACTS');
    expect(idOf('READ_SMS')).toBe('android.permission.READ_SMS');
    expect(idOf('App Tracking Transparency')).toBe('NSUserTrackingUsageDescription');
  });
});
