#!/usr/bin/env node
/**
 * The tables of docs/findings.md: every built-in rule with its refs and what fires it, and the
 * findings per rule over the seed corpus and the dev set (default jurisdictions).
 *
 *   npm run build && node scripts/findings-report.mjs
 */
import { readFileSync, readdirSync } from 'node:fs';
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
console.log('| rule | jurisdiction | severity | refs | fires when | findings (policies) over seed + dev |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const r of RULES) {
  const c = counts.get(r.id);
  console.log(`| \`${r.id}\` | ${r.jurisdiction} | ${r.severity} | ${r.refs.join('; ')} | ${r.description} | ${c.findings} (${c.policies.size} of ${policies}) |`);
}
