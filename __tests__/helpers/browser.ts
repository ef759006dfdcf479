/**
 * The browser the page tests drive: POLICYLENS_CHROMIUM, else the usual executable names on
 * PATH (Debian's `chromium`). Without one the tests skip with a message, except under CI,
 * where a missing browser is a failing test.
 */
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';

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
