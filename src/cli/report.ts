/**
 * `policylens report`: one policy in, one self-contained HTML report out (a file with -o,
 * else standard output). HTML input is reported on its visible text: the extraction runs on
 * that text, so the marks' offsets point into what the page shows rather than into markup.
 */
import { renderReport } from '../report/index.js';
import type { InputFormat } from '../types.js';
import { readInputs } from './inputs.js';
import { extractorFor, messageOf, parseSubcommand, usageError, visibleText, writeOutput, type SubcommandIo, type SubcommandOptions } from './subcommand.js';

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
export type ReportIo = SubcommandIo;

const OPTIONS: SubcommandOptions = {
  output: { type: 'string', short: 'o' },
  title: { type: 'string' },
  lexicon: { type: 'string', multiple: true, default: [] },
  format: { type: 'string', default: 'auto' },
  help: { type: 'boolean', short: 'h', default: false },
};

export async function runReport(argv: readonly string[], io: ReportIo): Promise<number> {
  const parsed = parseSubcommand('report', REPORT_USAGE, argv, OPTIONS, io);
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  const format = values.format as InputFormat;
  if (positionals.length > 1) return usageError('report', io, 'one policy per report: give one file, or -');
  if (positionals.length === 0 && io.stdinIsTTY) return usageError('report', io, 'no input: give a policy file, or pipe a policy to standard input');
  const input = positionals[0] ?? '-';
  const extractor = extractorFor('report', values.lexicon as string[], io);
  if (typeof extractor === 'number') return extractor;

  let html: string;
  for await (const item of readInputs([input], { jsonl: false, stdin: io.stdin })) {
    if (item.error !== undefined) {
      io.stderr.write(`policylens report: ${item.error}\n`);
      return 1;
    }
    try {
      const text = visibleText(item.text, format);
      const result = extractor.extract(text, { format: 'text', checks: true });
      const title = values.title as string | undefined;
      html = renderReport(text, result, title !== undefined ? { title } : {});
    } catch (err) {
      io.stderr.write(`policylens report: ${item.id}: ${messageOf(err)}\n`);
      return 1;
    }
  }
  const out = values.output as string | undefined;
  if (out === undefined) {
    io.stdout.write(html!);
    return 0;
  }
  return (await writeOutput('report', out, html!, io)) ? 0 : 1;
}
