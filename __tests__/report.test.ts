/// <reference lib="dom" />
// (the page.evaluate callbacks below run in the browser)
/**
 * The HTML report: segmenting of overlapping spans (unit), the `report` command, and the page
 * itself in a real browser (Debian's chromium through playwright-core): every evidence entry
 * marked once with its exact text, rows that scroll to their mentions, filters, no console
 * errors, no request leaving the page, and how fast a 100 KB policy's page is ready.
 *
 * Without a browser the browser tests are skipped with a message, except in CI (env CI),
 * where a missing browser fails.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { runCommand } from './helpers/cli.js';
import { extractPolicy, renderReport } from '../src/index.js';
import { collectSpans, countEvidence, segmentText, type MarkSpan } from '../src/report/index.js';
import type { Evidence, PolicyExtraction } from '../src/types.js';
import { browserSuite, openPage, type OpenedPage } from './helpers/browser.js';

const out = mkdtempSync(join(tmpdir(), 'policylens-report-'));
const shots = join(out, 'screenshots');
mkdirSync(shots, { recursive: true });

/** Every evidence entry of a result, counted here on its own (not with the report's code). */
function allEvidence(r: PolicyExtraction): Evidence[] {
  return [
    r.meta,
    ...r.dataTypes,
    ...r.sdks,
    ...r.permissions,
    ...r.unresolvedPermissions,
    ...r.rights,
    ...r.deadlines,
    r.minors,
    r.contacts,
    ...r.retention,
    r.storage,
    ...r.sharing,
    ...(r.findings ?? []),
  ].flatMap((x) => x.evidence);
}

const span = (ev: number, start: number, end: number): MarkSpan => ({ ev, field: 'sdks', key: `sdks:${ev}`, id: `s${ev}`, label: `S${ev}`, start, end, sensitive: false });

describe('segmenting', () => {
  it('cuts at every boundary; the pieces of each span join to its text, nested outermost first', () => {
    const text = 'abcdefghij';
    const spans = [span(0, 1, 6), span(1, 3, 8), span(2, 3, 5), span(3, 7, 7), span(4, 0, 10)];
    const segs = segmentText(text.length, spans, [2]);
    expect(segs.map((s) => [s.start, s.end])).toEqual([[0, 1], [1, 2], [2, 3], [3, 5], [5, 6], [6, 7], [7, 8], [8, 10]]);
    expect(segs.find((s) => s.start === 3)!.spans).toEqual([4, 0, 1, 2]);
    for (const s of spans) {
      const joined = segs.filter((g) => g.spans.includes(s.ev)).map((g) => text.slice(g.start, g.end)).join('');
      expect(joined).toBe(text.slice(s.start, s.end));
    }
    // The pieces cover the text once, in order.
    expect(segs.map((g) => text.slice(g.start, g.end)).join('')).toBe(text);
  });

  it('escapes <, & and > in the text and in attributes, and marks every evidence entry', () => {
    const text = 'We collect your IMEI <b>&amp; phone number</b> & location > "here".\nContact: a&b@example.com';
    const r = extractPolicy(text, { format: 'text' });
    const html = renderReport(text, r, { title: 'A <b>"title"</b> & more' });
    expect(html).not.toContain('<b>');
    expect(html).toContain('&lt;b&gt;&amp;amp; ');
    expect(html).toContain('<title>A &lt;b&gt;"title"&lt;/b&gt; &amp; more · policylens report</title>');
    const evs = new Set([...html.matchAll(/data-ev="(\d+)"/g)].map((m) => m[1]));
    expect(evs.size).toBe(allEvidence(r).length);
    expect(countEvidence(r)).toBe(allEvidence(r).length);
    expect(collectSpans(text, r).length).toBe(allEvidence(r).length);
    // Deterministic: the same page every time.
    expect(renderReport(text, r, { title: 'A <b>"title"</b> & more' })).toBe(html);
  });

  it("shows SDK purposes and permission scenarios beside their data and purposes", () => {
    const text = '我们使用了友盟SDK，用于统计分析App的使用情况。当您使用扫码功能时，我们会申请相机权限，用于扫描二维码。';
    const html = renderReport(text, extractPolicy(text));
    expect(html).toContain('<th>purposes</th><th>privacy</th>');
    expect(html).toContain('<th>purposes</th><th>scenarios</th>');
    expect(html).toContain('用于统计分析App的使用情况');
    expect(html).toContain('当您使用扫码功能时');
  });

  it('renders an empty policy', () => {
    const html = renderReport('', extractPolicy(''));
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain('window.__policylensReady = true');
  });
});

const cli = (argv: string[], stdin?: string) => runCommand(argv, stdin === undefined ? {} : { stdin });

describe('policylens report', () => {
  it('writes the page to -o, or to stdout; bad input exits 1, bad usage 2', async () => {
    const file = join(out, 'zosi.html');
    const written = await cli(['report', 'corpus/zosi.en.txt', '-o', file]);
    expect(written).toMatchObject({ code: 0, out: '', err: '' });
    expect(readFileSync(file, 'utf8')).toMatch(/^<!DOCTYPE html>/);
    const piped = await cli(['report', '-', '--title', 'Piped'], 'We collect your IMEI.');
    expect(piped.code).toBe(0);
    expect(piped.out).toContain('<h1>Piped</h1>');
    expect((await cli(['report', 'corpus/nope.txt'])).code).toBe(1);
    expect((await cli(['report', 'corpus/zosi.en.txt', '-o', join(out, 'no', 'such', 'dir.html')])).code).toBe(1);
    expect((await cli(['report', 'corpus/zosi.en.txt', 'corpus/jooan.en.txt'])).code).toBe(2);
    expect((await cli(['report', '--nope', 'corpus/zosi.en.txt'])).code).toBe(2);
    expect((await cli(['report'])).code).toBe(2);
    const help = await cli(['report', '--help']);
    expect(help.out).toMatch(/^Usage: policylens report/);
    expect((await cli(['--help'])).out).toContain('policylens report');
  });

  it('reports HTML input on its visible text: the marks hold words, not markup', async () => {
    const page = '<!DOCTYPE html><html><head><title>x</title><style>p{color:red}</style></head><body><h1>Privacy Policy</h1><p>We use the <b>Umeng SDK</b> and collect your IMEI &amp; location.</p></body></html>';
    const { code, out: html } = await cli(['report', '-'], page);
    expect(code).toBe(0);
    const article = html.slice(html.indexOf('<article'), html.indexOf('</article>'));
    expect(article).not.toMatch(/&lt;|color:red/);
    expect(article).toContain('Umeng SDK</mark>');
    expect(article).toContain('IMEI</mark> &amp; location');
  });
});

const { executablePath, browserDescribe } = browserSuite('report');


browserDescribe('the report in a browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: executablePath! });
  });
  afterAll(async () => {
    await browser?.close();
  });

  const open = (name: string, html: string, viewport?: { width: number; height: number }): Promise<OpenedPage> => openPage(browser, out, name, html, viewport);

  /** ev → the text of its pieces joined, read from the page. */
  async function markTexts(page: Page): Promise<Record<string, string>> {
    return page.evaluate(() => {
      const texts: Record<string, string> = {};
      for (const m of Array.from(document.querySelectorAll('#text mark[data-ev]'))) {
        const ev = m.getAttribute('data-ev')!;
        texts[ev] = (texts[ev] ?? '') + m.textContent;
      }
      return texts;
    });
  }

  const policies: [string, string][] = [
    ['cococam', 'corpus/cococam.en.txt'],
    ['jeejio', 'corpus/jeejio.en.txt'],
    ['jooan', 'corpus/jooan.en.txt'],
    ['kaiconn', 'corpus/kaiconn.zh-en.txt'],
    ['zosi', 'corpus/zosi.en.txt'],
    ['yunshanfu', 'corpus-dev/yunshanfu.zh.txt'],
  ];

  it.each(policies)('%s: every evidence entry is one mark with its exact text; rows, filters and popups work', async (name, path) => {
    const text = readFileSync(path, 'utf8');
    const result = extractPolicy(text, { checks: true });
    const evidence = allEvidence(result);
    const { page, errors, requests } = await open(name, renderReport(text, result));
    try {
      const texts = await markTexts(page);
      expect(Object.keys(texts).length).toBe(evidence.length);
      const spans = collectSpans(text, result);
      // The report's spans are the result's evidence, one for one.
      const key = (e: { start: number; end: number }) => `${e.start}-${e.end}`;
      expect(spans.map(key).sort()).toEqual(evidence.map(key).sort());
      for (const s of spans) expect([s.ev, texts[String(s.ev)]]).toEqual([s.ev, text.slice(s.start, s.end)]);
      // The pane's text is the policy itself (the language tags are CSS, not text).
      expect(await page.evaluate(() => document.getElementById('text')!.textContent)).toBe(text);

      // A row: its first mention is scrolled into view, the next click steps on.
      const row = (await page.$('tr[data-k^="sdks:"]')) ?? (await page.$('tr[data-k]'));
      expect(row).not.toBeNull();
      const rowKey = (await row!.getAttribute('data-k'))!;
      const field = rowKey.split(':')[0]!;
      const mentions = spans.filter((s) => s.key === rowKey).length;
      await row!.click();
      const first = spans.find((s) => s.key === rowKey)!;
      const box = await page.locator(`#text mark[data-ev="${first.ev}"]`).first().boundingBox();
      expect(box).not.toBeNull();
      expect(box!.y).toBeGreaterThanOrEqual(0);
      expect(box!.y + box!.height).toBeLessThanOrEqual(800);
      expect(await row!.$eval('td.n', (td) => td.textContent)).toBe(`1 of ${mentions}`);
      await row!.click();
      expect(await row!.$eval('td.n', (td) => td.textContent)).toBe(`${Math.min(2, mentions)} of ${mentions}`);

      // A mark: its popup names the field, id and label.
      await page.locator(`#text mark[data-ev="${first.ev}"]`).first().click();
      const pop = await page.locator('#pop').innerText();
      expect(pop).toContain(first.id);

      // The filter: off hides the field's marks (no colour), on brings them back.
      const background = () => page.$eval(`#text mark[data-field="${field}"]`, (m) => getComputedStyle(m).backgroundColor);
      const shown = await background();
      expect(shown).not.toBe('rgba(0, 0, 0, 0)');
      await page.uncheck(`input[data-filter="${field}"]`);
      expect(await background()).toBe('rgba(0, 0, 0, 0)');
      await page.check(`input[data-filter="${field}"]`);
      expect(await background()).toBe(shown);

      // The search box finds words of the text.
      const word = text.slice(first.start, first.end);
      await page.fill('#q', word);
      await page.waitForFunction(() => /\d+ of \d+/.test(document.getElementById('hits')!.textContent ?? ''));

      await page.screenshot({ path: join(shots, `${name}.png`) });
      expect(errors).toEqual([]);
      expect(requests).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('lays out two panes at 1280 px and stacks them at 390 px', async () => {
    const text = readFileSync('corpus/kaiconn.zh-en.txt', 'utf8');
    const html = renderReport(text, extractPolicy(text, { checks: true }));
    const wide = await open('kaiconn-wide', html);
    const side = await wide.page.evaluate(() => [document.getElementById('text')!.getBoundingClientRect().right, document.getElementById('tables')!.getBoundingClientRect().left]);
    expect(side[1]).toBeGreaterThanOrEqual(side[0]! - 1);
    // The docs screenshot: only when asked for, or when it is missing, so a test run leaves the tree clean.
    const docsShot = join('docs', 'report.png');
    if (process.env.UPDATE_SCREENSHOT === '1' || !existsSync(docsShot)) {
      await wide.page.click('tr[data-k^="sdks:"]');
      await wide.page.screenshot({ path: docsShot });
    }
    await wide.page.close();
    const narrow = await open('kaiconn-narrow', html, { width: 390, height: 844 });
    const stacked = await narrow.page.evaluate(() => [document.getElementById('text')!.getBoundingClientRect().bottom, document.getElementById('tables')!.getBoundingClientRect().top]);
    expect(stacked[1]).toBeGreaterThanOrEqual(stacked[0]! - 1);
    expect(await narrow.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await narrow.page.screenshot({ path: join(shots, 'kaiconn-390.png') });
    // Print: one column, no controls.
    await narrow.page.emulateMedia({ media: 'print' });
    expect(await narrow.page.evaluate(() => [getComputedStyle(document.querySelector('main')!).display, getComputedStyle(document.querySelector('.bar')!).display])).toEqual(['block', 'none']);
    await narrow.page.close();
    expect([...wide.errors, ...narrow.errors]).toEqual([]);
  });

  it('a 100 KB policy: the report is under 2 MB and ready in under a second', async () => {
    const seeds = ['kaiconn.zh-en', 'jooan.en', 'jeejio.en', 'cococam.en', 'zosi.en'].map((n) => readFileSync(`corpus/${n}.txt`, 'utf8'));
    let text = seeds.join('\n\n');
    while (text.length < 100 * 1024) text += `\n\n${text}`;
    text = text.slice(0, 100 * 1024);
    const result = extractPolicy(text, { checks: true });
    const t0 = performance.now();
    const html = renderReport(text, result);
    const renderMs = performance.now() - t0;
    const bytes = Buffer.byteLength(html, 'utf8');
    const { page, errors, requests, readyMs, readyInPage } = await open('large', html);
    const marks = await page.evaluate(() => document.querySelectorAll('#text mark').length);
    await page.close();
    console.log(
      `report of a ${text.length}-character policy (${Buffer.byteLength(text, 'utf8')} bytes, ${allEvidence(result).length} evidence entries, ${marks} mark pieces): ` +
        `${bytes} bytes, rendered in ${renderMs.toFixed(0)} ms, ready ${readyMs} ms after navigation began (page clock ${readyInPage.toFixed(0)} ms)`,
    );
    expect(bytes).toBeLessThan(2 * 1024 * 1024);
    expect(readyMs).toBeLessThan(1000);
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
  });
});
