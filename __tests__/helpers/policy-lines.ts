/** Non-blank lines of the seed corpus and of a few CAPP-130 policies: material for policy-shaped inputs. */
import { readFileSync, readdirSync } from 'node:fs';

const CORPUS = new URL('../../corpus/', import.meta.url);
const CAPP = new URL('../data/capp-130/', import.meta.url);

export function policyLines(cappFiles = 4): string[] {
  const texts: string[] = [];
  for (const f of readdirSync(CORPUS).filter((n) => n.endsWith('.txt')).sort()) texts.push(readFileSync(new URL(f, CORPUS), 'utf8'));
  for (const f of readdirSync(CAPP).filter((n) => n.endsWith('.txt')).sort().slice(0, cappFiles)) texts.push(readFileSync(new URL(f, CAPP), 'utf8'));
  const lines = new Set<string>();
  for (const t of texts) for (const l of t.split(/\r?\n/)) if (l.trim()) lines.add(l.length > 600 ? l.slice(0, 600) : l);
  return [...lines];
}
