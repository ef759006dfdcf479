#!/usr/bin/env node
/**
 * Rebuilds every generated lexicon from the raw facts in the lexicon-sources folder
 * (default: ../shared/lexicon-sources beside the repository; pass another folder as the
 * first argument). Hand-written lexicons (data types, rights, sections) are not touched.
 *
 *   npm run lexicons [-- sourceFolder]
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const builders = ['build-permission-lexicons.mjs', 'build-sdk-lexicon.mjs'];
for (const script of builders) {
  const path = join(here, script);
  if (!existsSync(path)) continue;
  process.stdout.write(`${script}\n`);
  execFileSync(process.execPath, [path, ...process.argv.slice(2)], { stdio: 'inherit' });
}
