/**
 * The `policylens` command: arguments in, summaries or JSON out, an exit code back.
 * Streams are passed in, so tests run it without a process of its own.
 */
import { createRequire } from 'node:module';
import { createPool, defaultJobs, type PolicyPool } from '../batch.js';
import { LexiconError } from '../lexicon/schema.js';
import type { ExtractionWarning, ExtractOptions, PolicyExtraction } from '../types.js';
import { runCheck } from './check.js';
import { runDiff } from './diff.js';
import { runReport } from './report.js';
import { parseCliArgs, USAGE, UsageError, type CliOptions } from './args.js';
import { readInputs, STDIN_ID, type InputId, type InputItem } from './inputs.js';
import { Progress } from './progress.js';
import { renderSummary } from './summary.js';

export interface OutputStream {
  write(chunk: string): boolean;
  once(event: 'drain', listener: () => void): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface CliIo {
  stdout: OutputStream;
  stderr: OutputStream;
  /** Called only when standard input is to be read, so an unused stdin is never opened. */
  stdin: () => NodeJS.ReadableStream & { isTTY?: boolean };
  /** Whether standard input is a terminal (then it is not read without `-`). */
  stdinIsTTY: boolean;
}

export const EXIT_OK = 0;
export const EXIT_INPUT_ERROR = 1;
export const EXIT_USAGE = 2;

function version(): string {
  // package.json is two folders up from both src/cli and dist/cli.
  const require = createRequire(import.meta.url);
  return (require('../../package.json') as { version: string }).version;
}

/** Summaries fit 80 columns, or a terminal's own width when it is wider (or narrower). */
export const SUMMARY_WIDTH = 80;
const MIN_WIDTH = 40;
export function summaryWidth(stream: OutputStream): number {
  return stream.isTTY && stream.columns ? Math.max(MIN_WIDTH, stream.columns) : SUMMARY_WIDTH;
}

/** Threads to use when `--jobs` is not given: `defaultJobs` for the number of inputs. */
function chooseJobs(opts: CliOptions): number {
  if (opts.jobs !== undefined) return opts.jobs;
  // A JSONL stream's length is unknown: it is taken as a large batch.
  if (opts.output === 'jsonl' && opts.inputs.includes(STDIN_ID)) return defaultJobs();
  return defaultJobs(opts.inputs.length);
}

/** Writes and waits while the reader is behind, so a long JSONL run keeps little in memory. */
function write(stream: OutputStream, chunk: string): Promise<void> | undefined {
  if (stream.write(chunk)) return undefined;
  return new Promise((resolve) => stream.once('drain', resolve));
}

/**
 * Where finished policies go. Summaries and JSON keep input order (holding back results that
 * finish early); JSONL lines go out as each policy finishes.
 */
class Output {
  /** Finished but not yet written: a summary, a result for JSON, or null for a failure. */
  private readonly pending = new Map<number, string | { id: InputId; result: PolicyExtraction } | { id: InputId; error: string } | null>();
  private next = 0;
  private written = 0;
  private readonly collected: ({ id: InputId; result: PolicyExtraction } | { id: InputId; error: string })[] = [];

  constructor(
    private readonly mode: CliOptions['output'],
    private readonly stdout: OutputStream,
    /** Terminal cells a summary line may take. */
    private readonly width: number,
  ) {}

  /** A JSONL line from the result's JSON text, exactly as `JSON.stringify({ id, result })` writes it. */
  async doneJson(id: InputId, json: string): Promise<void> {
    await write(this.stdout, `{"id":${JSON.stringify(id)},"result":${json}}\n`);
  }

  async done(index: number, id: InputId, result: PolicyExtraction): Promise<void> {
    this.pending.set(index, this.mode === 'json' ? { id, result } : renderSummary(String(id), result, this.width));
    await this.flush();
  }

  async failed(index: number, id: InputId, message: string): Promise<void> {
    if (this.mode === 'jsonl') {
      await write(this.stdout, `${JSON.stringify({ id, error: message })}\n`);
      return;
    }
    // JSON lists every input: a failure as { id, error }.
    this.pending.set(index, this.mode === 'json' ? { id, error: message } : null);
    await this.flush();
  }

  private async flush(): Promise<void> {
    while (this.pending.has(this.next)) {
      const item = this.pending.get(this.next)!;
      this.pending.delete(this.next);
      this.next++;
      if (item === null) continue;
      if (typeof item !== 'string') this.collected.push(item);
      else await write(this.stdout, (this.written++ ? '\n' : '') + item);
    }
  }

  /**
   * JSON is written at the end: always an array of `{ id, result }` / `{ id, error }`, one per
   * input, so a script's code does not depend on how many files a glob matched.
   */
  async end(): Promise<void> {
    if (this.mode !== 'json') return;
    await write(this.stdout, `${JSON.stringify(this.collected, null, 2)}\n`);
  }
}

/** The warnings of a result given as JSON text: its last field, read without parsing the rest. */
function jsonWarnings(json: string): ExtractionWarning[] {
  if (json.endsWith('"warnings":[]}')) return [];
  const at = json.lastIndexOf('"warnings":');
  if (at < 0) return [];
  return JSON.parse(json.slice(at + '"warnings":'.length, -1)) as ExtractionWarning[];
}

async function extractAll(opts: CliOptions, io: CliIo): Promise<number> {
  const inputs = opts.inputs.length ? opts.inputs : [STDIN_ID];
  const settled = { ...opts, inputs };
  let pool: PolicyPool;
  try {
    pool = await createPool({ jobs: chooseJobs(settled), lexicons: opts.lexicons });
  } catch (err) {
    if (err instanceof LexiconError) {
      // LexiconError messages already start with 'policylens lexicon <file>'.
      io.stderr.write(`${err.message}\n`);
      return EXIT_USAGE;
    }
    throw err;
  }
  const extractOptions: ExtractOptions = { format: opts.format };
  if (opts.maxLength !== undefined) extractOptions.maxLength = opts.maxLength;

  const streaming = opts.output === 'jsonl' && inputs.includes(STDIN_ID);
  const progress = new Progress(io.stderr, streaming ? undefined : inputs.length);
  const output = new Output(opts.output, io.stdout, summaryWidth(io.stdout));
  let failures = 0;
  /** `shown` is the stderr line (it names the input); `message` goes into JSONL error records. */
  const fail = async (index: number, id: InputId, message: string, shown = message): Promise<void> => {
    failures++;
    progress.message(`policylens: ${shown}`);
    await output.failed(index, id, message);
  };

  /** A result's warnings go to stderr, naming the input; the result itself is still written. */
  const warn = (id: InputId, warnings: readonly ExtractionWarning[]): void => {
    for (const w of warnings) progress.message(`policylens: ${id}: warning: ${w.message}`);
  };

  // Enough policies in flight to keep every thread busy, few enough to bound memory.
  const limit = pool.jobs * 2;
  const inFlight = new Set<Promise<void>>();
  let count = 0;
  try {
    for await (const item of readInputs(inputs, { jsonl: opts.output === 'jsonl', stdin: io.stdin, recursive: opts.recursive }) as AsyncIterable<InputItem>) {
      const index = count++;
      if (item.error !== undefined) {
        await fail(index, item.id, item.error);
        progress.tick(false);
        continue;
      }
      // JSONL takes the result as JSON text: from a worker thread it is never parsed here.
      // Writing is kept out of the extraction's promise, so a failed write is not taken for a failed policy.
      const extracted: Promise<() => Promise<void>> =
        opts.output === 'jsonl'
          ? pool.extractJson(item.text, extractOptions).then((json) => {
              warn(item.id, jsonWarnings(json));
              return () => output.doneJson(item.id, json);
            })
          : pool.extract(item.text, extractOptions).then((result) => {
              warn(item.id, result.warnings);
              return () => output.done(index, item.id, result);
            });
      const task: Promise<void> = extracted
        .then(
          async (emit) => {
            await emit();
            progress.tick(true);
          },
          async (err: unknown) => {
            // Library messages start with 'policylens: ': the stderr line gives the prefix once.
            const message = (err instanceof Error ? err.message : String(err)).replace(/^policylens: /, '');
            await fail(index, item.id, message, `${item.id}: ${message}`);
            progress.tick(false);
          },
        )
        .finally(() => inFlight.delete(task));
      inFlight.add(task);
      if (inFlight.size >= limit) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
    await output.end();
  } finally {
    progress.finish();
    await pool.close();
  }
  return failures ? EXIT_INPUT_ERROR : EXIT_OK;
}

/** Runs the command with `argv` (without node and the script) and returns the exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  // Subcommands come first; anything else is the extraction command.
  if (argv[0] === 'check') return runCheck(argv.slice(1), io);
  if (argv[0] === 'diff') return runDiff(argv.slice(1), io);
  if (argv[0] === 'report') return runReport(argv.slice(1), io);
  let opts: CliOptions;
  try {
    opts = parseCliArgs(argv);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    io.stderr.write(`policylens: ${err.message}\nRun 'policylens --help' for usage.\n`);
    return EXIT_USAGE;
  }
  if (opts.help) {
    io.stdout.write(USAGE);
    return EXIT_OK;
  }
  if (opts.version) {
    io.stdout.write(`${version()}\n`);
    return EXIT_OK;
  }
  if (opts.inputs.length === 0 && io.stdinIsTTY) {
    io.stderr.write(`policylens: no input: give policy files, or pipe a policy to standard input\n\n${USAGE}`);
    return EXIT_USAGE;
  }
  return extractAll(opts, io);
}
