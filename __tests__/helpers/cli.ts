import { Readable } from 'node:stream';

/** A stream stand-in that collects what the command writes. */
export interface OutputSink {
  write(s: string): boolean;
  once(): void;
  isTTY: boolean;
  columns: number;
  text(): string;
}

export function outputSink(isTTY = false): OutputSink {
  const chunks: string[] = [];
  return { write: (s: string) => (chunks.push(s), true), once: () => undefined, isTTY, columns: 80, text: () => chunks.join('') };
}

export interface RunOptions {
  /** Text on standard input; without it stdin is an empty terminal. */
  stdin?: string;
  stdinIsTTY?: boolean;
  /** Standard error is a terminal (progress output). */
  ttyErr?: boolean;
}

/** The `policylens` command run in this process, with its output collected. */
export async function runCommand(argv: string[], opts: RunOptions = {}): Promise<{ code: number; out: string; err: string }> {
  const { runCli } = await import('../../src/cli/run.js');
  const stdout = outputSink();
  const stderr = outputSink(opts.ttyErr ?? false);
  const code = await runCli(argv, {
    stdout,
    stderr,
    stdin: () => Readable.from([Buffer.from(opts.stdin ?? '', 'utf8')]),
    stdinIsTTY: opts.stdinIsTTY ?? opts.stdin === undefined,
  });
  return { code, out: stdout.text(), err: stderr.text() };
}
