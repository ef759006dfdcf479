import { normalize, toOriginalSpan } from '../src/ingest/normalize.js';
import { splitParagraphs } from '../src/ingest/paragraphs.js';
import { extractPolicy } from '../src/index.js';
import { loadLexicons } from '../src/lexicon/load.js';
import { checkInvariants } from './helpers/invariants.js';

describe('normalize', () => {
  it('folds full-width punctuation and keeps offsets into the original', () => {
    const input = '\uFEFF收集（IMEI）：\r\n设备\u200B标识符';
    const norm = normalize(input);
    expect(norm.text).toBe('收集(IMEI):\n设备标识符');
    const at = norm.text.indexOf('IMEI');
    const [s, e] = toOriginalSpan(norm, at, at + 4);
    expect(input.slice(s, e)).toBe('IMEI');
    const z = norm.text.indexOf('设备标识符');
    const [zs, ze] = toOriginalSpan(norm, z, z + 5);
    expect(input.slice(zs, ze)).toBe('设备\u200B标识符');
  });

  it('replaces lone surrogates and control characters without moving offsets', () => {
    const input = 'a\uD800b\u0000c\u0007d';
    const norm = normalize(input);
    expect(norm.text).toBe('a b c d');
    expect(norm.map.start(6)).toBe(6);
  });
});

describe('splitParagraphs', () => {
  it('skips blank lines and strips pasted Wingdings bullets', () => {
    const text = 'l Contact us\n\n   \n• item';
    const paras = splitParagraphs(normalize(text).text);
    expect(paras.map((p) => normalize(text).text.slice(p.start, p.end))).toEqual(['Contact us', 'item']);
  });
});

describe('the compact offset map', () => {
  it('gives every character its original start and end, across anchors, escapes and expansions', () => {
    // 200 characters of plain text, a long run of dropped characters (a step over 255),
    // surrogate pairs, \r\n, an NFKC expansion (…) and full-width letters.
    const input = `${'a'.repeat(70)}${'\u200B'.repeat(300)}b😀c\r\nd…e${'ｘ'.repeat(130)}end`;
    const norm = normalize(input);
    const expected: [number, number][] = [];
    let o = 0;
    // Walk the input the way normalize does, to know where each output character came from.
    for (let i = 0; i < input.length; ) {
      const cp = input.codePointAt(i)!;
      const w = cp > 0xffff ? 2 : input.startsWith('\r\n', i) ? 2 : 1;
      const out = cp === 0x200b ? '' : cp === 0x0d ? '\n' : String.fromCodePoint(cp).normalize('NFKC');
      for (let k = 0; k < out.length; k++) expected.push([i, i + w]);
      i += w;
      o += out.length;
    }
    expect(norm.text.length).toBe(o);
    expected.forEach(([s, e], i) => {
      expect([norm.map.start(i), norm.map.end(i)]).toEqual([s, e]);
    });
    expect(norm.map.start(norm.text.length)).toBe(input.length);
    const at = norm.text.indexOf('end');
    expect(input.slice(...toOriginalSpan(norm, at, at + 3))).toBe('end');
  });
});

describe('Traditional Chinese', () => {
  const text = '隱私政策\n一、我們收集的個人資料\n我們會收集您的手機號碼和電子郵件地址。我們會申請相機權限、麥克風權限和通訊錄權限。\n二、您的權利\n您有權查閱、更正及刪除您的個人資料，也可以註銷帳號。\n我們接入了友盟SDK用於統計分析。';
  it('is read as Simplified, character for character, with evidence in the characters as written', () => {
    const r = extractPolicy(text);
    expect(r.dataTypes.map((d) => d.id)).toEqual(expect.arrayContaining(['contact.phone', 'contact.email']));
    expect(r.permissions.map((p) => p.id)).toEqual(['android.permission.CAMERA', 'android.permission.RECORD_AUDIO', 'android.permission.READ_CONTACTS']);
    expect(r.rights.map((x) => x.id)).toEqual(['right.access', 'right.correction', 'right.deletion', 'right.account_deletion']);
    expect(r.sections.map((s) => [s.category, s.heading])).toEqual([
      ['collection', '我們收集的個人資料'],
      ['rights', '您的權利'],
    ]);
    expect(r.permissions.map((p) => text.slice(p.evidence[0]!.start, p.evidence[0]!.end))).toEqual(['相機權限', '麥克風權限', '通訊錄權限']);
    expect(r.sdks.map((s) => [s.id, s.purposes])).toEqual([['umeng', ['用於統計分析']]]);
  });

  it('knows the Taiwan and Hong Kong words for common data (位置資訊, 裝置識別碼, IP位址, 簡訊, 相簿)', () => {
    const ids = extractPolicy('我們會收集您的位置資訊、裝置資訊（裝置識別碼、裝置型號）、IP位址和網路類型，以及您的簡訊內容與相簿。').dataTypes.map((d) => d.id);
    expect(ids).toEqual(['location.general', 'device.general', 'device.identifier', 'device.model', 'network.ip', 'network.type', 'communication.sms', 'media.photos']);
  });

  it('reads Taiwan and Hong Kong words as their mainland ones of equal length, in Traditional text only', () => {
    const tw = '我們會申請相機許可權與網路許可權，用於掃描裝置資訊；您可以在設定中存取您的儲存空間。';
    const r = extractPolicy(tw);
    expect(r.permissions.map((p) => p.id)).toEqual(['android.permission.CAMERA', 'android.permission.INTERNET', 'android.permission.READ_EXTERNAL_STORAGE', 'android.permission.WRITE_EXTERNAL_STORAGE']);
    // 許可權 reads as 权限 and a middle dot: the evidence of 相机权限 is the four characters it came from.
    expect(r.permissions.map((p) => tw.slice(p.evidence[0]!.start, p.evidence[0]!.end))).toEqual(['相機許可', '網路許可', '儲存空間', '儲存空間']);
    expect(normalize(tw).text.length).toBe(tw.length);
    // Simplified text keeps its own words: 资讯 (news) and 行动 (action) stay.
    expect(normalize('我们提供资讯服务并采取行动保护您的信息').text).toBe('我们提供资讯服务并采取行动保护您的信息');
  });

  it('keeps every visible character in a paragraph when a word ends a line', () => {
    const t = '我們會申請相機許可權\n我們會申請網路許可權。\n許可權\n設定許可權';
    expect(checkInvariants(t, extractPolicy(t), loadLexicons())).toEqual([]);
  });

  it('keeps characters Simplified text also writes (著作权, 乾坤) and every offset', () => {
    const norm = normalize('著作权归乾坤公司所有。關於我們之後');
    expect(norm.text).toBe('著作权归乾坤公司所有。关于我们之后');
    expect(norm.text.length).toBe('著作权归乾坤公司所有。關於我們之後'.length);
  });
});
