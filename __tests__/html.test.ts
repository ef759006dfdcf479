import { readFileSync } from 'node:fs';
import { createExtractor, extractPolicy } from '../src/index.js';
import { htmlToText, looksLikeHtml } from '../src/ingest/html.js';
import { checkInvariants } from './helpers/invariants.js';
import { toHtml, visibleText } from './helpers/to-html.js';
import type { PolicyExtraction } from '../src/types.js';

const corpus = (name: string): string => readFileSync(new URL(`../corpus/${name}`, import.meta.url), 'utf8');
const extractor = createExtractor();

/** Every evidence span of the list fields that name taxonomy ids, in result order. */
function idEvidence(r: PolicyExtraction): { id: string; start: number; end: number }[] {
  const out: { id: string; start: number; end: number }[] = [];
  for (const field of [r.dataTypes, r.sdks, r.permissions, r.rights] as { id: string; evidence: { start: number; end: number }[] }[][]) {
    for (const item of field) for (const e of item.evidence) out.push({ id: item.id, start: e.start, end: e.end });
  }
  return out;
}

describe('htmlToText', () => {
  it('turns blocks and <br> into lines, table rows into tab-joined lines, and drops script and style', () => {
    const html = '<html><head><style>p{}</style><script>var imei = 1;</script></head><body><h1>隐私政策</h1>'
      + '<p>We collect\n  <b>IMEI</b> and MAC</p>a<br>b<br/>c'
      + '<table><tr><th>SDK名称</th><th>功能</th></tr><tr><td>友盟<p>统计</p></td><td>统计<br>分析</td></tr></table>end</body></html>';
    const { text } = htmlToText(html);
    expect(text.split('\n')).toEqual(['隐私政策', 'We collect IMEI and MAC', 'a', 'b', 'c', 'SDK名称\t功能', '友盟 统计 \t统计 分析', 'end', '']);
  });

  it('maps each character to its source, and a decoded entity to the whole entity', () => {
    const html = '<p>A&amp;B&nbsp;C &#x1F600; &lt;x&gt;</p>';
    const src = htmlToText(html);
    expect(src.text).toBe('A&B\u00a0C \u{1F600} <x>\n');
    const spanOf = (i: number): string => html.slice(src.srcStart[i], src.srcEnd[i]);
    expect(spanOf(0)).toBe('A');
    expect(spanOf(1)).toBe('&amp;');
    expect(spanOf(3)).toBe('&nbsp;');
    expect(spanOf(6)).toBe('&#x1F600;');
    expect(spanOf(7)).toBe('&#x1F600;');
    expect(spanOf(9)).toBe('&lt;');
  });

  it('keeps line breaks inside <pre>', () => {
    expect(htmlToText('<pre>line 1\r\nline 2\n  x</pre>').text).toBe('line 1\nline 2\n  x\n');
  });

  it('survives broken markup', () => {
    for (const html of ['<p', '<<<>>>', '<p><div></p></div></span>', '<table><td>a<td>b<tr>c', '&', '&#xFFFFFFFF;', '<!--', '<script>', '</p>x']) {
      expect(() => htmlToText(html)).not.toThrow();
    }
    expect(htmlToText('<table><td>a<td>b<tr><td>c').text).toBe('a\tb\nc\n');
  });
});

describe('looksLikeHtml', () => {
  it('recognises documents and fragments that open with markup', () => {
    expect(looksLikeHtml('<!DOCTYPE html><html></html>')).toBe(true);
    expect(looksLikeHtml('\uFEFF\n  <html lang="en">')).toBe(true);
    expect(looksLikeHtml('<p>We collect</p>')).toBe(true);
    expect(looksLikeHtml('<div class="x">')).toBe(true);
  });

  it('leaves plain text that merely contains angle brackets alone', () => {
    expect(looksLikeHtml('Privacy Policy\nUse <br> tags in HTML.')).toBe(false);
    expect(looksLikeHtml('<Privacy Policy>\nWe collect')).toBe(false);
    expect(looksLikeHtml('<pre-release> notes')).toBe(false);
  });
});

describe('extractPolicy on HTML', () => {
  const html = '<!doctype html><html><body><h2>1. Information we collect</h2><p>We collect your&nbsp;IMEI and <b>IP address</b>.</p>'
    + '<script>var s = "MAC address";</script><p>AT&amp;T email</p></body></html>';

  it('extracts from the visible text with evidence pointing into the HTML', () => {
    const r = extractPolicy(html);
    const imei = r.dataTypes.find((d) => d.id === 'device.imei');
    expect(imei).toBeDefined();
    expect(html.slice(imei!.evidence[0]!.start, imei!.evidence[0]!.end)).toBe('IMEI');
    expect(r.dataTypes.some((d) => d.id === 'device.mac')).toBe(false); // only inside <script>
    expect(r.paragraphs.map((p) => visibleText(html.slice(p.start, p.end)))).toEqual(['1. Information we collect', 'We collect your IMEI and IP address.', 'AT&T email']);
    expect(r.sections[0]?.heading).toBe('Information we collect');
    expect(checkInvariants(html, r, extractor.lexicons, { html: true })).toEqual([]);
  });

  it("format 'text' turns detection off and format 'html' forces it", () => {
    const asText = extractPolicy(html, { format: 'text' });
    expect(asText.dataTypes.some((d) => d.id === 'device.mac')).toBe(true);
    const fragment = 'We collect your <b>IMEI</b>.';
    expect(looksLikeHtml(fragment)).toBe(false);
    const forced = extractPolicy(fragment, { format: 'html' });
    expect(forced.paragraphs).toHaveLength(1);
    expect(forced.dataTypes[0]?.evidence[0]).toMatchObject({ start: fragment.indexOf('IMEI'), end: fragment.indexOf('IMEI') + 4 });
  });

  it('rejects an unknown format', () => {
    expect(() => extractPolicy('x', { format: 'pdf' as never })).toThrow(TypeError);
  });

  it('kaiconn wrapped in page markup still yields its data types', () => {
    const r = extractor.extract(toHtml(corpus('kaiconn.zh-en.txt')));
    expect(r.dataTypes.map((d) => d.id)).toEqual(expect.arrayContaining(['device.imei', 'device.mac']));
  });

  it.each(['kaiconn.zh-en.txt', 'cococam.en.txt', 'jooan.en.txt', 'zosi.en.txt', 'jeejio.en.txt'])(
    '%s wrapped in page markup: all its text and only it, the findings of that text, evidence into the HTML',
    (name) => {
      const text = corpus(name);
      const page = toHtml(text);
      const rendered = htmlToText(page).text;
      // Nothing lost, nothing added (script and style dropped), entities decoded.
      const squeeze = (s: string): string => s.replace(/[\s\u00a0]+/g, '');
      expect(squeeze(rendered)).toBe(squeeze(text));
      const fromText = extractor.extract(rendered, { format: 'text' });
      const fromHtml = extractor.extract(page);
      expect(checkInvariants(page, fromHtml, extractor.lexicons, { html: true })).toEqual([]);
      const a = idEvidence(fromText);
      const b = idEvidence(fromHtml);
      expect(b.map((e) => e.id)).toEqual(a.map((e) => e.id));
      expect(b.length).toBeGreaterThan(10);
      let exact = 0;
      b.forEach((e, i) => {
        const mention = rendered.slice(a[i]!.start, a[i]!.end);
        const slice = page.slice(e.start, e.end);
        if (slice === mention) exact++;
        // Markup or an entity inside the span: its visible text is still the mention.
        else expect(visibleText(slice).normalize('NFKC')).toBe(mention.replace(/\s+/g, ' ').normalize('NFKC'));
      });
      // Most mentions have no markup inside (the wrapper puts &nbsp; or <b> into some lines).
      expect(exact / b.length).toBeGreaterThan(0.8);
      // The SDK tables become rows: as many tab-separated lines as the text has.
      const rows = rendered.split('\n').filter((l) => l.includes('\t')).length;
      expect(rows).toBe(text.split(/\r?\n/).filter((l) => l.includes('\t') && l.trim()).length);
    },
  );

  it('an SDK table in HTML gives the SDKs of the same table as tab-separated text', () => {
    const text = corpus('cococam.en.txt');
    const sdkIds = (r: PolicyExtraction) => r.sdks.map((s) => s.id).sort();
    expect(sdkIds(extractor.extract(toHtml(text)))).toEqual(sdkIds(extractor.extract(text)));
  });
});
