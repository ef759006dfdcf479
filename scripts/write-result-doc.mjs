#!/usr/bin/env node
/**
 * Rewrites the examples of docs/result.md from real output, so the page cannot go stale.
 *
 * Every example sits after a marker line `<!-- result:NAME -->` and is the block that follows
 * (a fenced JSON block, a table, or one line of text). This script computes each one from the
 * built library (`npm run build` first) on corpus/kaiconn.zh-en.txt and writes the page back.
 *
 *   node scripts/write-result-doc.mjs           write docs/result.md
 *   node scripts/write-result-doc.mjs --check   exit 1 and name the blocks that differ
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const { extractPolicy } = await import(join(dist, 'index.js'));
const { RETENTION_RULE_IDS } = await import(join(dist, 'extract', 'retention', 'data.js'));
const { DEADLINE_SUBJECTS } = await import(join(dist, 'extract', 'deadlines', 'data.js'));

const check = process.argv.includes('--check');
const page = join(root, 'docs', 'result.md');
const text = readFileSync(join(root, 'corpus', 'kaiconn.zh-en.txt'), 'utf8');
const r = extractPolicy(text);

/** Lists cut to this many items in examples (an ellipsis says more follow). */
const SHOWN = 4;
/** Widest a generated JSON line may be before it wraps. */
const WIDTH = 100;
const MORE = Symbol('more');
const EVIDENCE = Symbol('evidence');

/** A list cut to `n` items, marked as cut when it was longer. */
const cut = (list, n = SHOWN) => (list.length > n ? [...list.slice(0, n), MORE] : [...list]);
/** A finding with its evidence shown as `[ … ]`. */
const noEvidence = (x) => ({ ...x, evidence: EVIDENCE });

/** Longest list item shown whole (purposes run long); longer ones keep LONG_KEPT characters and an ellipsis. */
const LONG_STRING = 50;
const LONG_KEPT = 30;

/** Fields in the order the page shows them: evidence last, as in the types. */
const fields = (v) => Object.entries(v).sort(([a], [b]) => (a === 'evidence') - (b === 'evidence'));

function inline(v, inList = false) {
  if (v === MORE) return '…';
  if (v === EVIDENCE) return '[ … ]';
  if (Array.isArray(v)) return `[${v.map((x) => inline(x, true)).join(', ')}]`;
  if (v && typeof v === 'object') return `{ ${fields(v).map(([k, x]) => `${JSON.stringify(k)}: ${inline(x)}`).join(', ')} }`;
  if (inList && typeof v === 'string' && v.length > LONG_STRING) return `${JSON.stringify(v.slice(0, LONG_KEPT)).slice(0, -1)}…"`;
  return JSON.stringify(v);
}

/** An object on lines of at most WIDTH characters, broken between its top-level fields. */
function block(v) {
  const parts = fields(v).map(([k, x]) => `${JSON.stringify(k)}: ${inline(x)}`);
  const lines = [];
  let line = '{ ';
  for (let i = 0; i < parts.length; i++) {
    const piece = parts[i] + (i < parts.length - 1 ? ',' : ' }');
    if (line.trim() !== '{' && line.length + piece.length > WIDTH) {
      lines.push(line.trimEnd());
      line = '  ';
    }
    line += `${piece} `;
  }
  lines.push(line.trimEnd());
  return lines.join('\n');
}

/** Prose on lines of at most WIDTH characters. */
function wrap(prose) {
  const lines = [];
  let line = '';
  for (const word of prose.split(' ')) {
    if (line && line.length + 1 + word.length > WIDTH) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return [...lines, line].join('\n');
}

const json = (...objects) => ['```json', ...objects.map(block), '```'].join('\n');
const find = (list, pred, what) => {
  const x = list.find(pred);
  if (!x) throw new Error(`write-result-doc: Kaiconn's result has no ${what}`);
  return x;
};

const umeng = find(r.sdks, (s) => s.id === 'umeng', 'Umeng SDK');
const firstShare = find(r.sharing, (s) => s.kind === 'share' && !s.conditional, 'share statement');
const firstTransfer = r.sharing.find((s) => s.kind === 'transfer' && s.conditional);
const notText = extractPolicy('\ufffd\u0001\ufffd\u0002'.repeat(200)).warnings[0];
const pdf = extractPolicy('%PDF-1.7\n1 0 obj << /Type /Catalog >>').warnings[0];

const BLOCKS = {
  evidence: () => json({ ...umeng.evidence[0] }),
  shape: () =>
    [
      '| field | example | notes |',
      '| --- | --- | --- |',
      `| \`version\` | \`${r.version}\` | result format version |`,
      `| \`length\` | \`${r.length}\` | length of the input in UTF-16 code units (\`text.length\`) |`,
      `| \`paragraphs\` | \`${inline(r.paragraphs[0])}\` | one per non-blank line, in order; \`lang\` is ISO 639-1 or \`und\`; \`section\` is the innermost section (-1 before the first heading) |`,
      `| \`languages\` | \`${inline(r.languages)}\` | characters and paragraphs per language, largest share first |`,
      `| \`sections\` | \`${inline(r.sections[1])}\` | the heading tree; \`category\` is one of \`scope definitions collection cookies sdk permissions sharing security retention storage rights minors changes contact other\` |`,
    ].join('\n'),
  meta: () => json(noEvidence(r.meta)),
  dataType: () => json(noEvidence(find(r.dataTypes, (d) => d.id === 'device.imei', 'IMEI'))),
  sdk: () => json(noEvidence({ ...umeng, aliases: cut(umeng.aliases), purposes: cut(umeng.purposes, 2) })),
  permission: () => json(noEvidence(find(r.permissions, (p) => p.id === 'android.permission.READ_EXTERNAL_STORAGE', 'storage permission'))),
  right: () => json(noEvidence(find(r.rights, (x) => x.id === 'right.account_deletion', 'account deletion right'))),
  deadline: () => json(noEvidence(r.deadlines[0])),
  'deadline-subjects': () => wrap(`\`subject\` is one of a fixed vocabulary (the \`DeadlineSubject\` type), the first that the sentence fits, in this order: ${DEADLINE_SUBJECTS.map((x) => `\`${x.subject}\``).join(', ')}; \`time_limit\` when it fits none. Two limits of one subject with different periods are two entries.`),
  minors: () => json(noEvidence(r.minors)),
  contacts: () => json(noEvidence({ ...r.contacts, addresses: cut(r.contacts.addresses, 2) })),
  retention: () => json(...r.retention.map(noEvidence)),
  'retention-rules': () => wrap(`One entry per rule: ${RETENTION_RULE_IDS.map((id) => `\`${id}\``).join(', ')} (the \`RetentionRule\` type). A rule with a period has \`amount\` and \`unit\`.`),
  storage: () => json(noEvidence(r.storage)),
  sharing: () => json(...[firstShare, firstTransfer].filter(Boolean).map((s) => noEvidence({ ...s, dataTypes: cut(s.dataTypes), purposes: cut(s.purposes, 2), exceptions: cut(s.exceptions) }))),
  warnings: () => json(notText, pdf),
};

/** The block after a marker: a fenced block, a table, or one line. */
function blockEnd(lines, start) {
  if (lines[start]?.startsWith('```')) {
    let i = start + 1;
    while (i < lines.length && !lines[i].startsWith('```')) i++;
    return i + 1;
  }
  if (lines[start]?.startsWith('|')) {
    let i = start;
    while (i < lines.length && lines[i].startsWith('|')) i++;
    return i;
  }
  // Prose: up to the next blank line.
  let i = start;
  while (i < lines.length && lines[i].trim() !== '') i++;
  return i;
}

const lines = readFileSync(page, 'utf8').split('\n');
const out = [];
const stale = [];
const seen = new Set();
for (let i = 0; i < lines.length; i++) {
  out.push(lines[i]);
  const m = /^<!-- result:([\w-]+) -->$/.exec(lines[i]);
  if (!m) continue;
  const make = BLOCKS[m[1]];
  if (!make) throw new Error(`write-result-doc: docs/result.md names an unknown example '${m[1]}'`);
  seen.add(m[1]);
  const end = blockEnd(lines, i + 1);
  const now = make();
  if (lines.slice(i + 1, end).join('\n') !== now) stale.push(m[1]);
  out.push(now);
  i = end - 1;
}
const missing = Object.keys(BLOCKS).filter((k) => !seen.has(k));
if (missing.length) throw new Error(`write-result-doc: docs/result.md has no marker for ${missing.join(', ')}`);

if (check) {
  if (stale.length) {
    console.error(`docs/result.md is stale: ${stale.join(', ')}. Run: npm run build && node scripts/write-result-doc.mjs`);
    process.exit(1);
  }
} else {
  writeFileSync(page, out.join('\n'));
  console.log(stale.length ? `docs/result.md: rewrote ${stale.join(', ')}` : 'docs/result.md: up to date');
}
