#!/usr/bin/env node
/**
 * The tables of docs/findings.md: every built-in rule with its refs and what fires it, and the
 * findings per rule over the seed corpus and the dev set (default jurisdictions).
 *
 *   npm run build && node scripts/findings-report.mjs            print the table
 *   npm run build && node scripts/findings-report.mjs --write    put it in docs/findings.md
 *   npm run build && node scripts/findings-report.mjs --check    exit 1 when the page differs
 *
 * In docs/findings.md the table is the block of `|` lines after `<!-- findings:table -->`.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RULES, checkPolicy, extractPolicy } from '../dist/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const corpora = ['corpus', 'corpus-dev'];
const counts = new Map(RULES.map((r) => [r.id, { findings: 0, policies: new Set() }]));
let policies = 0;
for (const dir of corpora) {
  for (const file of readdirSync(join(root, dir)).filter((f) => f.endsWith('.txt')).sort()) {
    policies++;
    const text = readFileSync(join(root, dir, file), "utf8");
    for (const f of checkPolicy(extractPolicy(text), { text })) {
      const c = counts.get(f.rule);
      c.findings++;
      c.policies.add(`${dir}/${file}`);
    }
  }
}
const table = ['| rule | jurisdiction | severity | refs | fires when | findings (policies) over seed + dev |', '| --- | --- | --- | --- | --- | --- |'];
for (const r of RULES) {
  const c = counts.get(r.id);
  table.push(`| \`${r.id}\` | ${r.jurisdiction} | ${r.severity} | ${r.refs.join('; ')} | ${r.description} | ${c.findings} (${c.policies.size} of ${policies}) |`);
}

const mode = process.argv.includes('--check') ? 'check' : process.argv.includes('--write') ? 'write' : 'print';
if (mode === 'print') {
  console.log(table.join('\n'));
} else {
  const page = join(root, 'docs', 'findings.md');
  const lines = readFileSync(page, 'utf8').split('\n');
  const at = lines.indexOf('<!-- findings:table -->');
  if (at < 0) throw new Error('findings-report: docs/findings.md has no <!-- findings:table --> marker');
  let end = at + 1;
  while (end < lines.length && lines[end].startsWith('|')) end++;
  const same = lines.slice(at + 1, end).join('\n') === table.join('\n');
  if (mode === 'check') {
    if (!same) {
      console.error('docs/findings.md: the rules table is stale. Run: npm run build && node scripts/findings-report.mjs --write');
      process.exit(1);
    }
  } else {
    writeFileSync(page, [...lines.slice(0, at + 1), ...table, ...lines.slice(end)].join('\n'));
    console.log(same ? 'docs/findings.md: up to date' : 'docs/findings.md: table rewritten');
  }
}
