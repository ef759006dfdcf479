/**
 * Command-line arguments of `policylens`, parsed with node:util parseArgs and checked
 * into one typed value. Anything wrong here is a usage error (exit code 2).
 */
import { parseArgs } from 'node:util';
import type { InputFormat } from '../types.js';

export type OutputMode = 'summary' | 'json' | 'jsonl';

export interface CliOptions {
  /** Paths; `-` is standard input (one policy, or JSONL records with --jsonl). */
  inputs: string[];
  output: OutputMode;
  lexicons: string[];
  /** Undefined: chosen from the number of inputs. */
  jobs?: number;
  format: InputFormat;
  maxLength?: number;
  /** Folders are read with the folders below them. */
  recursive: boolean;
  help: boolean;
  version: boolean;
}

/** A mistake in how the command was called. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export const USAGE = `Usage: policylens [options] [files...|folders...|-]

Reads privacy policies (Chinese, English or both) and prints what they say:
languages, sections, data types, SDKs, permissions, rights, deadlines, minors,
contacts, dates. With no input, or with -, the policy is read from standard
input. A folder stands for the .txt, .html, .htm and .md files in it.

Commands:
  policylens check [options] [files...|-]     compliance findings
  policylens report <file|-> [-o out.html]    one HTML page: the text with every
                                              finding marked, tables, filters
  policylens diff [options] old-file new-file what changed between two versions
  (policylens check --help, policylens report --help, policylens diff --help)

Options:
  --json            the full results as JSON: an array of {id, result}, or
                    {id, error} for an input that failed, in input order
  --jsonl           one JSON line {id, result} (or {id, error}) per policy as
                    each finishes; with -, read JSONL records
                    {"id": ..., "text": ...} from standard input
  -r, --recursive   with a folder, read the folders below it too
  --lexicon FILE    add a lexicon (JSON or YAML); repeatable. An entry whose id
                    or form is already loaded must say "override": true
                    (docs/extending.md)
  --jobs N          worker threads (default: every core for 200 or more inputs
                    or a JSONL stream, else one core fewer; never more than
                    there are inputs)
  --format F        html, text or auto (default: auto)
  --max-length N    longest input accepted, in UTF-16 code units
                    (default: 5242880)
  -h, --help        show this help
  -v, --version     show the version

Exit codes: 0 all inputs done; 1 some input could not be read or extracted
(the others are still processed); 2 usage error or bad lexicon.
`;

const FORMATS: readonly InputFormat[] = ['html', 'text', 'auto'];

function positiveInteger(flag: string, raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  if (!/^[0-9]{1,9}$/.test(raw) || Number(raw) < 1) throw new UsageError(`${flag} expects a positive whole number, got '${raw}'`);
  return Number(raw);
}

export function parseCliArgs(argv: readonly string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        json: { type: 'boolean', default: false },
        jsonl: { type: 'boolean', default: false },
        lexicon: { type: 'string', multiple: true, default: [] },
        jobs: { type: 'string' },
        format: { type: 'string', default: 'auto' },
        'max-length': { type: 'string' },
        recursive: { type: 'boolean', short: 'r', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
  } catch (err) {
    // policylens's own words, not parseArgs's (which suggest '--' and "-- -x" forms).
    const e = err as Error & { code?: string };
    const opt = /'([^']+)'/.exec(e.message)?.[1];
    if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && opt) throw new UsageError(`unknown option '${opt}'\nUsage: policylens [options] [files...|folders...|-]`);
    if (e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && opt) throw new UsageError(`option '${opt}' needs a value\nUsage: policylens [options] [files...|folders...|-]`);
    throw new UsageError(e.message);
  }
  const { values, positionals } = parsed;
  if (values.json && values.jsonl) throw new UsageError('--json and --jsonl cannot be used together');
  const format = values.format as string;
  if (!FORMATS.includes(format as InputFormat)) throw new UsageError(`--format expects html, text or auto, got '${format}'`);
  if (positionals.filter((p) => p === '-').length > 1) throw new UsageError('standard input (-) can be read only once');
  return {
    inputs: positionals,
    output: values.jsonl ? 'jsonl' : values.json ? 'json' : 'summary',
    lexicons: values.lexicon as string[],
    jobs: positiveInteger('--jobs', values.jobs as string | undefined),
    format: format as InputFormat,
    maxLength: positiveInteger('--max-length', values['max-length'] as string | undefined),
    recursive: values.recursive as boolean,
    help: values.help as boolean,
    version: values.version as boolean,
  };
}
