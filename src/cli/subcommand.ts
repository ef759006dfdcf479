/**
 * What `policylens check`, `report` and `diff` share: their streams, how they parse their
 * arguments (a usage error names the command and points at its --help), the --format and
 * --lexicon options, HTML read as its visible text, and writing an output file.
 */
import { writeFile } from 'node:fs/promises';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { createExtractor, type Extractor } from '../extractor.js';
import { htmlToText, looksLikeHtml } from '../ingest/html.js';
import { LexiconError } from '../lexicon/schema.js';
import type { InputFormat } from '../types.js';

/** The streams a command writes to and reads from (the same shape as the main command's). */
export interface SubcommandIo {
  stdout: { write(chunk: string): boolean };
  stderr: { write(chunk: string): boolean };
  stdin: () => NodeJS.ReadableStream;
  stdinIsTTY: boolean;
}

export const EXIT_USAGE = 2;
const FORMATS: readonly InputFormat[] = ['html', 'text', 'auto'];

/** `policylens <command>: message` and the pointer to its help; the usage exit code. */
export function usageError(command: string, io: SubcommandIo, message: string): number {
  io.stderr.write(`policylens ${command}: ${message}\nRun 'policylens ${command} --help' for usage.\n`);
  return EXIT_USAGE;
}

export type SubcommandOptions = NonNullable<ParseArgsConfig['options']>;
/** Parsed arguments: option values by name (read with the option's type) and the positionals. */
export interface Parsed {
  values: Record<string, string | boolean | (string | boolean)[] | undefined>;
  positionals: string[];
}

/**
 * The command's arguments, or the exit code when there is nothing more to do: a usage error
 * (printed), or `--help` (the usage printed). Every command takes `-h/--help` and `--format`.
 */
export function parseSubcommand(command: string, usage: string, argv: readonly string[], options: SubcommandOptions, io: SubcommandIo): Parsed | number {
  let parsed: Parsed;
  try {
    parsed = parseArgs({ args: [...argv], allowPositionals: true, strict: true, options });
  } catch (err) {
    return usageError(command, io, (err as Error).message);
  }
  const values = parsed.values;
  if (values.help) {
    io.stdout.write(usage);
    return 0;
  }
  const format = values.format;
  if (format !== undefined && !FORMATS.includes(format as InputFormat)) return usageError(command, io, `--format expects html, text or auto, got '${String(format)}'`);
  return parsed;
}

/** The extractor with the --lexicon files, or the usage exit code after naming the bad lexicon. */
export function extractorFor(command: string, lexicons: readonly string[], io: SubcommandIo): Extractor | number {
  try {
    return createExtractor({ lexicons: [...lexicons] });
  } catch (err) {
    if (err instanceof LexiconError) {
      // LexiconError messages already start with 'policylens lexicon <file>'.
      io.stderr.write(`policylens ${command}: ${err.message}\n`);
      return EXIT_USAGE;
    }
    throw err;
  }
}

/**
 * The text a page shows and marks: for HTML input its visible text, so that evidence offsets
 * point into words rather than markup.
 */
export function visibleText(input: string, format: InputFormat): string {
  return format === 'html' || (format === 'auto' && looksLikeHtml(input)) ? htmlToText(input).text : input;
}

/** Writes `content` to `file`; false (with the reason on stderr) when it cannot. */
export async function writeOutput(command: string, file: string, content: string, io: SubcommandIo): Promise<boolean> {
  try {
    await writeFile(file, content, 'utf8');
    return true;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    io.stderr.write(`policylens ${command}: cannot write ${file}${code ? ` (${code})` : ''}\n`);
    return false;
  }
}

/** A library error's message without its own `policylens: ` prefix (the command adds one). */
export function messageOf(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).replace(/^policylens: /, '');
}
