/// <reference lib="dom" />
// (the page.evaluate callbacks below run in the browser)
/**
 * The diff report: `renderDiffReport` on two versions of one real policy (CamScanner's, and an
 * edited copy that adds an SDK paragraph and a data type and drops the account-deletion
 * paragraphs), `policylens diff --report`, and the page in a real browser (as in
 * report.test.ts): every change's evidence marked in the right pane with its exact text, rows
 * that scroll both panes, filters, no console errors, no request leaving the page.
 *
 * Without a browser the browser tests are skipped with a message, except in CI (env CI),
 * where a missing browser fails.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { runCommand } from './helpers/cli.js';
import { DIFF_USAGE } from '../src/cli/diff.js';
import { diffPolicies, extractPolicy, renderDiffReport, type PolicyDiff } from '../src/index.js';
import { collectSpans } from '../src/report/index.js';
import { browserSuite, openPage } from './helpers/browser.js';
import { before, edited } from './helpers/versions.js';

const out = mkdtempSync(join(tmpdir(), 'policylens-diff-report-'));
const shots = join(out, 'screenshots');
mkdirSync(shots, { recursive: true });

const after = edited();
const rb = extractPolicy(before);
const ra = extractPolicy(after);
const diff = diffPolicies(rb, ra);
const page = renderDiffReport(before, rb, after, ra, diff, { beforeName: 'camscanner-2023.txt', afterName: 'camscanner-2024.txt' });

/** The HTML of one pane (`old` or `new`): from its article to the section's end. */
function paneHtml(html: string, id: 'old' | 'new'): string {
  const start = html.indexOf(`<article id="${id}"`);
  return html.slice(start, html.indexOf('</article>', start));
}

/** Which kind each side's marks of a change must carry: its own where it belongs, context on the other side. */
function expectedKind(c: PolicyDiff['changes'][number], side: 'before' | 'after'): string {
  if (c.change === 'changed') return 'changed';
  return (c.change === 'added') === (side === 'after') ? c.change : 'context';
}

describe('renderDiffReport', () => {
  it('the edited copy gives the three expected changes', () => {
    expect(diff.changes.map((c) => `${c.change} ${c.kind} ${c.subject}`)).toEqual(
      expect.arrayContaining(['added sdk jpush', 'added dataType biometric.fingerprint', 'removed right right.account_deletion']),
    );
  });

  it('one self-contained, deterministic page of a bounded size', () => {
    expect(page).toMatch(/^<!DOCTYPE html>/);
    expect(page).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:"`);
    expect(page).not.toMatch(/<(script|img|link|iframe)[^>]*\s(src|href)=/i);
    expect(page).not.toMatch(/url\(/);
    const bytes = Buffer.byteLength(page, 'utf8');
    const inputs = Buffer.byteLength(before, 'utf8') + Buffer.byteLength(after, 'utf8');
    console.log(`diff report of two ${before.length}/${after.length}-character versions (${diff.changes.length} changes): ${bytes} bytes (${(bytes / inputs).toFixed(1)}× the inputs)`);
    expect(bytes).toBeLessThan(1024 * 1024);
    expect(renderDiffReport(before, rb, after, ra, diff, { beforeName: 'camscanner-2023.txt', afterName: 'camscanner-2024.txt' })).toBe(page);
    // The default diff is the diff of the two results.
    expect(renderDiffReport(before, rb, after, ra, undefined, { beforeName: 'camscanner-2023.txt', afterName: 'camscanner-2024.txt' })).toBe(page);
    expect(page).toContain('camscanner-2023.txt');
    expect(page).toContain(`${diff.changes.length} changes: 2 added, 1 removed, 0 changed; 2 widening`);
  });

  it('every change\'s evidence is a mark of the right kind in the right pane; field marks as in the single report', () => {
    for (const [id, side, text, result] of [['old', 'before', before, rb], ['new', 'after', after, ra]] as const) {
      const html = paneHtml(page, id);
      const fields = collectSpans(text, result).length;
      diff.changes.forEach((c, i) => {
        const evs = new Set([...html.matchAll(new RegExp(`data-change="(\\w+)" data-c="${i}"[^>]*data-ev="(\\d+)"`, 'g'))].map((m) => `${m[1]} ${m[2]}`));
        expect([...evs].every((e) => e.startsWith(`${expectedKind(c, side)} `))).toBe(true);
        expect(evs.size).toBe(c.evidence[side].length);
      });
      // The field marks keep their numbers: 0 … fields-1, as renderReport numbers them.
      const fieldEvs = new Set([...html.matchAll(/data-field="\w+"[^>]*data-ev="(\d+)"/g)].map((m) => Number(m[1])));
      expect(fieldEvs.size).toBe(fields);
      expect(Math.max(...fieldEvs)).toBe(fields - 1);
    }
    expect(paneHtml(page, 'old')).not.toContain('data-change="added"');
    expect(paneHtml(page, 'new')).not.toContain('data-change="removed"');
    // Distinct paragraph ids in the two panes.
    expect(paneHtml(page, 'old')).toContain('id="old-p0"');
    expect(paneHtml(page, 'new')).toContain('id="new-p0"');
  });

  it('changed items are marked amber in both versions; widening ones carry data-w', () => {
    const a = '隐私政策\n更新日期：2023年1月1日\n一、存储\n您的个人信息存储在中国境内。\n二、您的权利\n我们将在15个工作日内答复您的请求。\n三、权限\n相机权限：用于扫描二维码。';
    const b = '隐私政策\n更新日期：2024年3月1日\n一、存储\n您的个人信息存储在中国境内，并可能传输至新加坡的服务器进行存储。\n二、您的权利\n我们将在30日内答复您的请求。\n三、权限\n相机权限：用于扫描二维码和拍摄头像。';
    const x = diffPolicies(a, b);
    const html = renderDiffReport(a, extractPolicy(a), b, extractPolicy(b), x);
    const changed = x.changes.map((c, i) => ({ c, i })).filter(({ c }) => c.change === 'changed');
    expect(changed.map(({ c }) => c.kind)).toEqual(expect.arrayContaining(['date', 'deadline', 'permissionPurpose']));
    for (const { c, i } of changed) {
      for (const [id, side] of [['old', 'before'], ['new', 'after']] as const) {
        const marks = [...paneHtml(html, id).matchAll(new RegExp(`<mark class="c-changed" data-change="changed" data-c="${i}"[^>]*>`, 'g'))];
        expect(marks.length > 0).toBe(c.evidence[side].length > 0);
        for (const m of marks) expect(m[0].includes(' data-w="1"')).toBe(c.widens);
      }
    }
    // The table lists the values and flags the widening ones.
    const purpose = x.changes.findIndex((c) => c.kind === 'permissionPurpose');
    const row = html.slice(html.indexOf(`<tr data-c="${purpose}"`), html.indexOf('</tr>', html.indexOf(`<tr data-c="${purpose}"`)));
    expect(row).toContain('data-w="1"');
    expect(row).toContain('t-widens');
    expect(row).toMatch(/→/);
  });

  it('escapes the texts, the names and the title', () => {
    const a = 'Privacy <b>policy</b> & "terms"\nWe collect your IMEI.';
    const b = 'Privacy <b>policy</b> & "terms"\nWe collect your IMEI and your <i>location</i>.\nWe use the Umeng SDK.';
    const html = renderDiffReport(a, extractPolicy(a, { format: 'text' }), b, extractPolicy(b, { format: 'text' }), undefined, {
      title: 'A <b>"title"</b> & more',
      beforeName: '<old>.txt',
      afterName: 'new&.txt',
    });
    expect(html).not.toMatch(/<b>policy|<i>location|<old>|<b>"title/);
    expect(html).toContain('<title>A &lt;b&gt;"title"&lt;/b&gt; &amp; more · policylens diff</title>');
    expect(html).toContain('&lt;old&gt;.txt');
    expect(html).toContain('new&amp;.txt');
    expect(html).toContain('your &lt;i&gt;');
    expect(html).toContain('data-change="added"');
  });

  it('identical versions: a page that says there is no change', () => {
    const html = renderDiffReport(before, rb, before, rb);
    expect(html).toContain('No changes');
    expect(paneHtml(html, 'old') + paneHtml(html, 'new')).not.toContain('data-change=');
    expect(html).not.toContain('<tr data-c=');
    expect(renderDiffReport('', extractPolicy(''), '', extractPolicy(''))).toContain('window.__policylensReady = true');
  });
});

const cli = (argv: string[]) => runCommand(argv);

describe('policylens diff --report', () => {
  const oldFile = join(out, 'old.txt');
  const newFile = join(out, 'new.txt');
  writeFileSync(oldFile, before);
  writeFileSync(newFile, after);

  it('writes the page and prints what diff prints without it; exit codes as documented', async () => {
    const file = join(out, 'cli.html');
    const plain = await cli(['diff', oldFile, newFile]);
    const withReport = await cli(['diff', oldFile, newFile, '--report', file]);
    expect(withReport).toEqual(plain);
    expect(withReport.code).toBe(0);
    const html = readFileSync(file, 'utf8');
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain('data-change="removed"');
    expect((await cli(['diff', oldFile, newFile, '--json', '--report', file])).out).toBe((await cli(['diff', oldFile, newFile, '--json'])).out);
    expect((await cli(['diff', oldFile, newFile, '--fail-on-widen', '--report', file])).code).toBe(1);
    const unwritable = await cli(['diff', oldFile, newFile, '--report', join(out, 'no', 'such', 'dir.html')]);
    expect(unwritable.code).toBe(1);
    expect(unwritable.err).toMatch(/cannot write/);
    expect((await cli(['diff', oldFile, '--report', file])).code).toBe(2);
    expect((await cli(['diff', oldFile, newFile, '--report'])).code).toBe(2);
  });

  it('HTML input is compared on its visible text: the marks hold words, not markup', async () => {
    const a = join(out, 'a.html');
    const b = join(out, 'b.html');
    writeFileSync(a, '<!DOCTYPE html><html><body><h1>Privacy Policy</h1><p>We collect your IMEI.</p></body></html>');
    writeFileSync(b, '<!DOCTYPE html><html><body><h1>Privacy Policy</h1><p>We collect your IMEI.</p><p>We use the <b>Umeng SDK</b>.</p></body></html>');
    const file = join(out, 'html.html');
    const r = await cli(['diff', a, b, '--report', file]);
    expect(r.code).toBe(0);
    const html = readFileSync(file, 'utf8');
    expect(paneHtml(html, 'new')).not.toMatch(/&lt;/);
    expect(paneHtml(html, 'new')).toMatch(/data-change="added"[^>]*>(<mark[^>]*>)*Umeng SDK/);
  });

  it('--help documents --report in lines of at most 80 columns', async () => {
    const help = await cli(['diff', '--help']);
    expect(help.out).toBe(DIFF_USAGE);
    expect(help.out).toContain('--report FILE');
    for (const line of help.out.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
  });
});

const { executablePath, browserDescribe } = browserSuite('diff report');

browserDescribe('the diff report in a browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: executablePath! });
  });
  afterAll(async () => {
    await browser?.close();
  });

  const open = (name: string, html: string, viewport?: { width: number; height: number }) => openPage(browser, out, name, html, viewport);

  /** Per pane: `kind c` → the texts of its change spans (pieces of one span joined), sorted. */
  async function changeTexts(p: Page, id: 'old' | 'new'): Promise<Record<string, string[]>> {
    return p.evaluate((paneId) => {
      const byEv: Record<string, { key: string; text: string }> = {};
      for (const m of Array.from(document.querySelectorAll(`#${paneId} mark[data-change]`))) {
        const ev = m.getAttribute('data-ev')!;
        byEv[ev] ??= { key: `${m.getAttribute('data-change')} ${m.getAttribute('data-c')}`, text: '' };
        byEv[ev]!.text += m.textContent;
      }
      const out: Record<string, string[]> = {};
      for (const { key, text } of Object.values(byEv)) (out[key] ??= []).push(text);
      for (const k of Object.keys(out)) out[k]!.sort();
      return out;
    }, id);
  }

  function expected(side: 'before' | 'after', text: string): Record<string, string[]> {
    const out: Record<string, string[]> = {};
    diff.changes.forEach((c, i) => {
      for (const e of c.evidence[side]) (out[`${expectedKind(c, side)} ${i}`] ??= []).push(text.slice(e.start, e.end));
    });
    for (const k of Object.keys(out)) out[k]!.sort();
    return out;
  }

  /** Whether the first piece of a change's mark in a pane lies inside the pane's visible box. */
  async function inView(p: Page, id: 'old' | 'new', c: number): Promise<boolean> {
    return p.evaluate(
      ([paneId, index]) => {
        const pane = document.getElementById(paneId as string)!.getBoundingClientRect();
        const m = document.querySelector(`#${paneId} mark[data-c="${index}"]`)!.getBoundingClientRect();
        return m.height > 0 && m.top >= pane.top - 1 && m.bottom <= pane.bottom + 1 && m.bottom <= window.innerHeight;
      },
      [id, c] as const,
    );
  }

  it('marks each change in its pane with its exact text; rows scroll, filters hide and show', async () => {
    const { page: p, errors, requests } = await open('camscanner-diff', page);
    try {
      expect(await p.evaluate(() => document.getElementById('old')!.textContent)).toBe(before);
      expect(await p.evaluate(() => document.getElementById('new')!.textContent)).toBe(after);
      expect(await changeTexts(p, 'old')).toEqual(expected('before', before));
      expect(await changeTexts(p, 'new')).toEqual(expected('after', after));
      expect(await p.locator('#old mark[data-change="added"]').count()).toBe(0);
      expect(await p.locator('#new mark[data-change="added"]').count()).toBeGreaterThan(0);
      expect(await p.locator('#new mark[data-change="removed"]').count()).toBe(0);
      expect(await p.locator('#old mark[data-change="removed"]').count()).toBeGreaterThan(0);
      // Side by side.
      const [oldRight, newLeft] = await p.evaluate(() => [document.getElementById('old')!.getBoundingClientRect().right, document.getElementById('new')!.getBoundingClientRect().left]);
      expect(newLeft).toBeGreaterThanOrEqual(oldRight! - 1);

      // Rows: the added SDK is scrolled into view in the new pane, the removed right in the old one.
      const sdk = diff.changes.findIndex((c) => c.kind === 'sdk' && c.change === 'added');
      const right = diff.changes.findIndex((c) => c.kind === 'right' && c.change === 'removed');
      await p.click(`tr[data-c="${right}"]`);
      expect(await inView(p, 'old', right)).toBe(true);
      await p.click(`tr[data-c="${sdk}"]`);
      expect(await inView(p, 'new', sdk)).toBe(true);
      expect(await p.locator(`#new mark.cur[data-c="${sdk}"]`).count()).toBeGreaterThan(0);
      expect(await p.locator(`tr.active[data-c="${sdk}"]`).count()).toBe(1);

      // A change mark's popup names the change.
      await p.locator(`#new mark[data-c="${sdk}"]`).first().click();
      expect(await p.locator('#pop').innerText()).toMatch(/added widens[\s\S]*sdk jpush/);

      // Filters: off hides the kind's rows and its marks' colour, on brings them back.
      const bg = () => p.$eval('#new mark[data-change="added"]', (m) => getComputedStyle(m).backgroundColor);
      const shown = await bg();
      expect(shown).not.toBe('rgba(0, 0, 0, 0)');
      await p.uncheck('input[data-change-filter="added"]');
      expect(await bg()).toBe('rgba(0, 0, 0, 0)');
      expect(await p.locator(`tr[data-c="${sdk}"]`).isVisible()).toBe(false);
      expect(await p.locator(`tr[data-c="${right}"]`).isVisible()).toBe(true);
      await p.check('input[data-change-filter="added"]');
      expect(await bg()).toBe(shown);
      expect(await p.locator(`tr[data-c="${sdk}"]`).isVisible()).toBe(true);
      // Widening only: the removed right (not widening) goes.
      await p.check('#widens-only');
      expect(await p.locator(`tr[data-c="${right}"]`).isVisible()).toBe(false);
      expect(await p.locator(`tr[data-c="${sdk}"]`).isVisible()).toBe(true);
      await p.uncheck('#widens-only');
      expect(await p.locator(`tr[data-c="${right}"]`).isVisible()).toBe(true);
      // A row of a hidden kind brings its kind back when clicked (keyboard: Enter).
      await p.uncheck('input[data-change-filter="removed"]');
      await p.check('input[data-change-filter="removed"]');

      // The search runs over both versions: a phrase of both finds a match in each pane.
      await p.fill('#q', '设备标识符');
      await p.waitForFunction(() => /^1 of \d+$/.test(document.getElementById('hits')!.textContent ?? ''));
      const count = (s: string) => s.split('设备标识符').length - 1;
      expect(await p.locator('#hits').innerText()).toBe(`1 of ${count(before) + count(after)}`);
      await p.fill('#q', '');

      // The screenshot: the removed right in the old pane, the added SDK in the new one.
      await p.click(`tr[data-c="${right}"]`);
      await p.click(`tr[data-c="${sdk}"]`);
      await p.screenshot({ path: join(shots, 'camscanner-diff.png') });
      // The docs screenshot: only when asked for, or when it is missing, so a test run leaves the tree clean.
      const docsShot = join('docs', 'diff-report.png');
      if (process.env.UPDATE_SCREENSHOT === '1' || !existsSync(docsShot)) await p.screenshot({ path: docsShot });
      expect(errors).toEqual([]);
      expect(requests).toEqual([]);
    } finally {
      await p.close();
    }
  });

  it('stacks the versions at 390 px, old above new, without horizontal scrolling', async () => {
    const { page: p, errors, requests } = await open('camscanner-diff-390', page, { width: 390, height: 844 });
    try {
      const [oldBottom, newTop] = await p.evaluate(() => [document.getElementById('old')!.getBoundingClientRect().bottom, document.getElementById('new')!.getBoundingClientRect().top]);
      expect(newTop).toBeGreaterThanOrEqual(oldBottom! - 1);
      expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      const right = diff.changes.findIndex((c) => c.kind === 'right' && c.change === 'removed');
      await p.click(`tr[data-c="${right}"]`);
      const box = await p.locator(`#old mark[data-c="${right}"]`).first().boundingBox();
      expect(box!.y).toBeGreaterThanOrEqual(0);
      expect(box!.y + box!.height).toBeLessThanOrEqual(844);
      await p.screenshot({ path: join(shots, 'camscanner-diff-390.png') });
      expect(errors).toEqual([]);
      expect(requests).toEqual([]);
    } finally {
      await p.close();
    }
  });
});
