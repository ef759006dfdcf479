/**
 * Where the CLI's policies come from: files, one policy on standard input, or JSONL records
 * `{"id": ..., "text": ...}` on standard input. Each is read only when the previous one has
 * been handed on, so a long stream never sits in memory whole.
 */
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';

/** One policy to extract, or the reason it cannot be. */
export type InputItem = { id: string; text: string; error?: undefined } | { id: string; text?: undefined; error: string };

/** What the id of standard input is, in messages and output. */
export const STDIN_ID = '-';

const FS_REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'is a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EMFILE: 'too many open files',
};

function readError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  return code ? `${FS_REASONS[code] ?? 'cannot read it'} (${code})` : (err as Error).message;
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

/** One JSONL line as an input: `{"id": "...", "text": "..."}`; the id may be a number, or absent. */
export function parseRecord(line: string, lineNumber: number): InputItem {
  const fallback = `${STDIN_ID}:${lineNumber}`;
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    return { id: fallback, error: `line ${lineNumber} is not valid JSON (${(err as Error).message})` };
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    return { id: fallback, error: `line ${lineNumber} is not a JSON object` };
  }
  const record = value as { id?: unknown; text?: unknown };
  const id = typeof record.id === 'string' || typeof record.id === 'number' ? String(record.id) : fallback;
  if (typeof record.text !== 'string') return { id, error: `line ${lineNumber} has no string "text" field` };
  return { id, text: record.text };
}

async function* jsonlRecords(stream: NodeJS.ReadableStream): AsyncGenerator<InputItem> {
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n++;
    if (line.trim() === '') continue;
    yield parseRecord(line, n);
  }
}

export interface InputOptions {
  /** Read `-` as JSONL records rather than as one policy. */
  jsonl: boolean;
  stdin: () => NodeJS.ReadableStream;
}

/** The inputs in command-line order. */
export async function* readInputs(paths: readonly string[], options: InputOptions): AsyncGenerator<InputItem> {
  for (const path of paths) {
    if (path === STDIN_ID) {
      if (options.jsonl) yield* jsonlRecords(options.stdin());
      else yield { id: STDIN_ID, text: await readAll(options.stdin()) };
      continue;
    }
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (err) {
      yield { id: path, error: `cannot read ${path}: ${readError(err)}` };
      continue;
    }
    yield { id: path, text };
  }
}
