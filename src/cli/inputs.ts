/**
 * Where the CLI's policies come from: files, one policy on standard input, or JSONL records
 * `{"id": ..., "text": ...}` on standard input. Each is read only when the previous one has
 * been handed on, so a long stream never sits in memory whole.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

/**
 * What names an input in output and messages: the path as given, or a JSONL record's own id,
 * kept as the record had it (a number stays a number).
 */
export type InputId = string | number;

/** One policy to extract, or the reason it cannot be. */
export type InputItem = { id: InputId; text: string; error?: undefined } | { id: InputId; text?: undefined; error: string };

/** Files a folder given as input stands for: the text formats policylens reads. */
export const FOLDER_EXTENSIONS: readonly string[] = ['.txt', '.html', '.htm', '.md'];

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
  const id = typeof record.id === 'string' || (typeof record.id === 'number' && Number.isFinite(record.id)) ? record.id : fallback;
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
  /** Folders: also the folders below them. */
  recursive?: boolean;
}

/** Code-unit order, so a folder reads the same on every machine and locale. */
const byName = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The policy files of a folder, sorted by name; with `recursive`, those of its sub-folders
 * after its own files, each folder in name order. Hidden entries (".git") are skipped.
 */
export async function folderFiles(dir: string, recursive: boolean): Promise<string[]> {
  const entries = (await readdir(dir, { withFileTypes: true })).filter((e) => !e.name.startsWith('.')).sort((a, b) => byName(a.name, b.name));
  const files = entries.filter((e) => e.isFile() && FOLDER_EXTENSIONS.some((x) => e.name.toLowerCase().endsWith(x))).map((e) => join(dir, e.name));
  if (!recursive) return files;
  for (const e of entries) if (e.isDirectory()) files.push(...(await folderFiles(join(dir, e.name), true)));
  return files;
}

async function readPolicyFile(path: string): Promise<InputItem> {
  try {
    return { id: path, text: await readFile(path, 'utf8') };
  } catch (err) {
    return { id: path, error: `cannot read ${path}: ${readError(err)}` };
  }
}

/** The inputs in command-line order; a folder in place of the files it holds. */
export async function* readInputs(paths: readonly string[], options: InputOptions): AsyncGenerator<InputItem> {
  for (const path of paths) {
    if (path === STDIN_ID) {
      if (options.jsonl) yield* jsonlRecords(options.stdin());
      else yield { id: STDIN_ID, text: await readAll(options.stdin()) };
      continue;
    }
    let isFolder = false;
    try {
      isFolder = (await stat(path)).isDirectory();
    } catch {
      // Missing or unreadable: readFile below says why.
    }
    if (!isFolder) {
      yield await readPolicyFile(path);
      continue;
    }
    let files: string[];
    try {
      files = await folderFiles(path, options.recursive ?? false);
    } catch (err) {
      yield { id: path, error: `cannot read ${path}: ${readError(err)}` };
      continue;
    }
    if (files.length === 0) {
      const where = options.recursive ? 'in it or below it' : 'in it (--recursive reads the folders below)';
      yield { id: path, error: `${path} is a folder with no ${FOLDER_EXTENSIONS.join(' / ')} files ${where}` };
      continue;
    }
    for (const file of files) yield await readPolicyFile(file);
  }
}
