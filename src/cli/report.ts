/**
 * `policylens report`: one policy in, one self-contained HTML report out (a file with -o,
 * else standard output). HTML input is reported on its visible text: the extraction runs on
 * that text, so the marks' offsets point into what the page shows rather than into markup.
 */
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { createExtractor } from '../extractor.js';
import { htmlToText, looksLikeHtml } from '../ingest/html.js';
import { LexiconError } from '../lexicon/schema.js';
import { renderReport } from '../report/index.js';
import type { InputFormat } from '../types.js';
import { readInputs } from './inputs.js';

export const REPORT_USAGE = `Usage: policylens report [options] <file|->

Writes one HTML page for a policy: its text with every finding marked, tables
of SDKs, permissions, data types, rights, deadlines, contacts, dates and
compliance findings, filters and a search. The page is self-contained: it
loads no fonts, scripts or images.

Options:
  -o, --output FILE    write the report to FILE (default: standard output)
  --title TEXT         the report's title (default: the policy's product name)
  --lexicon FILE       add a lexicon (JSON or YAML); repeatable
  --format F           html, text or auto (default: auto); HTML is reported
                       on its visible text
  -h, --help           show this help

Exit codes: 0 report written; 1 the input could not be read or extracted, or
the output could not be written; 2 usage error or bad lexicon.
`;

/** The streams the command writes to and reads from (the same shape as the main command's). */
export interface ReportIo {
  stdout: { write(chunk: string): boolean };
  stderr: { write(chunk: string): boolean };
  stdin: () => NodeJS.ReadableStream;
  stdinIsTTY: boolean;
}

function usageError(io: ReportIo, message: string): number {
  io.stderr.write(`policylens report: ${message}\nRun 'policylens report --help' for usage.\n`);
  return 2;
}

export async function runReport(argv: readonly string[], io: ReportIo): Promise<number> {
  let values;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        output: { type: 'string', short: 'o' },
        title: { type: 'string' },
        lexicon: { type: 'string', multiple: true, default: [] },
        format: { type: 'string', default: 'auto' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (err) {
    return usageError(io, (err as Error).message);
  }
  if (values.help) {
    io.stdout.write(REPORT_USAGE);
    return 0;
  }
  const format = values.format as InputFormat;
  if (!['html', 'text', 'auto'].includes(format)) return usageError(io, `--format expects html, text or auto, got '${format}'`);
  if (positionals.length > 1) return usageError(io, 'one policy per report: give one file, or -');
  if (positionals.length === 0 && io.stdinIsTTY) return usageError(io, 'no input: give a policy file, or pipe a policy to standard input');
  const input = positionals[0] ?? '-';

  let extractor;
  try {
    extractor = createExtractor({ lexicons: values.lexicon as string[] });
  } catch (err) {
    if (err instanceof LexiconError) {
      io.stderr.write(`policylens report: ${err.message}\n`);
      return 2;
    }
    throw err;
  }

  let html: string;
  for await (const item of readInputs([input], { jsonl: false, stdin: io.stdin })) {
    if (item.error !== undefined) {
      io.stderr.write(`policylens report: ${item.error}\n`);
      return 1;
    }
    try {
      const isHtml = format === 'html' || (format === 'auto' && looksLikeHtml(item.text));
      const text = isHtml ? htmlToText(item.text).text : item.text;
      const result = extractor.extract(text, { format: 'text', checks: true });
      const title = values.title as string | undefined;
      html = renderReport(text, result, title !== undefined ? { title } : {});
    } catch (err) {
      const message = (err instanceof Error ? err.message : String(err)).replace(/^policylens: /, '');
      io.stderr.write(`policylens report: ${item.id}: ${message}\n`);
      return 1;
    }
  }
  const out = values.output as string | undefined;
  if (out === undefined) {
    io.stdout.write(html!);
    return 0;
  }
  try {
    await writeFile(out, html!, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    io.stderr.write(`policylens report: cannot write ${out}${code ? ` (${code})` : ''}\n`);
    return 1;
  }
  return 0;
}
