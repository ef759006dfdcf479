/**
 * Reads a lexicon file as JSON or YAML. A syntax error names the line and column it is on:
 * `.json` files are JSON, `.yaml` / `.yml` files YAML, and a file with any other name is
 * tried as both (its error then says it is neither, with both reasons).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { extname } from 'node:path';
import { LexiconError } from './schema.js';

const require = createRequire(import.meta.url);

interface YamlError extends Error {
  linePos?: { line: number; col: number }[];
}

/** 1-based line and column of a UTF-16 offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split(/\r\n|\r|\n/);
  return { line: lines.length, column: lines[lines.length - 1]!.length + 1 };
}

/** Is this JSON.parse message about input that stopped early (so the text so far may be fine)? */
function endedEarly(message: string): boolean {
  return /end of JSON input|Unterminated string/i.test(message);
}

/**
 * Where JSON.parse failed: the position it reports, or, when it does not say (V8 words some
 * errors as `Unexpected token 'x', "…" is not valid JSON`), the shortest prefix that already
 * fails for another reason than ending early.
 */
function jsonErrorOffset(text: string, message: string): number {
  const at = /at position (\d+)/.exec(message);
  if (at) return Number(at[1]);
  if (endedEarly(message)) return text.length;
  // A prefix fails before its end when the error is inside it, not at the place it was cut.
  const failsBy = (n: number): boolean => {
    try {
      JSON.parse(text.slice(0, n));
      return false;
    } catch (err) {
      const m = (err as Error).message;
      const pos = /at position (\d+)/.exec(m);
      return pos ? Number(pos[1]) < n : !endedEarly(m);
    }
  };
  let lo = 1;
  let hi = text.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (failsBy(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo - 1;
}

/** `at line L, column C: reason` for a JSON syntax error. */
function jsonProblem(text: string, err: Error): string {
  const { line, column } = lineColumn(text, jsonErrorOffset(text, err.message));
  const reason = err.message
    .replace(/\s*in JSON at position \d+(?: \(line \d+ column \d+\))?/, '')
    .replace(/, (?:\.\.\.)?".*"(?:\.\.\.)? is not valid JSON$/s, '');
  return `at line ${line}, column ${column}: ${reason}`;
}

/** `at line L, column C: reason` for a YAML syntax error (the yaml package knows the place). */
function yamlProblem(err: YamlError): string {
  const reason = err.message.replace(/ at line \d+, column \d+:[\s\S]*$/, '');
  const pos = err.linePos?.[0];
  return pos ? `at line ${pos.line}, column ${pos.col}: ${reason}` : reason;
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false; problem: string } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (err) {
    return { ok: false, problem: jsonProblem(text, err as Error) };
  }
}

function parseYaml(text: string): { ok: true; value: unknown } | { ok: false; problem: string } {
  const yaml = require('yaml') as { parse(s: string): unknown };
  try {
    return { ok: true, value: yaml.parse(text) };
  } catch (err) {
    return { ok: false, problem: yamlProblem(err as YamlError) };
  }
}

/** What a YAML document that is not a mapping reads as. */
function readsAs(value: unknown): string {
  return `it reads as ${value === null || value === undefined ? 'an empty document' : `a single ${typeof value}`}, not a mapping of "kind" and "entries"`;
}

/** Parses a lexicon's text; `name` is the file name used in messages and to choose the syntax. */
export function parseLexiconText(text: string, name: string): unknown {
  const ext = extname(name).toLowerCase();
  if (ext === '.json') {
    const r = parseJson(text);
    if (r.ok) return r.value;
    // YAML reads broken JSON too: the hint is only for a file that does not even start as JSON.
    const yaml = /^\s*[[{]/.test(text) ? null : parseYaml(text);
    const hint = yaml?.ok && typeof yaml.value === 'object' && yaml.value !== null ? ' (the file reads as YAML: name it .yaml or .yml)' : '';
    throw new LexiconError(name, null, null, `not valid JSON ${r.problem}${hint}`);
  }
  if (ext === '.yaml' || ext === '.yml') {
    const r = parseYaml(text);
    if (!r.ok) throw new LexiconError(name, null, null, `not valid YAML ${r.problem}`);
    if (typeof r.value !== 'object' || r.value === null) throw new LexiconError(name, null, null, `not a YAML mapping: ${readsAs(r.value)}`);
    return r.value;
  }
  const json = parseJson(text);
  if (json.ok) return json.value;
  const yaml = parseYaml(text);
  // Plain text is valid YAML (one string); only a mapping could be a lexicon.
  if (yaml.ok && typeof yaml.value === 'object' && yaml.value !== null) return yaml.value;
  const asYaml = yaml.ok ? readsAs(yaml.value) : yaml.problem;
  throw new LexiconError(name, null, null, `is neither JSON nor YAML: as JSON, ${json.problem}; as YAML, ${asYaml}`);
}

/** The text of one lexicon file; a file that cannot be read fails as a LexiconError naming its path. */
export function readLexiconText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (err) {
    throw new LexiconError(path, null, null, `cannot read the file (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
}

/** Reads and parses one lexicon file; messages name it by its path. */
export function parseLexiconFile(path: string): unknown {
  return parseLexiconText(readLexiconText(path), path);
}
