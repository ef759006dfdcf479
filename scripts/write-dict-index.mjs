#!/usr/bin/env node
/**
 * Writes dist/jieba-dict-index.json: where each first character's words sit in
 * @node-rs/jieba's default dictionary and their frequency total, so that the segmenter loads
 * only the groups a text can use (see src/tokenize/dict-index.ts). Runs after tsc in
 * `npm run build`, through the built indexer; a dictionary without that shape gets no index
 * (the segmenter then loads it whole), and the build says so. The index names the
 * @node-rs/jieba version it describes.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist', 'jieba-dict-index.json');
const { indexDictionary } = await import(join(root, 'dist', 'tokenize', 'dict-index.js'));
const require = createRequire(join(root, 'package.json'));
const index = indexDictionary(readFileSync(require.resolve('@node-rs/jieba/dict.txt')));
// The version it was made from: another version's dictionary is loaded whole.
const jieba = require('@node-rs/jieba/package.json').version;
if (index) writeFileSync(out, `${JSON.stringify({ jieba, ...index })}\n`);
else {
  rmSync(out, { force: true });
  process.stderr.write('write-dict-index: the jieba dictionary is not grouped by first character; it will be loaded whole\n');
}
