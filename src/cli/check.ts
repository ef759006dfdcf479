/**
 * `policylens check`: compliance findings for each policy, grouped by severity, or as JSON;
 * `--fail-on SEVERITY` makes the exit code say whether a finding at that level (or worse)
 * exists, for use in CI.
 */
import { checkPolicy, type Finding, type Jurisdiction, type Severity } from '../checks/index.js';
import { resolveAppCategories } from '../checks/rules/necessary-pi.js';
import type { InputFormat } from '../types.js';
import { readInputs, type InputId } from './inputs.js';
import { extractorFor, messageOf, parseSubcommand, usageError, type SubcommandIo, type SubcommandOptions } from './subcommand.js';
import { truncate, wrapLine } from './table.js';

export const CHECK_USAGE = `Usage: policylens check [options] [files...|-]

Checks what each policy must say (Chinese rules: PIPL, App-191, TC260 guides;
EU rules: GDPR art. 13) and prints the findings grouped by severity, each with
its articles and the words it rests on.

Options:
  --json               print [{id, findings}] as JSON
  --fail-on SEVERITY   exit 1 when a finding at this severity or worse exists
                       (violation, warning or info)
  --jurisdiction J     cn or eu; repeatable (default: from the policy's
                       languages)
  --app-category T     the app's type in the necessary-PI table (网上购物 or
                       online-shopping); repeatable; enables
                       necessary-pi.exceeds
  --lexicon FILE       add a lexicon (JSON or YAML); repeatable
  --format F           html, text or auto (default: auto)
  -h, --help           show this help

Exit codes: 0 done (and nothing at --fail-on); 1 a finding at --fail-on, or an
input could not be read; 2 usage error or bad lexicon.
`;

/** The streams the command writes to and reads from (the same shape as the main command's). */
export type CheckIo = SubcommandIo;

const SEVERITY_ORDER: readonly Severity[] = ['violation', 'warning', 'info'];
const JURISDICTIONS: readonly Jurisdiction[] = ['cn', 'eu'];
/** Characters of an evidence quote in the summary: enough to find the place, one line. */
const QUOTE_WIDTH = 60;
const LINE_WIDTH = 80;

function renderFindings(id: string, text: string, findings: readonly Finding[]): string {
  const counts = SEVERITY_ORDER.map((s) => `${findings.filter((f) => f.severity === s).length} ${s}`);
  const lines = [`${id}: ${counts.join(', ')}`];
  for (const severity of SEVERITY_ORDER) {
    const group = findings.filter((f) => f.severity === severity);
    if (group.length === 0) continue;
    lines.push(`${severity}:`);
    for (const f of group) {
      lines.push(truncate(`  ${f.rule}${f.subject ? ` (${f.subject})` : ''}`, LINE_WIDTH));
      lines.push(...wrapLine(`    ${f.message.en}`, LINE_WIDTH, 4));
      lines.push(...wrapLine(`    refs: ${f.refs.join('; ')}`, LINE_WIDTH, 10));
      const e = f.evidence[0];
      if (e) lines.push(truncate(`    «${text.slice(e.start, e.end).replace(/\s+/g, ' ')}» at ${e.start}`, LINE_WIDTH));
      else if (f.searched?.length) lines.push(truncate(`    searched: ${f.searched.map((s) => s.heading).join(' | ')}`, LINE_WIDTH));
    }
  }
  return `${lines.join('\n')}\n`;
}

const OPTIONS: SubcommandOptions = {
  json: { type: 'boolean', default: false },
  'fail-on': { type: 'string' },
  jurisdiction: { type: 'string', multiple: true },
  'app-category': { type: 'string', multiple: true },
  lexicon: { type: 'string', multiple: true, default: [] },
  format: { type: 'string', default: 'auto' },
  help: { type: 'boolean', short: 'h', default: false },
};

export async function runCheck(argv: readonly string[], io: CheckIo): Promise<number> {
  const parsed = parseSubcommand('check', CHECK_USAGE, argv, OPTIONS, io);
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  const failOn = values['fail-on'] as Severity | undefined;
  if (failOn !== undefined && !SEVERITY_ORDER.includes(failOn)) return usageError('check', io, `--fail-on expects violation, warning or info, got '${failOn}'`);
  const jurisdictions = values.jurisdiction as Jurisdiction[] | undefined;
  for (const j of jurisdictions ?? []) if (!JURISDICTIONS.includes(j)) return usageError('check', io, `--jurisdiction expects cn or eu, got '${j}'`);
  const appCategory = values['app-category'] as string[] | undefined;
  if (appCategory !== undefined) {
    try {
      resolveAppCategories(appCategory);
    } catch (err) {
      return usageError('check', io, `--app-category: ${messageOf(err)}`);
    }
  }
  const format = values.format as InputFormat;
  const inputs = positionals.length ? positionals : ['-'];
  if (positionals.length === 0 && io.stdinIsTTY) return usageError('check', io, 'no input: give policy files, or pipe a policy to standard input');

  const extractor = extractorFor('check', values.lexicon as string[], io);
  if (typeof extractor === 'number') return extractor;
  const failAt = failOn === undefined ? -1 : SEVERITY_ORDER.indexOf(failOn);
  const out: { id: InputId; findings?: Finding[]; error?: string }[] = [];
  let inputError = false;
  let failed = false;
  for await (const item of readInputs(inputs, { jsonl: false, stdin: io.stdin })) {
    if (item.error !== undefined) {
      inputError = true;
      io.stderr.write(`policylens check: ${item.error}\n`);
      out.push({ id: item.id, error: item.error });
      continue;
    }
    let findings: Finding[];
    try {
      findings = checkPolicy(extractor.extract(item.text, { format }), { text: item.text, ...(jurisdictions ? { jurisdictions } : {}), ...(appCategory ? { appCategory } : {}) });
    } catch (err) {
      inputError = true;
      const message = messageOf(err);
      io.stderr.write(`policylens check: ${item.id}: ${message}\n`);
      out.push({ id: item.id, error: message });
      continue;
    }
    if (failAt >= 0 && findings.some((f) => SEVERITY_ORDER.indexOf(f.severity) <= failAt)) failed = true;
    out.push({ id: item.id, findings });
    if (!values.json) io.stdout.write(renderFindings(String(item.id), item.text, findings));
  }
  if (values.json) io.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  return inputError || failed ? 1 : 0;
}
