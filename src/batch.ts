/**
 * Many policies at once: `extractMany` and the pool behind it.
 *
 * Extraction is CPU-bound and synchronous, so parallelism means worker threads. Each worker
 * holds its own extractor (lexicons, jieba dictionary), built once from the plain settings
 * sent to it; a policy crosses to the worker as a string and comes back as JSON text that
 * parses to what `extractPolicy` returns, field for field. `jobs: 1` never starts a
 * thread: the work runs in this thread, one policy after the other.
 */
import { availableParallelism } from 'node:os';
import type { Tinypool } from 'tinypool';
import { createExtractor, extractPolicy } from './extractor.js';
import type { LexiconInput } from './lexicon/load.js';
import type { SegmenterName } from './tokenize/segmenter.js';
import type { ExtractOptions, PolicyExtraction } from './types.js';

/** One policy of a batch, named so results and errors can be told apart. */
export interface BatchItem {
  id: string;
  text: string;
}

export interface PoolOptions {
  /** Extractions at once. 1 runs in this thread unless `workerThreads` is set. Default: `defaultJobs()` (a pool does not know how many policies will come). */
  jobs?: number;
  /**
   * Run every job on a worker thread, even a single one: this thread's event loop stays free
   * while policies are extracted (a server, a UI). Default: false, so `jobs: 1` runs here.
   */
  workerThreads?: boolean;
  /** Extra lexicons, as for `createExtractor`. Objects must be plain data (they are copied to each worker). */
  lexicons?: readonly LexiconInput[];
  /** Segmenter backend by name (a segmenter object cannot cross to a worker thread). */
  segmenter?: SegmenterName;
  /**
   * Where the compiled worker module lives. Only needed when a bundler moves files:
   * by default it is `batch-worker.js` beside this module.
   */
  workerFile?: string | URL;
}

export interface ExtractManyOptions extends PoolOptions, ExtractOptions {
  /** Called as each policy finishes (in completion order), with its input position. */
  onResult?: (result: PolicyExtraction, index: number) => void;
}

/** Settings every worker builds its extractor from. */
export interface WorkerConfig {
  lexicons: readonly LexiconInput[];
  segmenter?: SegmenterName;
}

/** One unit of work sent to a worker. */
export interface WorkerTask {
  text: string;
  options: ExtractOptions;
}

/** A set of extractors, in this thread or in worker threads, fed one policy at a time. */
export interface PolicyPool {
  /** Threads doing the work (1 means this thread). */
  readonly jobs: number;
  /** Extracts one policy; rejects with the extractor's own error (TypeError, RangeError, ...). */
  extract(text: string, options?: ExtractOptions): Promise<PolicyExtraction>;
  /**
   * The same result as JSON text (`JSON.stringify` of what `extract` gives). For callers that
   * write JSON anyway: on worker threads the text is what crosses back, so nothing is parsed
   * in this thread.
   */
  extractJson(text: string, options?: ExtractOptions): Promise<string>;
  /** Stops the workers. Pending extractions are rejected. */
  close(): Promise<void>;
}

/**
 * A batch at least this long pays for a worker's start: each worker loads its own dictionary
 * and warms V8's compiler on its own (about 2.5 s of CPU), which the CLI on 2 cores won back
 * after about 150 policies (45: 2 workers 1.4x slower than 1 thread; 450: 1.1x faster;
 * 900: 1.3x; warm: 1.7-1.8x; docs/benchmarks.md).
 */
export const LARGE_BATCH = 200;

/**
 * The default number of jobs for a batch of `count` policies (unknown: a stream, taken as
 * large). A large batch gets every core; a smaller one one core fewer, because extraction
 * in one thread already keeps part of a second core busy with V8's background compilation
 * and collection while it warms up, and extra workers would spend the batch warming up.
 */
export function defaultJobs(count = Number.POSITIVE_INFINITY): number {
  const cores = availableParallelism();
  const jobs = count >= LARGE_BATCH ? cores : cores - 1;
  return Math.max(1, Math.min(jobs, count));
}

/** Policies handed to a worker at once: one being extracted, one waiting. */
const TASKS_PER_WORKER = 2;

function checkJobs(jobs: number): number {
  if (!Number.isInteger(jobs) || jobs < 1) throw new RangeError(`policylens: jobs must be a positive integer, got ${String(jobs)}`);
  return jobs;
}

/** Runs in this thread: the same extractor `extractPolicy` uses when no option changes it. */
class InlinePool implements PolicyPool {
  readonly jobs = 1;
  private readonly extract1: (text: string, options: ExtractOptions) => PolicyExtraction;
  constructor(config: WorkerConfig) {
    if (config.lexicons.length === 0 && config.segmenter === undefined) {
      // The process-wide default extractor: its dictionary may well be loaded already.
      this.extract1 = extractPolicy;
    } else {
      const extractor = createExtractor({ lexicons: config.lexicons, segmenter: config.segmenter });
      this.extract1 = (text, options) => extractor.extract(text, options);
    }
  }
  async extract(text: string, options: ExtractOptions = {}): Promise<PolicyExtraction> {
    return this.extract1(text, options);
  }
  async extractJson(text: string, options: ExtractOptions = {}): Promise<string> {
    return JSON.stringify(this.extract1(text, options));
  }
  async close(): Promise<void> {}
}

/**
 * Worker threads send each result back as JSON text rather than as an object graph. A result
 * is plain JSON data (the tests check it on every input they make), so the text parses to an
 * equal object; and parsing it is the cheaper half: over the corpus, structured clone took
 * 11 ms to write and 32 ms to read in the main thread, JSON 9 ms and 11 ms. The main thread
 * shares the cores with the workers, so what it does not spend, they get.
 */
class ThreadPool implements PolicyPool {
  constructor(
    readonly jobs: number,
    private readonly pool: Tinypool,
  ) {}
  async extract(text: string, options: ExtractOptions = {}): Promise<PolicyExtraction> {
    return JSON.parse(await this.extractJson(text, options)) as PolicyExtraction;
  }
  extractJson(text: string, options: ExtractOptions = {}): Promise<string> {
    if (typeof text !== 'string') {
      // Fail here, as extractPolicy would, rather than cloning a non-string to a worker.
      const got = text === null ? 'null' : Array.isArray(text) ? 'an array' : typeof text;
      return Promise.reject(new TypeError(`policylens: extractPolicy expects a string, got ${got}`));
    }
    const task: WorkerTask = { text, options };
    return this.pool.run(task) as Promise<string>;
  }
  close(): Promise<void> {
    return this.pool.destroy();
  }
}

/**
 * Creates a pool of `jobs` extractors. Lexicon errors throw here, before any thread starts,
 * so a bad file is reported once rather than once per worker.
 */
export async function createPool(options: PoolOptions = {}): Promise<PolicyPool> {
  const jobs = checkJobs(options.jobs ?? defaultJobs());
  const config: WorkerConfig = { lexicons: options.lexicons ?? [], segmenter: options.segmenter };
  const inline = new InlinePool(config);
  if (jobs === 1 && !options.workerThreads) return inline;
  // Loaded only here, so a plain `import 'policylens'` stays as cheap as it can be.
  const { Tinypool } = await import('tinypool');
  const pool = new Tinypool({
    filename: options.workerFile ?? new URL('./batch-worker.js', import.meta.url).href,
    minThreads: jobs,
    maxThreads: jobs,
    workerData: config,
    // A worker keeps its loaded dictionary between policies; idle workers are ended by close().
    idleTimeout: Number.MAX_SAFE_INTEGER,
    // A second policy waits in each worker, so a worker that finishes one starts the next at
    // once instead of waiting for this thread to answer (busy 91% of the time with one task
    // at a time, 94-98% with two; docs/benchmarks.md).
    concurrentTasksPerWorker: TASKS_PER_WORKER,
  });
  return new ThreadPool(jobs, pool);
}

function isErrorLike(err: unknown): err is { message: string } {
  return typeof err === 'object' && err !== null && typeof (err as { message?: unknown }).message === 'string';
}

function textOf(input: string | BatchItem, index: number): string {
  if (typeof input === 'string') return input;
  if (input && typeof input === 'object' && typeof input.text === 'string') return input.text;
  throw new TypeError(`policylens: extractMany input #${index} is neither a string nor an { id, text } object`);
}

/**
 * Extracts every policy of `inputs` (strings, or `{ id, text }` objects) on `jobs` worker
 * threads. Results come back in input order and equal what `extractPolicy` returns for each.
 * The first failing policy rejects the whole call; its error names the policy.
 */
export async function extractMany(
  inputs: readonly (string | BatchItem)[],
  options: ExtractManyOptions = {},
): Promise<PolicyExtraction[]> {
  if (!Array.isArray(inputs)) throw new TypeError('policylens: extractMany expects an array of strings or { id, text } objects');
  const texts = inputs.map(textOf);
  const { jobs, lexicons, segmenter, workerFile, workerThreads, onResult, ...extractOptions } = options;
  // Never more threads than policies: each thread loads its own dictionary.
  const wanted = Math.min(checkJobs(jobs ?? defaultJobs(texts.length)), Math.max(1, texts.length));
  const pool = await createPool({ jobs: wanted, lexicons, segmenter, workerFile, workerThreads });
  const results: PolicyExtraction[] = new Array(texts.length);
  const one = async (i: number): Promise<void> => {
    try {
      results[i] = await pool.extract(texts[i]!, extractOptions);
    } catch (err) {
      const input = inputs[i]!;
      const name = typeof input === 'string' ? `#${i}` : `#${i} (${input.id})`;
      // Not `instanceof Error`: an error cloned from a worker may come from another realm.
      if (isErrorLike(err)) err.message = `${err.message} [input ${name}]`;
      throw err;
    }
    onResult?.(results[i]!, i);
  };
  try {
    if (pool instanceof InlinePool) {
      // One after the other, stopping at the first failure.
      for (let i = 0; i < texts.length; i++) await one(i);
    } else {
      // The pool queues what its threads cannot take yet.
      await Promise.all(texts.map((_, i) => one(i)));
    }
    return results;
  } finally {
    await pool.close();
  }
}
