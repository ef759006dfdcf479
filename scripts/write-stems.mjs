#!/usr/bin/env node
/**
 * Writes dist/stems.json: the Porter stem of every word of the built-in lexicons, which the
 * library preloads so that a fresh process skips stemming them (see src/tokenize/english.ts).
 * Runs after tsc in `npm run build`; it reads the lexicons through the built loader, so the
 * words are exactly those the matcher will key.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const { loadLexicons } = await import(join(dist, 'lexicon', 'load.js'));
const { stem } = await import(join(dist, 'tokenize', 'english.js'));
const words = new Set();
const lexicons = loadLexicons();
for (const map of Object.values(lexicons.entries)) {
  for (const e of map.values()) {
    const forms = [...(e.forms?.en ?? []), ...(e.forms?.zh ?? []), e.name ?? '', ...(e.aliases ?? []), ...(e.packages ?? []), e.label.en];
    for (const f of forms) for (const w of f.normalize('NFKC').toLowerCase().match(/[a-z0-9\u00c0-\u024f]+/g) ?? []) words.add(w);
  }
}
const table = Object.fromEntries([...words].sort().map((w) => [w, stem(w)]));
writeFileSync(join(dist, 'stems.json'), `${JSON.stringify(table)}\n`);
