/**
 * The browser the page tests drive: POLICYLENS_CHROMIUM, else the usual executable names on
 * PATH (Debian's `chromium`). Without one the tests skip with a message, except under CI,
 * where a missing browser is a failing test.
 */
import { accessSync, constants, statSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';

export function findChromium(): string | undefined {
  const env = process.env.POLICYLENS_CHROMIUM;
  if (env) return env;
  for (const name of ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']) {
    for (const dir of (process.env.PATH ?? '').split(delimiter)) {
      if (!dir) continue;
      const path = join(dir, name);
      try {
        accessSync(path, constants.X_OK);
        if (statSync(path).isFile()) return path;
      } catch {
        // not here
      }
    }
  }
  return undefined;
}

/**
 * The executable, and `describe` or `describe.skip` for the browser tests of `what` (said in
 * the skip message and in the CI failure).
 */
export function browserSuite(what: string): { executablePath: string | undefined; browserDescribe: jest.Describe } {
  const executablePath = findChromium();
  if (!executablePath) {
    if (process.env.CI) {
      it(`has a browser for the ${what} tests (CI)`, () => {
        throw new Error(`no chromium found (install chromium, or set POLICYLENS_CHROMIUM); CI runs the ${what} browser tests`);
      });
    } else {
      console.log(`${what} browser tests skipped: no chromium on PATH (install chromium, or set POLICYLENS_CHROMIUM)`);
    }
  }
  return { executablePath, browserDescribe: executablePath ? describe : describe.skip };
}

/** A report page opened from disk, with what it logged and what it tried to load. */
export interface OpenedPage {
  page: Page;
  errors: string[];
  requests: string[];
  /** Milliseconds from the start of navigation until the page's script said it was ready. */
  readyMs: number;
  /** The page's own clock at that moment. */
  readyInPage: number;
}

/**
 * Writes `html` to `<dir>/<name>.html` and opens it as a file: console errors and page errors
 * are collected, every request but the document itself is recorded and refused, and the call
 * returns once the page's script has set `window.__policylensReady`.
 */
export async function openPage(browser: Browser, dir: string, name: string, html: string, viewport = { width: 1280, height: 800 }): Promise<OpenedPage> {
  const file = join(dir, `${name}.html`);
  writeFileSync(file, html);
  const url = pathToFileURL(file).href;
  const page = await browser.newPage({ viewport });
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => {
    if (r.url() !== url && !/^(data|about):/.test(r.url())) requests.push(r.url());
  });
  // Nothing but the document itself may load.
  await page.route('**/*', (route) => (route.request().url() === url ? route.continue() : route.abort()));
  const t0 = Date.now();
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => (window as unknown as { __policylensReady?: boolean }).__policylensReady === true, undefined, { polling: 10 });
  const readyMs = Date.now() - t0;
  const readyInPage = await page.evaluate(() => performance.now());
  return { page, errors, requests, readyMs, readyInPage };
}
