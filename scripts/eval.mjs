#!/usr/bin/env node
/**
 * Scores policylens against the gold annotations in corpus/gold/ (format and rules:
 * corpus/gold/README.md). Prints precision / recall / F1 per field, per file and overall,
 * and language accuracy per non-blank line beside raw franc's.
 *
 *   npm run eval            # builds first, then scores
 *   npm run eval -- --json  # machine-readable
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { franc } from 'franc';
import { extractPolicy } from '../dist/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const goldDir = join(root, 'corpus', 'gold');
const asJson = process.argv.includes('--json');

/** ISO 639-3 (franc) to 639-1 for the languages that matter here. */
const FRANC_TO_1 = { eng: 'en', cmn: 'zh', fra: 'fr', deu: 'de', spa: 'es', por: 'pt', ita: 'it', nld: 'nl', sco: 'sco', und: 'und' };

const squash = (s) => String(s).toLowerCase().replace(/[\s_\-()（）]+/g, '');
const normUrl = (u) => String(u).toLowerCase().replace(/^https?:\/\//, '').replace(/\/+$/, '');

/** Tallies of one field: true positives (gold side), gold count, false positives. */
class Tally {
  constructor() { this.found = 0; this.gold = 0; this.extra = 0; this.predicted = 0; }
  add(o) { this.found += o.found; this.gold += o.gold; this.extra += o.extra; this.predicted += o.predicted; }
  get precision() { return this.predicted === 0 ? (this.gold === 0 ? 1 : 0) : (this.predicted - this.extra) / this.predicted; }
  get recall() { return this.gold === 0 ? 1 : this.found / this.gold; }
  get f1() { const p = this.precision, r = this.recall; return p + r === 0 ? 0 : (2 * p * r) / (p + r); }
}

/**
 * Generic list scoring: `gold` entries carry `optional`; `matches(g, x)` says whether an
 * extracted item satisfies a gold entry. Optional entries never count as missed, and an
 * extracted item matching one is not a false positive.
 */
function scoreList(gold, extracted, matches) {
  const t = new Tally();
  const required = gold.filter((g) => !g.optional);
  t.gold = required.length;
  t.found = required.filter((g) => extracted.some((x) => matches(g, x))).length;
  t.predicted = extracted.length;
  t.extra = extracted.filter((x) => !gold.some((g) => matches(g, x))).length;
  return t;
}

const idMatch = (g, id) => (g.id ? g.id === id : (g.anyOf ?? []).includes(id));

function sdkMatches(g, s, text) {
  const names = new Set([s.id, s.name, ...(s.aliases ?? []), ...s.evidence.map((e) => text.slice(e.start, e.end))].map(squash));
  return g.names.some((n) => names.has(squash(n)));
}

function lineLanguages(text, result) {
  // Language of each non-blank line = language of the paragraph holding its first non-space character.
  const out = [];
  let offset = 0;
  const lines = text.split('\n');
  let p = 0;
  const paras = result.paragraphs;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const lead = line.search(/\S/);
    if (lead >= 0 && line.replace(/[\s\u200b\ufeff]/g, '') !== '') {
      const at = offset + lead;
      while (p < paras.length - 1 && paras[p].end <= at) p++;
      const para = paras[p];
      const lang = para && para.start <= at + 2 && at < para.end + 2 ? para.lang : 'none';
      out.push({ line: i + 1, lang, text: line });
    }
    offset += line.length + 1;
  }
  return out;
}

function goldLanguage(gold, line) {
  for (const r of gold.languages) {
    const [a, b] = r.lines.split('-').map(Number);
    if (line >= a && line <= (b ?? a)) return r.lang;
  }
  return null;
}

const fields = ['language', 'language (raw franc)', 'dataTypes', 'sdks', 'permissions', 'rights', 'deadlines', 'contacts.emails', 'contacts.phones', 'contacts.urls', 'controllers'];
const totals = Object.fromEntries(fields.map((f) => [f, new Tally()]));
const sdkAttr = { category: [0, 0], platforms: [0, 0], dataTypes: new Tally(), privacyUrl: [0, 0] };
const exact = { updated: [0, 0], effective: [0, 0], minorsAge: [0, 0] };
const perFile = [];
const notes = [];

for (const goldFile of readdirSync(goldDir).filter((f) => f.endsWith('.gold.json')).sort()) {
  const gold = JSON.parse(readFileSync(join(goldDir, goldFile), 'utf8'));
  const text = readFileSync(join(root, 'corpus', gold.file), 'utf8');
  const r = extractPolicy(text);
  const row = { file: gold.file };

  // Language per non-blank line, ours beside raw franc on the same line.
  const lines = lineLanguages(text, r);
  const lang = new Tally();
  const raw = new Tally();
  for (const l of lines) {
    const want = goldLanguage(gold, l.line);
    if (!want) continue;
    lang.gold++; lang.predicted++; raw.gold++; raw.predicted++;
    if (l.lang === want) lang.found++; else { lang.extra++; if (notes.length < 40) notes.push(`${gold.file}:${l.line} language ${l.lang} != ${want}: ${l.text.trim().slice(0, 60)}`); }
    const f = FRANC_TO_1[franc(l.text)] ?? franc(l.text);
    if (f === want) raw.found++; else raw.extra++;
  }
  row.language = lang; row['language (raw franc)'] = raw;

  row.dataTypes = scoreList(gold.dataTypes, r.dataTypes.map((d) => d.id), idMatch);
  row.permissions = scoreList(gold.permissions, r.permissions.map((p) => p.id), idMatch);
  row.rights = scoreList(gold.rights, r.rights.map((x) => x.id), idMatch);
  row.deadlines = scoreList(gold.deadlines, r.deadlines, (g, d) => g.amount === d.amount && g.unit === d.unit);
  row.sdks = scoreList(gold.sdks, r.sdks, (g, s) => sdkMatches(g, s, text));
  for (const k of ['emails', 'phones', 'urls']) {
    const norm = k === 'urls' ? normUrl : k === 'phones' ? (x) => String(x).replace(/\D/g, '') : (x) => String(x).toLowerCase();
    const g = [...new Set(gold.contacts[k].map(norm))].map((v) => ({ v }));
    const x = [...new Set((r.contacts[k] ?? []).map(norm))];
    row[`contacts.${k}`] = scoreList(g, x, (a, b) => a.v === b);
  }
  row.controllers = scoreList(gold.meta.controllers.map((names) => ({ names })), r.meta.controllers, (g, c) => g.names.some((n) => squash(n) === squash(c)));

  // SDK attributes, on found SDKs only.
  for (const g of gold.sdks) {
    const s = r.sdks.find((x) => sdkMatches(g, x, text));
    if (!s) continue;
    sdkAttr.category[1]++; if (s.category === g.category) sdkAttr.category[0]++; else notes.push(`${gold.file}: sdk ${g.names[0]} category ${s.category} != ${g.category}`);
    sdkAttr.platforms[1]++;
    const same = [...s.platforms].sort().join(',') === [...g.platforms].sort().join(',');
    if (same) sdkAttr.platforms[0]++; else notes.push(`${gold.file}: sdk ${g.names[0]} platforms [${s.platforms}] != [${g.platforms}]`);
    sdkAttr.dataTypes.add(scoreList(g.dataTypes.map((id) => ({ id })), s.dataTypes, idMatch));
    if (g.privacyUrl) { sdkAttr.privacyUrl[1]++; if (s.privacyUrl && normUrl(s.privacyUrl) === normUrl(g.privacyUrl)) sdkAttr.privacyUrl[0]++; }
  }
  for (const k of ['updated', 'effective']) {
    const want = gold.meta[k];
    const got = r.meta[k];
    if (want.length === 0 && !got) continue;
    exact[k][1]++;
    if (want.includes(got)) exact[k][0]++; else notes.push(`${gold.file}: ${k} ${got} not in [${want}]`);
  }
  const ages = gold.minors?.ageThreshold ?? [];
  if (ages.length || r.minors.ageThreshold !== undefined) {
    exact.minorsAge[1]++;
    if (ages.includes(r.minors.ageThreshold)) exact.minorsAge[0]++; else notes.push(`${gold.file}: minors ageThreshold ${r.minors.ageThreshold} not in [${ages}]`);
  }
  for (const f of fields) totals[f].add(row[f]);
  perFile.push(row);

  // Misses and false positives, to read beside the table.
  const missed = (list, got, label) => list.filter((g) => !g.optional && !got.some((x) => idMatch(g, x))).forEach((g) => notes.push(`${gold.file}: missed ${label} ${g.id ?? g.anyOf.join('|')}`));
  const extra = (list, got, label) => got.filter((x) => !list.some((g) => idMatch(g, x))).forEach((x) => notes.push(`${gold.file}: extra ${label} ${x}`));
  missed(gold.dataTypes, r.dataTypes.map((d) => d.id), 'dataType');
  extra(gold.dataTypes, r.dataTypes.map((d) => d.id), 'dataType');
  missed(gold.permissions, r.permissions.map((d) => d.id), 'permission');
  extra(gold.permissions, r.permissions.map((d) => d.id), 'permission');
  missed(gold.rights, r.rights.map((d) => d.id), 'right');
  extra(gold.rights, r.rights.map((d) => d.id), 'right');
  gold.sdks.filter((g) => !g.optional && !r.sdks.some((s) => sdkMatches(g, s, text))).forEach((g) => notes.push(`${gold.file}: missed sdk ${g.names[0]}`));
  r.sdks.filter((s) => !gold.sdks.some((g) => sdkMatches(g, s, text))).forEach((s) => notes.push(`${gold.file}: extra sdk ${s.id} (${s.name})`));
}

const pct = (x) => (100 * x).toFixed(1).padStart(5);
const ratio = ([a, b]) => (b === 0 ? '  n/a' : `${pct(a / b)}% (${a}/${b})`);

if (asJson) {
  const dump = (t) => ({ precision: t.precision, recall: t.recall, f1: t.f1, gold: t.gold, found: t.found, predicted: t.predicted, falsePositives: t.extra });
  console.log(JSON.stringify({
    overall: Object.fromEntries(fields.map((f) => [f, dump(totals[f])])),
    perFile: perFile.map((row) => ({ file: row.file, ...Object.fromEntries(fields.map((f) => [f, dump(row[f])])) })),
    sdkAttributes: { category: sdkAttr.category, platforms: sdkAttr.platforms, dataTypes: dump(sdkAttr.dataTypes), privacyUrl: sdkAttr.privacyUrl },
    exact,
  }, null, 2));
} else {
  console.log('policylens eval — precision / recall / F1 per field (gold: corpus/gold)\n');
  console.log(`${'field'.padEnd(22)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)}   per-file F1 (${perFile.map((r) => r.file.split('.')[0]).join(', ')})`);
  for (const f of fields) {
    const t = totals[f];
    const per = perFile.map((row) => pct(row[f].f1)).join(' ');
    console.log(`${f.padEnd(22)} ${pct(t.precision)}% ${pct(t.recall)}% ${pct(t.f1)}%   ${per}`);
  }
  console.log('\nper-file recall:');
  for (const f of ['dataTypes', 'sdks', 'permissions', 'rights', 'deadlines']) {
    console.log(`  ${f.padEnd(20)} ${perFile.map((row) => `${row.file.split('.')[0]} ${pct(row[f].recall)}%`).join('  ')}`);
  }
  console.log('\nSDK attributes on found SDKs:');
  console.log(`  category accuracy    ${ratio(sdkAttr.category)}`);
  console.log(`  platform accuracy    ${ratio(sdkAttr.platforms)}`);
  console.log(`  dataTypes            P ${pct(sdkAttr.dataTypes.precision)}%  R ${pct(sdkAttr.dataTypes.recall)}%  F1 ${pct(sdkAttr.dataTypes.f1)}%`);
  console.log(`  privacyUrl accuracy  ${ratio(sdkAttr.privacyUrl)}`);
  console.log('\nexact fields (policies that state them, or where we report one):');
  console.log(`  meta.updated         ${ratio(exact.updated)}`);
  console.log(`  meta.effective       ${ratio(exact.effective)}`);
  console.log(`  minors.ageThreshold  ${ratio(exact.minorsAge)}`);
  if (process.argv.includes('--notes') || process.argv.includes('-v')) {
    console.log('\nmisses and false positives:');
    for (const n of notes) console.log(`  ${n}`);
  } else {
    console.log(`\n(${notes.length} misses / false positives / mismatches: npm run eval -- --notes)`);
  }
}
