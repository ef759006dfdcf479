#!/usr/bin/env node
/**
 * Writes dist/lexicon-digests.json: the SHA-256 of each built-in lexicon file, after
 * validating it with the built validator, so that the library skips validating files whose
 * content is exactly what was validated here (see builtins() in src/lexicon/load.ts). Runs
 * after tsc in `npm run build`; an invalid built-in lexicon fails the build.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const { BUILTIN_LEXICON_DIR, lexiconDigest } = await import(join(dist, 'lexicon', 'load.js'));
const { parseLexiconText } = await import(join(dist, 'lexicon', 'parse.js'));
const { validateLexicon } = await import(join(dist, 'lexicon', 'schema.js'));
const digests = {};
for (const name of readdirSync(BUILTIN_LEXICON_DIR).filter((f) => /\.(json|ya?ml)$/i.test(f)).sort()) {
  const text = readFileSync(join(BUILTIN_LEXICON_DIR, name), 'utf8');
  validateLexicon(parseLexiconText(text, join(BUILTIN_LEXICON_DIR, name)), name);
  digests[name] = lexiconDigest(text);
}
writeFileSync(join(dist, 'lexicon-digests.json'), `${JSON.stringify(digests, null, 2)}\n`);
