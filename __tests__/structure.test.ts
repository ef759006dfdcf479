import { readFileSync } from 'node:fs';
import { extractPolicy } from '../src/index.js';
import { normalize } from '../src/ingest/normalize.js';
import { parseListItem, splitEnumeration } from '../src/structure/lists.js';
import { FieldLabels, parseFieldsOfLine, parseRecords } from '../src/structure/records.js';
import { cellsOf, isLinkLine, parseCellPerLineTables, parseDelimitedTables, parseNumberedRows, splitTwoColumns, type DelimitedLine } from '../src/structure/tables.js';

const corpus = (f: string): string => readFileSync(new URL(`../corpus/${f}`, import.meta.url), 'utf8');
/** Non-blank lines, normalised as the document sees them. */
const linesOf = (text: string): string[] => normalize(text).text.split('\n').map((l) => l.trim()).filter((l) => l);
const at = (s: string, span: { start: number; end: number } | undefined): string | undefined => (span ? s.slice(span.start, span.end) : undefined);

describe('parseListItem', () => {
  it('reads a numbered `name: description` item', () => {
    const line = normalize('1.广点通SDK：手机/电话权限、定位权限').text;
    const item = parseListItem(line)!;
    expect(item.number).toBe(1);
    expect(at(line, item.head)).toBe('广点通SDK');
    expect(at(line, item.body)).toBe('手机/电话权限、定位权限');
  });

  it('knows parenthesised, circled and Chinese-numeral markers', () => {
    expect(parseListItem(normalize('（3）小米推送SDK：为了推送').text)!.number).toBe(3);
    expect(parseListItem(normalize('①.SDK名称:个推SDK').text)!.number).toBe(1);
    expect(parseListItem('三、我们如何共享')!.number).toBe(3);
    const noColon = normalize('（1）.友盟SDK 通过获取IMEI,MAC地址').text;
    const item = parseListItem(noColon)!;
    expect(item.head).toBeUndefined();
    expect(noColon.slice(item.textStart)).toMatch(/^友盟SDK/);
  });

  it('is not fooled by a link or a late colon', () => {
    const url = parseListItem('2. https://example.com/privacy')!;
    expect(url.head).toBeUndefined();
    const late = parseListItem('4. We use these services, for example: analytics')!;
    expect(late.head).toBeUndefined();
    expect(parseListItem('Plain sentence: not a list')).toBeNull();
    expect(parseListItem('2.3.1 SDK name')).toBeNull();
  });
});

describe('splitEnumeration', () => {
  it('splits names on 、 and "and" but keeps brackets and company names whole', () => {
    const t = '微信、支付宝SDK';
    expect(splitEnumeration(t, 0, t.length, false).map((s) => at(t, s))).toEqual(['微信', '支付宝SDK']);
    const b = '卓信ID SDK(包括A、B)、OAID SDK';
    expect(splitEnumeration(b, 0, b.length, false).map((s) => at(b, s))).toEqual(['卓信ID SDK(包括A、B)', 'OAID SDK']);
    const c = '深圳市和讯华谷信息技术有限公司';
    expect(splitEnumeration(c, 0, c.length, false)).toHaveLength(1);
    const e = 'TopOn aggregation, com.tramini.plugin';
    expect(splitEnumeration(e, 0, e.length, false)).toHaveLength(1);
    const w = 'WebRatc SDK和AFNetworking';
    expect(splitEnumeration(w, 0, w.length, false).map((s) => at(w, s))).toEqual(['WebRatc SDK', 'AFNetworking']);
  });

  it('splits data lists on commas and conjunctions too', () => {
    const t = 'Android id,IMEI和IMSI,设备标识符';
    expect(splitEnumeration(t).map((s) => at(t, s))).toEqual(['Android id', 'IMEI', 'IMSI', '设备标识符']);
  });
});

type K = 'name' | 'function' | 'data' | 'scope' | 'purpose' | 'url' | 'vendor';
const labels = new FieldLabels<K>([
  { key: 'name', forms: ['SDK名称', 'SDK name'] },
  { key: 'function', forms: ['功能', 'Function'] },
  { key: 'data', forms: ['收集个人信息类型', 'Type of personal information collected', 'Type of personal information collection', '涉及个人信息类型', '数据类型'] },
  { key: 'scope', forms: ['使用范围', 'Scope of use'] },
  { key: 'purpose', forms: ['使用目的', 'Purpose', 'Purpose of use'] },
  { key: 'url', forms: ['隐私政策链接', 'Privacy Policy Link', '官网链接'] },
  { key: 'vendor', forms: ['第三方主体', '提供方'] },
]);

describe('parseRecords', () => {
  it("reads Kaiconn's Chinese and English SDK records, one per SDK", () => {
    const lines = linesOf(corpus('kaiconn.zh-en.txt'));
    const records = parseRecords(lines, { labels, openers: ['name'] });
    expect(records).toHaveLength(10);
    const names = records.map((r) => r.fields.find((f) => f.key === 'name')).map((f) => lines[f!.line]!.slice(f!.valueStart, f!.valueEnd));
    expect(names).toEqual(['个推SDK', '微信SDK', '高德地图SDK', '腾讯SDK Bugly', '友盟统计SDK(com.umeng)', 'igexin SDK', 'WeChat SDK', 'Amap SDK', 'Tencent SDK Bugly', 'Youmeng SDK (com. umeng)']);
    const getui = records[0]!;
    expect(getui.fields.map((f) => f.key)).toEqual(['name', 'function', 'data', 'scope', 'purpose', 'url']);
    const data = getui.fields.find((f) => f.key === 'data')!;
    expect(lines[data.line]!.slice(data.valueStart, data.valueEnd)).toBe('设备标识符,位置信息,MAC地址,SD卡储存权限');
  });

  it('opens a record at a title line, at a repeated key, and splits fields sharing a line', () => {
    const lines = ['小米推送SDK', '第三方主体:北京小米移动软件有限公司', '使用目的:推送消息', '数据类型:设备标识信息', 'OPPO推送SDK', '提供方:广东欢太科技有限公司;使用目的:推送消息;官网链接:https://open.oppomobile.com', '使用目的:again', '官网链接:https://x.example'];
    const records = parseRecords(lines, { labels, openers: ['name'] });
    expect(records.map((r) => (r.title ? lines[r.title.line]!.slice(r.title.start, r.title.end) : null))).toEqual(['小米推送SDK', 'OPPO推送SDK', null]);
    expect(records[1]!.fields.map((f) => f.key)).toEqual(['vendor', 'purpose', 'url']);
    const vendor = records[1]!.fields[0]!;
    expect(lines[5]!.slice(vendor.valueStart, vendor.valueEnd)).toBe('广东欢太科技有限公司');
  });

  it('keeps a record open over a wrapped line, closes it at text followed by no new field', () => {
    const lines = ['SDK名称:个推SDK', '功能:信息推送', '用于推送,包括通知,消息等。', '隐私政策链接:https://getui.com/privacy', 'Closing prose, which runs on, is a sentence and no title.', '功能:stray'];
    const records = parseRecords(lines, { labels, openers: ['name'] });
    expect(records).toHaveLength(1);
    expect(records[0]!.fields.map((f) => f.key)).toEqual(['name', 'function', 'url']);
  });

  it('leaves sentences and unknown labels alone', () => {
    expect(parseFieldsOfLine('Note: this is not a field', 0, labels)).toEqual([]);
    expect(parseRecords(['我们会收集以下信息,包括:设备信息', '使用目的:改进服务'], { labels, openers: ['name'] })).toEqual([]);
  });
});

describe('parseDelimitedTables', () => {
  it("reads Cococam's tab table: continuation rows, repeated header, swapped row kept as written", () => {
    const raw = corpus('cococam.en.txt').split('\n').slice(113, 122);
    const lines: DelimitedLine[] = raw.map((l) => {
      const text = l.replace(/\s+$/, '');
      const separators: number[] = [];
      for (let i = 0; i < l.length; i++) if (l[i] === '\t') separators.push(Math.min(i, text.length));
      return { text, separators };
    });
    const kinds: Record<string, string> = { 'Function Modules and Services': 'function', Services: 'function', 'Third-party Name': 'name', 'Details of Personal Information Collection': 'data', Collection: 'data', 'Privacy Policy Address': 'url' };
    const tables = parseDelimitedTables(lines, (c) => kinds[c] ?? null);
    expect(tables).toHaveLength(1);
    const cell = (r: number, c: number): string[] => tables[0]!.rows[r]!.cells[c]!.map((ref) => lines[ref.line]!.text.slice(ref.start, ref.end));
    expect(tables[0]!.columns).toEqual(['function', 'name', 'data', 'url']);
    expect(cell(0, 1)).toEqual(['Facebook third-party Account Login']);
    expect(cell(1, 0)).toEqual(['Push the', 'Notification Function']);
    expect(cell(2, 1)).toEqual(['Tutk']);
    expect(cell(3, 0)).toEqual(['Paypal SDK']);
    expect(cell(3, 3)).toEqual(['https://developer.paypal.com/docs/policiesAndGuidelines/']);
  });

  it('cuts cells at separators, trimming each', () => {
    expect(cellsOf({ text: 'a \t b\t', separators: [2, 5] }, 0)).toEqual([
      { line: 0, start: 0, end: 1 },
      { line: 0, start: 4, end: 5 },
      { line: 0, start: 6, end: 6 },
    ]);
  });
});

describe('parseCellPerLineTables', () => {
  const header = ['第三方公司名称', '产品/服务', '涉及个人信息', '使用场景', '使用目的', '共享方式', '第三方链接'];
  const kinds: Record<string, string> = { 第三方公司名称: 'vendor', '产品/服务': 'name', 涉及个人信息: 'data', 使用场景: 'scenario', 使用目的: 'purpose', 共享方式: 'method', 第三方链接: 'url' };
  const classify = (c: string): string | null => kinds[c] ?? null;

  it('anchors rows on the link column, so wrapped cells and double links do not shift rows', () => {
    const lines = [
      ...header,
      '深圳市和讯华谷信息技术有限公司', 'JPUSH', 'IMEI、IDFA、Android ID', '在推送消息时使用', '推送消息', 'SDK本机采集', 'https://www.jiguang.cn/en/license/privacy',
      '北京瓦力网络科技有限公司', '小米SDK', '个人常用设备信息(包括硬件序列号', '设备MAC地址)', '小米渠道提供账号登录时使用', '提供账号登录', 'SDK本机采集', 'https://privacy.mi.com/a/', 'https://privacy.mi.com/b/',
      '3.1.6如果您是通过游戏联运渠道下载',
    ];
    const tables = parseCellPerLineTables(lines, classify, { linkColumn: 'url', wideColumn: 'data', isBoundary: (l) => /^\d+\.\d/.test(l) });
    expect(tables).toHaveLength(1);
    const rows = tables[0]!.rows;
    expect(rows).toHaveLength(2);
    const col = (r: number, name: string): string[] => rows[r]!.cells[header.indexOf(name)]!.map((c) => lines[c.line]!.slice(c.start, c.end));
    expect(col(0, '产品/服务')).toEqual(['JPUSH']);
    expect(col(1, '产品/服务')).toEqual(['小米SDK']);
    expect(col(1, '涉及个人信息')).toEqual(['个人常用设备信息(包括硬件序列号', '设备MAC地址)']);
    expect(col(1, '使用目的')).toEqual(['提供账号登录']);
    expect(col(1, '第三方链接')).toHaveLength(2);
  });

  it('needs a header of at least three known cells', () => {
    expect(parseCellPerLineTables(['产品/服务', '使用目的', 'JPUSH', '推送'], classify)).toEqual([]);
    expect(isLinkLine('官网链接:https://www.mob.com')).toBe(true);
    expect(isLinkLine('see https://www.mob.com for more')).toBe(false);
  });
});

describe('numbered two-column rows', () => {
  const lines = linesOf(corpus('jooan.en.txt'));
  const headerAt = lines.indexOf('serial number Android version iOS version');

  it('reads Jooan\'s 22 numbered rows', () => {
    const rows = parseNumberedRows(lines, headerAt + 1);
    expect(rows.map((r) => r.number)).toEqual([...Array(22).keys()].map((k) => k + 1));
  });

  it('splits a row written twice in the middle, otherwise at the first candidate outside brackets', () => {
    const twice = '2 Tencent Bugly Tencent Bugly';
    expect(twice.slice(splitTwoColumns(twice, 2, twice.length, []))).toBe('Tencent Bugly');
    const row = '8 Tencent Youlianghui (Guangdiantong) com.mbridge.m';
    const inside = row.indexOf('Guangdiantong');
    const second = row.indexOf('com.mbridge.m');
    expect(splitTwoColumns(row, 2, row.length, [inside, second])).toBe(second);
    expect(splitTwoColumns('15 Alipay (Alipay Security) SDK', 3, 31, [11])).toBe(-1);
  });
});

describe('markdown pipe tables', () => {
  const text = [
    '第三方SDK列表',
    '| SDK名称 | 使用目的 | 收集的个人信息 | 隐私政策链接 |',
    '| --- | --- | --- | --- |',
    '| 友盟SDK | 统计分析 | 设备信息（IMEI、Android ID） | https://www.umeng.com/page/policy |',
    '| 甲乙支付SDK | 支付 | 订单信息 | https://pay.example.com/privacy |',
    '',
    '权限列表',
    '| 权限名称 | 使用目的 | 是否可关闭 |',
    '| :--- | :---: | ---: |',
    '| 相机 | 扫描二维码 | 是 |',
    '| 麦克风 | 语音输入 | 是 |',
  ].join('\n');
  const r = extractPolicy(text);
  it('reads an SDK table row by row, its header naming the columns', () => {
    expect(r.sdks.map((s) => [s.id, s.dataTypes, s.purposes, s.privacyUrl])).toEqual([
      ['umeng', ['device.android_id', 'device.general', 'device.imei'], ['统计分析'], 'https://www.umeng.com/page/policy'],
      ['甲乙支付', ['financial.transaction'], ['支付'], 'https://pay.example.com/privacy'],
    ]);
  });

  it('reads a permission table, each purpose its own cell, the header rule no row', () => {
    expect(r.permissions.map((p) => [p.id, p.purposes])).toEqual([
      ['android.permission.CAMERA', ['扫描二维码']],
      ['android.permission.RECORD_AUDIO', ['语音输入']],
    ]);
    expect(r.unresolvedPermissions).toEqual([]);
  });
});
