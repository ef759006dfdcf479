import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractPolicy } from '../src/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Deterministic pseudo-random bytes (xorshift), decoded as UTF-8 as a careless caller would. */
function noise(n: number): string {
  const b = Buffer.alloc(n);
  let x = 2463534242;
  for (let i = 0; i < n; i++) {
    x ^= x << 13; x >>>= 0; x ^= x >>> 17; x ^= x << 5; x >>>= 0;
    b[i] = x & 0xff;
  }
  return b.toString('utf8');
}

describe('input that is not a policy', () => {
  it.each([
    ['100 KB of random bytes', noise(100 * 1024), 'not-text'],
    ['a PDF', '%PDF-1.7\n%\u00e2\u00e3\n1 0 obj << /Type /Catalog >> 我们收集您的手机号码', 'pdf-input'],
    ['a ZIP (docx)', 'PK\u0003\u0004\u0014\u0000word/document.xml 我们收集您的手机号码', 'zip-input'],
  ])('%s gives language und, no findings and a warning', (_name, text, code) => {
    const r = extractPolicy(text);
    expect(r.languages).toEqual([{ lang: 'und', paragraphs: 1, chars: text.length }]);
    expect(r.paragraphs).toEqual([{ index: 0, start: 0, end: text.length, lang: 'und', section: -1, heading: false }]);
    expect([r.dataTypes, r.sdks, r.permissions, r.rights, r.deadlines, r.sharing, r.retention]).toEqual([[], [], [], [], [], [], []]);
    expect(r.warnings).toEqual([{ code, message: expect.any(String) }]);
    expect(JSON.stringify(extractPolicy(text))).toBe(JSON.stringify(r));
  });

  it('leaves real policies alone, a few stray replacement characters included', () => {
    expect(extractPolicy('我们收集您的手机号码\uFFFD。We collect your IMEI.').warnings).toEqual([]);
    expect(extractPolicy('').warnings).toEqual([]);
  });

  it('the built CLI prints the warning on stderr and still exits 0', () => {
    const dir = mkdtempSync(join(tmpdir(), 'policylens-bin-'));
    const file = join(dir, 'policy.pdf');
    writeFileSync(file, '%PDF-1.4\n1 0 obj\n');
    const run = spawnSync(process.execPath, [join(root, 'dist', 'cli', 'main.js'), '--json', file], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stderr).toBe(`policylens: ${file}: warning: input looks like a PDF file (it starts with %PDF-); extract its text first\n`);
    expect(JSON.parse(run.stdout)[0].result.warnings[0].code).toBe('pdf-input');
  });
});
