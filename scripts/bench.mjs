#!/usr/bin/env node
/**
 * `npm run bench`: speed, linearity and memory of the built library (dist/), each figure
 * against its target, with the baselines measured in the same run. Not part of `npm test`.
 *
 *   npm run build && npm run bench            print the table
 *   npm run bench -- --save                   also write it into docs/benchmarks.md
 *   npm run bench -- --quick                  fewer runs (a rough look in about four minutes)
 *   npm run bench -- --only=linearity,batch   some sections only: floor, naive, cold,
 *                                             linearity, memory, batch, checks
 *
 * Every time is the median of several runs after a warm-up run.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, availableParallelism, loadavg, platform, release } from 'node:os';
import { createRequire } from 'node:module';
import { isDeepStrictEqual } from 'node:util';
import { BroadcastChannel } from 'node:worker_threads';
import v8 from 'node:v8';
import vm from 'node:vm';
import { CPU_RATIO_MAX, cpuRatio, linearity, median, scalingTarget, scalingVerdict, threadCpuNs } from './bench-lib.mjs';

const root = new URL('..', import.meta.url);
const path = (rel) => new URL(rel, root).pathname;
const args = new Set(process.argv.slice(2));
const QUICK = args.has('--quick');
const RUNS = QUICK ? 3 : 7;
const SLOW_RUNS = QUICK ? 1 : 3;
const ONLY = process.argv.find((a) => a.startsWith('--only='))?.slice(7).split(',');
const want = (section) => !ONLY || ONLY.includes(section);

if (!existsSync(path('dist/index.js'))) {
  process.stderr.write('bench: dist/ is missing; run `npm run build` first\n');
  process.exit(2);
}
const lib = await import(path('dist/index.js'));
const require = createRequire(import.meta.url);

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc');

// ---------------------------------------------------------------- inputs

const SEED_DIR = path('corpus/');
const EXTRA_DIR = path('../shared/corpus-extra/capp-130/');
const read = (p) => readFileSync(p, 'utf8');
const seed = readdirSync(SEED_DIR).filter((f) => f.endsWith('.txt')).sort().map((f) => ({ id: f, text: read(SEED_DIR + f) }));
const extra = existsSync(EXTRA_DIR)
  ? readdirSync(EXTRA_DIR).filter((f) => f.endsWith('.txt')).sort().map((f) => ({ id: `capp-130/${f}`, text: read(EXTRA_DIR + f) }))
  : [];
const kaiconnFile = SEED_DIR + 'kaiconn.zh-en.txt';
const kaiconn = read(kaiconnFile);
const kaiconnZh = kaiconn.split('\n').slice(0, 299).join('\n');
const jooan = read(SEED_DIR + 'jooan.en.txt');
const seedAll = seed.map((s) => s.text).join('\n\n');
const utf8 = (s) => Buffer.byteLength(s, 'utf8');
const repeat = (unit, times) => Array.from({ length: times }, () => unit).join('\n\n');
/** Enough copies of `unit` to reach `chars`, cut at exactly `chars`. */
const fill = (unit, chars) => unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);

const BIG = { maxLength: 64 * 1024 * 1024 };

// ---------------------------------------------------------------- timing


/**
 * Warm-up before a "warm" figure: enough calls for V8's optimising compiler to have run
 * (measured on Kaiconn's Chinese part: after 20 calls a call takes 8-12 ms, after 60 it
 * settles at 5.5-6.5 ms), bounded in time for slow calls.
 */
const WARM_CALLS = 100;
const WARM_MS = 1000;

/** `warm`: 'full' (WARM_CALLS or WARM_MS of calls), 'once', or 'none'. */
function time(fn, runs = RUNS, warm = 'full') {
  if (warm === 'once') fn();
  if (warm === 'full') {
    const until = performance.now() + WARM_MS;
    for (let i = 0; i < WARM_CALLS && (i < 2 || performance.now() < until); i++) fn();
  }
  // No forced gc() between runs: a full collection before each call shrinks the young
  // generation and makes the next call pay for it (measured: 6.4 ms warm becomes 10.9 ms on
  // Kaiconn's Chinese part), which a loop over many policies never does. Collection costs
  // that a real loop pays are inside the medians.
  const xs = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    xs.push(performance.now() - t);
  }
  return median(xs);
}

async function timeAsync(fn, runs) {
  const xs = [];
  for (let i = 0; i < runs; i++) {
    gc();
    const t = performance.now();
    await fn();
    xs.push(performance.now() - t);
  }
  return median(xs);
}

/** Median wall time of a fresh `node` running `code` (an ES module), in ms. */
function timeProcess(code, runs) {
  const xs = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd: path('.'), encoding: 'utf8' });
    xs.push(performance.now() - t);
    if (r.status !== 0) throw new Error(`child failed: ${r.stderr}`);
  }
  return median(xs);
}

/** Runs `code` in a fresh `node` and parses the JSON it prints. */
function runChild(code) {
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd: path('.'), encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`child failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop());
}

// ---------------------------------------------------------------- report

const rows = [];
const ms = (x) => (x >= 100 ? `${x.toFixed(0)} ms` : `${x.toFixed(1)} ms`);
const mb = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;

function row(measure, figure, target, pass, detail = '') {
  const r = { measure, figure, target, result: pass === null ? 'info' : pass ? 'PASS' : 'MISS', detail };
  rows.push(r);
  process.stdout.write(`${r.result.padEnd(4)}  ${measure}: ${figure} (target ${target})${detail ? `  — ${detail}` : ''}\n`);
}

const extractPolicy = (text, opts) => lib.extractPolicy(text, opts);
const started = performance.now();
process.stdout.write(`policylens bench: ${cpus()[0]?.model ?? 'unknown CPU'}, ${availableParallelism()} cores, node ${process.version}, load average ${loadavg()[0].toFixed(1)}${QUICK ? ' (quick)' : ''}\n\n`);

// ---------------------------------------------------------------- 1. Chinese floor

if (want('floor')) {
  const { Jieba } = require('@node-rs/jieba');
  const { dict } = require('@node-rs/jieba/dict');
  const jieba = Jieba.withDict(dict);
  const cut = time(() => jieba.cut(kaiconnZh, false), RUNS * 2);
  const ours = time(() => extractPolicy(kaiconnZh), RUNS * 2);
  const ratio = ours / cut;
  row('Chinese floor ratio (Kaiconn lines 1-299)', ratio.toFixed(2), '≤ 5', ratio <= 5, `extract ${ms(ours)} / jieba cut ${ms(cut)}`);
}

// ---------------------------------------------------------------- 2. English naive

if (want('naive')) {
  const nlp = require('compromise');
  const parse = time(() => nlp(jooan), SLOW_RUNS);
  const ours = time(() => extractPolicy(jooan), RUNS * 2);
  const ratio = ours / parse;
  row('English naive ratio (Jooan)', ratio.toFixed(3), '≤ 0.5', ratio <= 0.5, `extract ${ms(ours)} / compromise nlp(text) ${ms(parse)}`);
}

// ---------------------------------------------------------------- 3. Cold start

if (want('cold')) {
  const file = JSON.stringify(kaiconnFile);
  const ours = `import { readFileSync } from 'node:fs'; const { extractPolicy } = await import(${JSON.stringify(path('dist/index.js'))}); extractPolicy(readFileSync(${file}, 'utf8'));`;
  const base = `import { readFileSync } from 'node:fs'; import { createRequire } from 'node:module'; const require = createRequire(${JSON.stringify(path('package.json'))}); const { Jieba } = require('@node-rs/jieba'); const { dict } = require('@node-rs/jieba/dict'); Jieba.withDict(dict).cut(readFileSync(${file}, 'utf8'), false);`;
  timeProcess(ours, 1); // warms the file-system cache for both
  const runs = QUICK ? 3 : 5;
  const a = timeProcess(ours, runs);
  const b = timeProcess(base, runs);
  const ratio = a / b;
  row('Cold start ratio (Kaiconn, fresh process)', ratio.toFixed(2), '≤ 2.5', ratio <= 2.5, `import + extract ${ms(a)} / load jieba + cut ${ms(b)}`);
}

// ---------------------------------------------------------------- 4. Linearity

if (want('linearity')) {
  const families = [
    ['seed corpus', seedAll, (n) => repeat(seedAll, n)],
    ['one long English paragraph (1 MB at 10x)', null, (n) => fill('We collect your IMEI, MAC address and precise location to provide the service and improve it. ', 100_000 * n)],
    ['one long Chinese paragraph (1 MB at 10x)', null, (n) => fill('我们会收集您的设备信息(IMEI、MAC地址、Android ID)及位置信息,用于向您提供服务。', 100_000 * n)],
    [
      '`SDK名称:` records (20,000 at 10x)',
      null,
      (n) => repeat('SDK名称:友盟统计SDK\n功能:统计分析\n收集个人信息类型:设备信息(IMEI、MAC地址)\n隐私政策链接:https://www.umeng.com/page/policy', 2000 * n),
    ],
    ['long digit runs (1 MB at 10x)', null, (n) => `Call 400-${'8'.repeat(100_000 * n - 20)} now.\n${fill('0755 8696 5862 ', 1000 * n)}`],
  ];
  // Each family in fresh processes: the heap this bench has built up (corpus texts, earlier
  // results) would otherwise make the large input's collections pay for it. One process with
  // wall-clock times was not enough: the `SDK名称:` line moved between 0.85 and 1.74 from run
  // to run (too little warm-up made 1x slow; another program taking the core during the one
  // 10x call made it slow; alternating calls billed a 10x call's garbage to the 1x calls
  // after it). Now each of LIN_PROCESSES processes is warmed by work (at least
  // LIN_WARM_CALLS calls and LIN_WARM_CPU_MS of CPU on 1x, then one 10x call), then times
  // LIN_ROUNDS rounds of (collect, 1x untimed, 1x: median of 3; 10x untimed, 10x) in the main
  // thread's own CPU time (waiting for a core does not count); a round's ratio is
  // t10 / (10 · t1), and the figure is the median over processes of each one's median
  // (linearity() in scripts/bench-lib.mjs). Process CPU and wall-clock ratios are shown beside.
  const LIN_PROCESSES = QUICK ? 3 : 5;
  const LIN_ROUNDS = QUICK ? 3 : 4;
  const LIN_WARM_CALLS = 10;
  const LIN_WARM_CPU_MS = 2000;
  for (const [name, , make] of families) {
    const processes = [];
    for (let p = 0; p < LIN_PROCESSES; p++) {
      processes.push(
        runChild(`
      const { extractPolicy } = await import(${JSON.stringify(path('dist/index.js'))});
      const fill = ${fill.toString()};
      const repeat = ${repeat.toString()};
      const { readFileSync } = await import('node:fs');
      const seedAll = ${JSON.stringify(seed.map((x) => SEED_DIR + x.id))}.map((f) => readFileSync(f, 'utf8')).join('\\n\\n');
      const make = ${make.toString()};
      const BIG = { maxLength: 64 * 1024 * 1024 };
      const median = ${median.toString()};
      const threadCpuNs = ${threadCpuNs.toString()};
      const readable = threadCpuNs(readFileSync) !== null;
      const cpuMs = () => (readable ? threadCpuNs(readFileSync) / 1e6 : process.cpuUsage().user / 1000);
      const procMs = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
      const once = (fn) => { const c = cpuMs(); const p = procMs(); const t = performance.now(); fn(); return { cpu: cpuMs() - c, proc: procMs() - p, wall: performance.now() - t }; };
      (await import('node:v8')).default.setFlagsFromString('--expose-gc');
      const gc = (await import('node:vm')).runInNewContext('gc');
      const one = make(1);
      const ten = make(10);
      const start = cpuMs();
      for (let i = 0; i < ${WARM_CALLS} && (i < ${LIN_WARM_CALLS} || cpuMs() - start < ${LIN_WARM_CPU_MS}); i++) extractPolicy(one, BIG);
      extractPolicy(ten, BIG);
      // Each timed part in the steady state of a loop over inputs of its size: 1x after the
      // 10x call's garbage is collected and one untimed 1x call has grown the young
      // generation back; 10x after an untimed 10x call, so the heap is at the size 10x needs
      // (after a forced collection the 10x call paid for growing it again).
      const rounds = [];
      for (let r = 0; r < ${LIN_ROUNDS}; r++) {
        gc();
        extractPolicy(one, BIG);
        const ones = [0, 1, 2].map(() => once(() => extractPolicy(one, BIG)));
        extractPolicy(ten, BIG);
        const t = once(() => extractPolicy(ten, BIG));
        const m = (key) => median(ones.map((x) => x[key]));
        rounds.push({ t1: m('cpu'), t10: t.cpu, proc1: m('proc'), proc10: t.proc, wall1: m('wall'), wall10: t.wall });
      }
      process.stdout.write(JSON.stringify({ rounds, bytes: Buffer.byteLength(one) }) + '\\n');`),
      );
    }
    const { ratio, perProcess } = linearity(processes);
    const all = processes.flatMap((p) => p.rounds);
    const at = (key) => median(all.map((r) => r[key]));
    const other = (a, b) => linearity(processes.map((p) => ({ rounds: p.rounds.map((r) => ({ t1: r[a], t10: r[b] })) }))).ratio.toFixed(2);
    row(
      `Linearity: ${name}`,
      ratio.toFixed(2),
      '≤ 1.2',
      ratio <= 1.2,
      `CPU time 1x ${mb(processes[0].bytes)} ${ms(at('t1'))}, 10x ${ms(at('t10'))}; median of ${LIN_PROCESSES} fresh processes × ${LIN_ROUNDS} rounds, per process ${perProcess.map((x) => x.toFixed(2)).join(' ')}; in process CPU time ${other('proc1', 'proc10')}, wall clock ${other('wall1', 'wall10')}`,
    );
  }
}

// ---------------------------------------------------------------- 5. Peak memory

if (want('memory')) {
  const all = [...seed, ...extra].map((s) => s.id.startsWith('capp-130/') ? EXTRA_DIR + s.id.slice(9) : SEED_DIR + s.id);
  const corpus = runChild(`
    import { readFileSync } from 'node:fs';
    const { extractPolicy } = await import(${JSON.stringify(path('dist/index.js'))});
    for (const f of ${JSON.stringify(all)}) extractPolicy(readFileSync(f, 'utf8'));
    process.stdout.write(JSON.stringify({ peak: process.resourceUsage().maxRSS * 1024 }) + '\\n');`);
  row(`Peak RSS, whole corpus (${all.length} policies)`, mb(corpus.peak), '< 300 MB', corpus.peak < 300e6);

  const big = runChild(`
    import { readFileSync } from 'node:fs';
    const { extractPolicy } = await import(${JSON.stringify(path('dist/index.js'))});
    const files = ${JSON.stringify(seed.map((s) => SEED_DIR + s.id))}.map((f) => readFileSync(f, 'utf8'));
    extractPolicy(files.join('\\n\\n'));        // warm: lexicons, dictionary, code
    const unit = files.join('\\n\\n');
    const text = unit.repeat(Math.ceil(10e6 / Buffer.byteLength(unit))).slice(0, 10e6 * unit.length / Buffer.byteLength(unit));
    const bytes = Buffer.byteLength(text);
    globalThis.gc?.();
    const before = process.memoryUsage().rss;
    const t = performance.now();
    extractPolicy(text, { maxLength: 64 * 1024 * 1024 });
    const ms = performance.now() - t;
    process.stdout.write(JSON.stringify({ bytes, before, peak: process.resourceUsage().maxRSS * 1024, ms }) + '\\n');`);
  // The issue's measure: what a 10 MB input needs beyond the peak of the whole corpus.
  const growth = Math.max(0, big.peak - corpus.peak);
  const times = growth / big.bytes;
  row(`RSS growth beyond the corpus peak, ${mb(big.bytes)} input`, `${mb(growth)} (${times.toFixed(1)}x input; peak ${mb(big.peak)})`, '< 20x input', times < 20, `extract ${ms(big.ms)}`);
}

// ---------------------------------------------------------------- 6-7. Batches and throughput

if (want('batch')) {
  const policies = [...extra, ...seed];
  const texts = policies.map((p) => p.text);
  const bytes = texts.reduce((n, t) => n + utf8(t), 0);
  const label = `${policies.length} policies${extra.length ? '' : ' (capp-130 absent: seed only)'}, ${mb(bytes)}`;
  if (!extra.length) process.stdout.write('note: ../shared/corpus-extra/capp-130 not found; throughput uses the seed corpus only\n');

  // Throughput is a steady-state figure: a run over thousands of policies spends nearly all
  // its time in warm threads. V8's optimising compiler keeps recompiling for the first
  // passes over the corpus (about 1.1 s of compilation in pass 1, 0.5 s in pass 2, under
  // 0.1 s from pass 8 on), so every thread is warmed with WARM_PASSES passes before it is
  // timed. What start-up and warm-up cost is the last line of this section.
  const WARM_PASSES = QUICK ? 3 : 8;
  /** Each timed batch: the corpus TIMED_PASSES times, submitted at once. */
  const TIMED_PASSES = 3;
  /** Timed batches per pool, alternating between the pools so that drift hits both alike. */
  const ROUNDS = QUICK ? 2 : 7;
  const batchOf = (passes) => Array.from({ length: passes }, () => texts).flat();
  const timed = batchOf(TIMED_PASSES);

  const serial = texts.map((t) => extractPolicy(t));
  for (let r = 1; r < WARM_PASSES; r++) for (const t of texts) extractPolicy(t);

  // The scaling target depends on the machine (scripts/bench-lib.mjs): from 4 cores, N =
  // cores − 1 workers against one; below, 2 workers against one, as information.
  const cores = availableParallelism();
  const scaling = scalingTarget(cores);
  const sizes = [...new Set([1, 2, scaling.workers])];
  // Every pool runs the bench's worker module, which posts each task's thread CPU time.
  const workerFile = new URL('./bench-worker.mjs', import.meta.url).href;
  const cpu = { ns: 0, n: 0 };
  const channel = new BroadcastChannel('policylens-bench-cpu');
  channel.onmessage = (e) => {
    cpu.ns += e.data;
    cpu.n++;
  };
  const pools = {};
  for (const jobs of sizes) {
    pools[jobs] = await lib.createPool({ jobs, workerThreads: true, workerFile });
    await Promise.all(batchOf(jobs * WARM_PASSES).map((t) => pools[jobs].extract(t)));
  }
  const drain = () => new Promise((resolve) => setTimeout(resolve, 50));

  // Two ways out of a pool: objects (extractMany, pool.extract: JSON parsed in this thread)
  // and JSON text (the CLI's --jsonl, pool.extractJson: nothing parsed here).
  const tHere = [];
  const times = Object.fromEntries(sizes.map((n) => [n, { extract: [], extractJson: [] }]));
  // Thread CPU time per policy: this thread doing what a worker does (extract, then
  // JSON.stringify), and the workers of the 2-worker pool during its timed batches.
  const cpuHere = { ns: 0, n: 0 };
  const cpuTwo = { ns: 0, n: 0 };
  const cpuOne = { ns: 0, n: 0 };
  const cpuReadable = threadCpuNs(readFileSync) !== null;
  let same = true;
  for (let r = 0; r < ROUNDS; r++) {
    gc();
    let t = performance.now();
    for (const x of timed) extractPolicy(x);
    tHere.push(performance.now() - t);
    if (cpuReadable) {
      gc();
      for (const x of texts) {
        const before = threadCpuNs(readFileSync);
        JSON.stringify(extractPolicy(x));
        cpuHere.ns += threadCpuNs(readFileSync) - before;
        cpuHere.n++;
      }
    }
    for (const how of ['extract', 'extractJson']) {
      for (const jobs of sizes) {
        const pool = pools[jobs];
        gc();
        await drain();
        cpu.ns = 0;
        cpu.n = 0;
        t = performance.now();
        const out = await Promise.all(timed.map((x) => pool[how](x)));
        times[jobs][how].push(performance.now() - t);
        if (jobs <= 2) {
          await drain();
          const into = jobs === 2 ? cpuTwo : cpuOne;
          into.ns += cpu.ns;
          into.n += cpu.n;
        }
        if (how === 'extract') same &&= out.every((o, i) => isDeepStrictEqual(o, serial[i % texts.length]));
        else same &&= out.every((o, i) => o === JSON.stringify(serial[i % texts.length]));
      }
    }
  }
  for (const jobs of sizes) await pools[jobs].close();
  channel.close();
  const here = median(tHere);
  const N = scaling.workers;
  const [w1, wN] = [median(times[1].extract), median(times[N].extract)];
  const [j1, jN] = [median(times[1].extractJson), median(times[N].extractJson)];
  const rounds = (a, b) => a.map((x, i) => (x / b[i]).toFixed(2)).join(' ');
  const batchLabel = `${timed.length} policies a batch (${label}, ×${TIMED_PASSES}), median of ${ROUNDS}`;
  const check = same ? 'results identical to extractPolicy, in order' : 'results DIFFER';
  // On fewer than 4 cores the scaling lines are information, unless the results differ.
  const verdict = (speedup) => (scaling.judged ? scalingVerdict(speedup, cores) && same : same ? null : false);
  const target = scaling.judged ? `≥ ${scaling.target.toFixed(1)}x` : '— (info)';
  const why = scaling.judged ? '' : `; not judged: ${scaling.reason}`;
  row(`Batch scaling, ${N} workers vs 1 worker, results as objects (extractMany)`, `${(w1 / wN).toFixed(2)}x`, target, verdict(w1 / wN), `${batchLabel}; 1: ${ms(w1)}, ${N}: ${ms(wN)}; round by round ${rounds(times[1].extract, times[N].extract)}; ${check}${why}`);
  row(`Batch scaling, ${N} workers vs 1 worker, results as JSON text (CLI --jobs)`, `${(j1 / jN).toFixed(2)}x`, target, verdict(j1 / jN), `1: ${ms(j1)}, ${N}: ${ms(jN)}; round by round ${rounds(times[1].extractJson, times[N].extractJson)}`);
  if (cpuReadable && cpuTwo.n && cpuHere.n) {
    const { ratio, pass } = cpuRatio(cpuTwo.ns, cpuTwo.n, cpuHere.ns, cpuHere.n);
    const perPolicy = (c) => ms(c.ns / c.n / 1e6);
    row('CPU time per policy, a worker of a 2-worker pool vs this thread', `${ratio.toFixed(2)}x`, `≤ ${CPU_RATIO_MAX}x`, pass, `worker ${perPolicy(cpuTwo)} (${cpuTwo.n} policies), this thread ${perPolicy(cpuHere)} (${cpuHere.n}), the worker of a 1-worker pool ${perPolicy(cpuOne)}; each thread's own CPU time (/proc/thread-self/schedstat), extraction and JSON.stringify, so waiting for a core does not count but slowing each other down does`);
  } else {
    row('CPU time per policy, a worker of a 2-worker pool vs this thread', 'not measured', `≤ ${CPU_RATIO_MAX}x`, null, 'thread CPU time is read from /proc/thread-self/schedstat (Linux); not readable here');
  }
  row(`Batch scaling, ${N} workers vs extraction in this thread (warm)`, `${(here / wN).toFixed(2)}x`, '—', null, `this thread: ${ms(here)}; no thread crossing, and V8's background work gets the idle core`);

  for (const [who, t] of [
    ['this thread', here],
    ['1 worker', w1],
    ...sizes.filter((n) => n > 1).map((n) => [`${n} workers`, median(times[n].extract)]),
  ]) {
    const sec = t / 1000;
    row(`Corpus throughput, ${who} (warm)`, `${(timed.length / sec).toFixed(1)} policies/s, ${(bytes * TIMED_PASSES / 1e6 / sec).toFixed(2)} MB/s`, '—', null, label);
  }

  // What a user's first command costs: fresh processes, start-up, dictionary loads and JIT
  // warm-up included, over a JSONL stream of the corpus repeated.
  const CLI_PASSES = QUICK ? 4 : 20;
  const jsonl = Array.from({ length: CLI_PASSES }, (_, r) => policies.map((p) => JSON.stringify({ id: `${r}/${p.id}`, text: p.text })).join('\n')).join('\n') + '\n';
  const cli = (jobs) => {
    const t = performance.now();
    const r = spawnSync(process.execPath, [path('dist/cli/main.js'), '--jsonl', '-', '--jobs', String(jobs)], { input: jsonl, encoding: 'utf8', maxBuffer: 1 << 30 });
    if (r.status !== 0) throw new Error(`policylens --jsonl failed: ${r.stderr}`);
    return { ms: performance.now() - t, lines: r.stdout.split('\n').filter(Boolean).length };
  };
  const c1 = cli(1);
  const c2 = cli(2);
  const n = policies.length * CLI_PASSES;
  row(`CLI --jsonl, --jobs 2 vs --jobs 1, fresh processes, ${n} policies`, `${(c1.ms / c2.ms).toFixed(2)}x`, '—', null, `${mb(utf8(jsonl))} of JSONL; 1: ${ms(c1.ms)}, 2: ${ms(c2.ms)} (each worker loads its dictionary and warms up on its own); ${c1.lines === n && c2.lines === n ? `${n} lines each` : 'LINES MISSING'}`);
}

// ---------------------------------------------------------------- checks

if (want('checks')) {
  // The compliance rules read the extraction (and the sentences evidence points at): they
  // must stay a small share of what extraction costs. Same policies, same process, each round
  // timing extraction and then the checks of its results.
  const policies = [...seed, ...extra];
  const results = policies.map((p) => extractPolicy(p.text));
  for (let i = 0; i < policies.length; i++) lib.checkPolicy(results[i], { text: policies[i].text });
  const extractTimes = [];
  const checkTimes = [];
  for (let round = 0; round < RUNS; round++) {
    gc();
    let t = performance.now();
    const fresh = policies.map((p) => extractPolicy(p.text));
    extractTimes.push(performance.now() - t);
    t = performance.now();
    for (let i = 0; i < policies.length; i++) lib.checkPolicy(fresh[i], { text: policies[i].text });
    checkTimes.push(performance.now() - t);
  }
  const e = median(extractTimes);
  const c = median(checkTimes);
  const share = c / e;
  row(`Checks over extraction, ${policies.length} policies`, `${(100 * share).toFixed(1)}%`, '≤ 10%', share <= 0.1, `checkPolicy ${ms(c)} / extractPolicy ${ms(e)} per pass, median of ${RUNS}`);
}

// ---------------------------------------------------------------- save

const took = (performance.now() - started) / 1000;
// The load average tells a reader whether other work shared the cores during the run.
const load = loadavg().map((x) => x.toFixed(1)).join(' / ');
const machine = `${cpus()[0]?.model ?? 'unknown CPU'}, ${availableParallelism()} cores, ${platform()} ${release()}, node ${process.version}; load average at the end ${load} (1 / 5 / 15 min)`;
process.stdout.write(`\n${rows.filter((r) => r.result === 'MISS').length} MISS, ${rows.filter((r) => r.result === 'PASS').length} PASS in ${took.toFixed(0)} s\n`);

if (args.has('--save')) {
  const table = [
    `Machine: ${machine}. Run took ${took.toFixed(0)} s${QUICK ? ' (--quick)' : ''}.`,
    '',
    '| measure | figure | target | result | detail |',
    '| --- | --- | --- | --- | --- |',
    ...rows.map((r) => `| ${r.measure} | ${r.figure} | ${r.target} | ${r.result} | ${r.detail.replace(/\|/g, '\\|')} |`),
  ].join('\n');
  const doc = path('docs/benchmarks.md');
  const START = '<!-- bench:start -->';
  const END = '<!-- bench:end -->';
  const old = existsSync(doc) ? readFileSync(doc, 'utf8') : `# Benchmarks\n\n${START}\n${END}\n`;
  const a = old.indexOf(START);
  const b = old.indexOf(END);
  if (a < 0 || b < a) throw new Error('docs/benchmarks.md has no bench:start / bench:end markers');
  writeFileSync(doc, `${old.slice(0, a + START.length)}\n${table}\n${old.slice(b)}`);
  process.stdout.write('saved to docs/benchmarks.md\n');
}
