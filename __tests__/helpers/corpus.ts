/** Shared helpers for tests: corpus access and gold files. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Jest runs from the repository root (the folder of package.json). */
export const ROOT = process.cwd();
export const CORPUS = ['cococam.en.txt', 'jeejio.en.txt', 'jooan.en.txt', 'kaiconn.zh-en.txt', 'zosi.en.txt'] as const;

export function corpusText(file: string): string {
  return readFileSync(join(ROOT, 'corpus', file), 'utf8');
}

export interface GoldLanguages {
  languages: { lines: string; lang: string }[];
}

export function gold<T = GoldLanguages & Record<string, unknown>>(file: string): T {
  return JSON.parse(readFileSync(join(ROOT, 'corpus', 'gold', file.replace(/\.txt$/, '.gold.json')), 'utf8')) as T;
}
