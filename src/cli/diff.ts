/**
 * `policylens diff old.txt new.txt`: what changed between two versions of a policy, one line
 * per change (widening ones marked), or `--json`; `--report FILE` also writes both versions
 * side by side as one HTML page. Exit 0 done, 1 an input could not be read (or the report
 * not written), 2 usage error; `--fail-on-widen` exits 1 when the new version widens.
 */
import { readFile } from 'node:fs/promises';
import { diffPolicies, type PolicyChange } from '../diff/index.js';
import { extractPolicy } from '../extractor.js';
import { renderDiffReport } from '../report/index.js';
import type { InputFormat } from '../types.js';
import { parseSubcommand, usageError, visibleText, writeOutput, type SubcommandIo, type SubcommandOptions } from './subcommand.js';
import { truncate } from './table.js';

export const DIFF_USAGE = `Usage: policylens diff [options] old-file new-file

Compares two versions of a policy: data types, SDKs and their data, permissions
and their purposes, rights, deadlines, retention, storage and cross-border
transfer, sharing recipients and data, controllers, dates. Changes that collect
or share more are marked "widens" (PIPL art. 14: they need new consent).

Options:
  --json                 print {before, after, widens, changes} as JSON
  --fail-on-widen        exit 1 when a change widens collection or sharing
  --report FILE          also write an HTML page: both versions side by side,
                         the changes marked (HTML input: its visible text)
  --format F             html, text or auto (default: auto)
  -h, --help             show this help

Exit codes: 0 done; 1 an input could not be read, the report could not be
written, or a widening change with --fail-on-widen; 2 usage error.
`;

const LINE_WIDTH = 80;
const MARK: Record<PolicyChange['change'], string> = { added: '+', removed: '-', changed: '~' };

function render(before: string, after: string, changes: readonly PolicyChange[], afterText: string, beforeText: string): string {
  const lines = [`${before} -> ${after}: ${changes.length} changes, ${changes.filter((c) => c.widens).length} widening`];
  for (const c of changes) {
    const value = c.change === 'changed' ? ` (${c.before ?? '-'} -> ${c.after ?? '-'})` : '';
    lines.push(truncate(`${MARK[c.change]} ${c.kind} ${c.subject}${value}${c.widens ? '  [widens]' : ''}`, LINE_WIDTH));
    const e = c.evidence.after[0] ?? c.evidence.before[0];
    const text = c.evidence.after[0] ? afterText : beforeText;
    if (e) lines.push(truncate(`    "${text.slice(e.start, e.end).replace(/\s+/g, ' ')}"`, LINE_WIDTH));
  }
  return `${lines.join('\n')}\n`;
}

const OPTIONS: SubcommandOptions = {
  json: { type: 'boolean', default: false },
  'fail-on-widen': { type: 'boolean', default: false },
  format: { type: 'string', default: 'auto' },
  report: { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
};

export async function runDiff(argv: readonly string[], io: SubcommandIo): Promise<number> {
  const parsed = parseSubcommand('diff', DIFF_USAGE, argv, OPTIONS, io);
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  if (positionals.length !== 2) return usageError('diff', io, `expects two files (old and new), got ${positionals.length}`);
  const format = values.format as InputFormat;
  const texts: string[] = [];
  for (const path of positionals) {
    try {
      texts.push(await readFile(path, 'utf8'));
    } catch (err) {
      io.stderr.write(`policylens diff: cannot read ${path} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})\n`);
      return 1;
    }
  }
  const report = values.report as string | undefined;
  if (report !== undefined) return withReport(positionals as [string, string], texts as [string, string], format, report, values.json === true, values['fail-on-widen'] === true, io);
  const diff = diffPolicies(texts[0], texts[1], { extract: { format } });
  if (values.json) io.stdout.write(`${JSON.stringify({ before: positionals[0], after: positionals[1], ...diff }, null, 2)}\n`);
  else io.stdout.write(render(positionals[0], positionals[1], diff.changes, texts[1], texts[0]));
  return values['fail-on-widen'] && diff.widens ? 1 : 0;
}

/**
 * The diff with its HTML page: HTML input is compared on its visible text (as `report` does),
 * so the page's marks sit on words; the printed changes are those of the page.
 */
async function withReport(names: [string, string], inputs: [string, string], format: InputFormat, file: string, json: boolean, failOnWiden: boolean, io: SubcommandIo): Promise<number> {
  const texts = inputs.map((t) => visibleText(t, format)) as [string, string];
  const [before, after] = texts.map((t) => extractPolicy(t, { format: 'text' }));
  const diff = diffPolicies(before!, after!);
  const html = renderDiffReport(texts[0], before!, texts[1], after!, diff, { beforeName: names[0], afterName: names[1] });
  if (!(await writeOutput('diff', file, html, io))) return 1;
  if (json) io.stdout.write(`${JSON.stringify({ before: names[0], after: names[1], ...diff }, null, 2)}\n`);
  else io.stdout.write(render(names[0], names[1], diff.changes, texts[1], texts[0]));
  return failOnWiden && diff.widens ? 1 : 0;
}
