import { execFileSync } from 'node:child_process';
import { isDeepStrictEqual } from 'node:util';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { availableParallelism } from 'node:os';
import { extractMany, createPool, defaultJobs, LARGE_BATCH } from '../src/batch.js';
import { extractPolicy } from '../src/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const corpusDir = `${root}corpus/`;
const files = readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).sort();
const texts = files.map((f) => readFileSync(corpusDir + f, 'utf8'));
// Worker threads run compiled JavaScript: build dist/ once so the worker matches the sources.
const workerFile = new URL('../dist/batch-worker.js', import.meta.url).href;

beforeAll(() => {
  execFileSync(process.execPath, [`${root}node_modules/typescript/bin/tsc`, '-p', `${root}tsconfig.build.json`], { stdio: 'pipe' });
}, 120000);

describe('extractMany in this thread (jobs: 1)', () => {
  it('returns what extractPolicy returns, in input order', async () => {
    const results = await extractMany(texts, { jobs: 1 });
    expect(results).toHaveLength(files.length);
    results.forEach((r, i) => expect(r).toEqual(extractPolicy(texts[i]!)));
    // Kaiconn is Chinese and English; the others are English only.
    const kaiconn = results[files.indexOf('kaiconn.zh-en.txt')]!;
    expect(kaiconn.languages.map((l) => l.lang).sort()).toEqual(['en', 'zh']);
    expect(kaiconn.dataTypes.map((d) => d.id)).toContain('device.imei');
  });

  it('accepts { id, text } records and reports each result as it finishes', async () => {
    const seen: number[] = [];
    const results = await extractMany(
      [
        { id: 'a', text: 'We collect your IMEI.' },
        { id: 'b', text: '我们会收集您的MAC地址。' },
      ],
      { jobs: 1, onResult: (_r, i) => seen.push(i) },
    );
    expect(seen).toEqual([0, 1]);
    expect(results[0]!.dataTypes.map((d) => d.id)).toEqual(['device.imei']);
    expect(results[1]!.dataTypes.map((d) => d.id)).toEqual(['device.mac']);
  });

  it('names the failing input in the error', async () => {
    await expect(extractMany([{ id: 'short', text: 'IMEI' }, { id: 'long', text: 'x'.repeat(50) }], { jobs: 1, maxLength: 10 })).rejects.toThrow(
      /more than maxLength 10 \[input #1 \(long\)\]/,
    );
    await expect(extractMany([42 as unknown as string], { jobs: 1 })).rejects.toThrow(TypeError);
  });

  it('rejects bad jobs values', async () => {
    await expect(extractMany(['x'], { jobs: 0 })).rejects.toThrow(RangeError);
    await expect(extractMany(['x'], { jobs: 1.5 })).rejects.toThrow(/positive integer/);
  });

  it('returns an empty list for no input', async () => {
    await expect(extractMany([], { jobs: 4 })).resolves.toEqual([]);
  });
});

describe('defaultJobs', () => {
  const cores = availableParallelism();
  it('gives a large batch or a stream every core, a smaller one a core fewer, never more than the policies', () => {
    expect(defaultJobs()).toBe(cores);
    expect(defaultJobs(LARGE_BATCH)).toBe(cores);
    expect(defaultJobs(LARGE_BATCH - 1)).toBe(Math.max(1, cores - 1));
    expect(defaultJobs(1)).toBe(1);
    expect(defaultJobs(0)).toBe(1);
  });
});

describe('extractMany on worker threads', () => {
  it('gives results equal to extractPolicy, in input order, with 2 workers', async () => {
    // Each policy twice, so both workers take several and finish out of order.
    const inputs = [...texts, ...texts];
    const finished: number[] = [];
    const results = await extractMany(inputs, { jobs: 2, workerFile, onResult: (_r, i) => finished.push(i) });
    expect(results).toHaveLength(inputs.length);
    results.forEach((r, i) => expect(r).toEqual(extractPolicy(inputs[i]!)));
    expect([...finished].sort((a, b) => a - b)).toEqual(inputs.map((_, i) => i));
  });

  it('passes the worker error back with its type and names the input', async () => {
    const run = extractMany([{ id: 'ok', text: 'IMEI' }, { id: 'big', text: 'y'.repeat(100) }], { jobs: 2, workerFile, maxLength: 50 });
    // Compared by name: the error is cloned across threads, so its class is another realm's.
    await expect(run).rejects.toMatchObject({ name: 'RangeError', message: expect.stringMatching(/\[input #1 \(big\)\]$/) });
    await expect(extractMany(['y'.repeat(100)], { jobs: 2, workerFile, maxLength: 50 })).rejects.toThrow(/\[input #0\]/);
  });

  it('builds each worker with the same user lexicons', async () => {
    const lexicon = {
      name: 'test-vehicle.json',
      kind: 'dataTypes' as const,
      entries: [{ id: 'vehicle.vin', label: { en: 'VIN', zh: '车架号' }, sensitive: false, forms: { en: ['vehicle identification number'], zh: ['车架号'] } }],
    };
    const text = 'We read the vehicle identification number.\n我们会读取车架号。';
    const pool = await createPool({ jobs: 2, workerFile, lexicons: [lexicon] });
    try {
      expect(pool.jobs).toBe(2);
      const inWorker = await pool.extract(text);
      expect(inWorker.dataTypes.find((d) => d.id === 'vehicle.vin')?.evidence).toHaveLength(2);
      const inThread = await (await createPool({ jobs: 1, lexicons: [lexicon] })).extract(text);
      expect(inWorker).toEqual(inThread);
    } finally {
      await pool.close();
    }
  });

  it('sends results back as JSON text that parses to exactly what extractPolicy returns', async () => {
    const pool = await createPool({ jobs: 2, workerFile });
    try {
      for (const text of texts) {
        const json = await pool.extractJson(text);
        expect(json).toBe(JSON.stringify(extractPolicy(text)));
        // Strictly equal, not merely alike: no property JSON would drop or change.
        expect(isDeepStrictEqual(await pool.extract(text), extractPolicy(text))).toBe(true);
      }
    } finally {
      await pool.close();
    }
    const inline = await createPool({ jobs: 1 });
    expect(await inline.extractJson(texts[0]!)).toBe(JSON.stringify(extractPolicy(texts[0]!)));
  });

  it('runs a single job on a worker thread when asked, leaving this thread free', async () => {
    const big = texts.join('\n').repeat(8);
    const pool = await createPool({ jobs: 1, workerThreads: true, workerFile });
    try {
      await pool.extract('IMEI'); // the worker has loaded everything
      let timerFired = false;
      setTimeout(() => (timerFired = true), 0);
      const result = await pool.extract(big);
      // The extraction took far longer than a timer tick, and this thread kept running timers.
      expect(timerFired).toBe(true);
      expect(result.length).toBe(big.length);
    } finally {
      await pool.close();
    }
    // In this thread (the default for one job) the same extraction blocks until it ends.
    const here = await createPool({ jobs: 1 });
    let fired = false;
    setTimeout(() => (fired = true), 0);
    await here.extract(big);
    expect(fired).toBe(false);
  });
});
