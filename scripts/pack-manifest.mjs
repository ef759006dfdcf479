#!/usr/bin/env node
/**
 * The published package.json carries no `prepare` script. `prepare` builds dist/ in a git
 * checkout (so `npm install && npx policylens …` works after cloning); in an installed
 * package it would never run, yet npm lists it among install scripts to review. `prepack`
 * moves it aside and `postpack` puts it back, as `pinst` does for postinstall:
 *
 *   node scripts/pack-manifest.mjs strip     (prepack)
 *   node scripts/pack-manifest.mjs restore   (postpack)
 */
import { existsSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const file = fileURLToPath(new URL('../package.json', import.meta.url));
/** The manifest as it was, put back byte for byte after packing (git ignores it). */
const kept = fileURLToPath(new URL('../.package.json.prepack', import.meta.url));
const mode = process.argv[2];
if (mode === 'strip') {
  const raw = readFileSync(file, 'utf8');
  const pkg = JSON.parse(raw);
  if (pkg.scripts?.prepare) {
    writeFileSync(kept, raw);
    delete pkg.scripts.prepare;
    writeFileSync(file, `${JSON.stringify(pkg, null, 2)}\n`);
  }
} else if (mode === 'restore') {
  if (existsSync(kept)) {
    writeFileSync(file, readFileSync(kept, 'utf8'));
    unlinkSync(kept);
  }
} else {
  process.stderr.write('usage: pack-manifest.mjs strip|restore\n');
  process.exit(2);
}
