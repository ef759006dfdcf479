/**
 * diffPolicies and `policylens diff` on two versions of one real policy: CamScanner's, and an
 * edited copy that adds an SDK and a data type and takes the account-deletion right away.
 */
import { readFileSync } from 'node:fs';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { diffPolicies, extractPolicy, type PolicyDiff } from '../src/index.js';
import { before, edited } from './helpers/versions.js';
import { runCommand } from './helpers/cli.js';

const after = edited();
const keys = (d: PolicyDiff) => d.changes.map((c) => `${c.change} ${c.kind} ${c.subject}`);

describe('diffPolicies', () => {
  const d = diffPolicies(before, after);

  test('the new SDK and data type are widening additions, with evidence in the new version', () => {
    expect(keys(d)).toEqual(expect.arrayContaining(['added sdk jpush', 'added dataType biometric.fingerprint']));
    for (const c of d.changes.filter((x) => x.change === 'added')) {
      expect(c.widens).toBe(true);
      expect(c.refs).toContain('PIPL art. 14');
      expect(c.evidence.before).toEqual([]);
      expect(c.evidence.after.length).toBeGreaterThan(0);
    }
    const sdk = d.changes.find((c) => c.subject === 'jpush')!;
    expect(after.slice(sdk.evidence.after[0].start, sdk.evidence.after[0].end)).toMatch(/极光推送/);
    expect(d.widens).toBe(true);
  });

  test('the removed right is a change with the old version\'s evidence, and does not widen', () => {
    const c = d.changes.find((x) => x.kind === 'right' && x.subject === 'right.account_deletion');
    expect(c).toBeDefined();
    expect(c!.change).toBe('removed');
    expect(c!.widens).toBe(false);
    expect(c!.evidence.after).toEqual([]);
    expect(before.slice(c!.evidence.before[0].start, c!.evidence.before[0].end).length).toBeGreaterThan(0);
    expect(c!.message.zh).toMatch(/删除/);
  });

  test('identical versions give no change; results are accepted as well as texts', () => {
    expect(diffPolicies(before, before)).toEqual({ changes: [], widens: false });
    expect(keys(diffPolicies(extractPolicy(before), extractPolicy(after)))).toEqual(keys(d));
    expect(() => diffPolicies(before, 42 as never)).toThrow(/after is neither/);
  });

  test('dates, deadlines, storage abroad and permission purposes are compared field by field', () => {
    const a = '隐私政策\n更新日期：2023年1月1日\n一、存储\n您的个人信息存储在中国境内。\n二、您的权利\n我们将在15个工作日内答复您的请求。\n三、权限\n相机权限：用于扫描二维码。';
    const b = '隐私政策\n更新日期：2024年3月1日\n一、存储\n您的个人信息存储在中国境内，并可能传输至新加坡的服务器进行存储。\n二、您的权利\n我们将在30日内答复您的请求。\n三、权限\n相机权限：用于扫描二维码和拍摄头像。';
    const x = diffPolicies(a, b);
    const byKind = (k: string) => x.changes.filter((c) => c.kind === k);
    expect(byKind('date').map((c) => [c.subject, c.before, c.after])).toEqual([['updated', '2023-01-01', '2024-03-01']]);
    expect(byKind('deadline')[0]).toMatchObject({ change: 'changed', before: '15 working_day', after: '30 day', widens: false });
    expect(byKind('storageLocation').map((c) => [c.subject, c.widens])).toEqual([['SG', true]]);
    expect(byKind('permissionPurpose')[0]).toMatchObject({ subject: 'android.permission.CAMERA', widens: true });
  });
});

describe('policylens diff (CLI)', () => {
  const run = (argv: string[]) => runCommand(['diff', ...argv]);
  const dir = mkdtempSync(join(tmpdir(), 'policylens-diff-'));
  const newFile = join(dir, 'camscanner-new.txt');
  writeFileSync(newFile, after);

  test('one line per change, widening ones marked; --fail-on-widen sets the exit code', async () => {
    const r = await run(['corpus-dev/camscanner.zh.txt', newFile]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^corpus-dev\/camscanner\.zh\.txt -> .*: 3 changes, 2 widening\n/);
    expect(r.out).toMatch(/^\+ sdk jpush {2}\[widens\]$/m);
    expect(r.out).toMatch(/^- right right\.account_deletion$/m);
    expect((await run(['--fail-on-widen', 'corpus-dev/camscanner.zh.txt', newFile])).code).toBe(1);
    expect((await run(['--fail-on-widen', 'corpus-dev/camscanner.zh.txt', 'corpus-dev/camscanner.zh.txt'])).code).toBe(0);
  });

  test('--json gives the changes; a missing file exits 1, a wrong call 2', async () => {
    const r = await run(['--json', 'corpus-dev/camscanner.zh.txt', newFile]);
    const out = JSON.parse(r.out) as PolicyDiff & { before: string };
    expect(out.before).toBe('corpus-dev/camscanner.zh.txt');
    expect(out.changes.length).toBe(3);
    expect((await run(['corpus-dev/camscanner.zh.txt', 'no-such-file.txt'])).code).toBe(1);
    const bad = await run(['only-one.txt']);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/expects two files/);
  });
});

describe('the Chinese and English halves of Kaiconn', () => {
  it('give the same ids: only the language changes, and what the translation really leaves out', () => {
    const text = readFileSync(new URL('../corpus/kaiconn.zh-en.txt', import.meta.url), 'utf8');
    const whole = extractPolicy(text);
    const half = (lang: string) => whole.paragraphs.filter((p) => p.lang === lang).map((p) => text.slice(p.start, p.end)).join('\n');
    const { changes } = diffPolicies(half('zh'), half('en'));
    const seen = changes.map((c) => `${c.kind} ${c.change} ${c.subject}`);
    // The English record of Umeng lists "device serial number, geographic location" without the
    // Chinese one's SSID、BSSID: a difference of the two texts, not of the reading.
    expect(seen).toEqual(['language changed language', 'sdkDataType removed umeng/network.wifi']);
    expect(changes[0]).toMatchObject({ before: 'zh', after: 'en', widens: false });
  });
});
