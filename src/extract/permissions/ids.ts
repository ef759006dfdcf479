/**
 * Permissions written as code: full manifest names (`android.permission.READ_SMS`,
 * `com.videogo.permission.MIPUSH_RECEIVE`) and bare constants (`READ_SMS`, `[CAMERA]`).
 * Names the lexicon does not hold are resolved by similarity (a policy's typo still maps to
 * the real permission) or, for app-defined push permissions, kept exactly as written.
 */
import { createRequire } from 'node:module';
import type { PermissionEntry } from '../../lexicon/schema.js';
import { APP_PERMISSION_SUFFIXES, NEAR_MISS_MIN_LENGTH, NEAR_MISS_THRESHOLD } from './data.js';

const require = createRequire(import.meta.url);
// Deep import: natural's index pulls in storage back-ends the library never needs.
const jaroWinkler = require('natural/lib/natural/distance/jaro-winkler_distance.js') as (a: string, b: string, options?: { ignoreCase?: boolean }) => number;

/** `pkg.permission.NAME` (segments separated by dots; bounded segment count keeps it linear). */
const FULL_ID = /\b[A-Za-z][\w]{0,60}(?:\.[A-Za-z_$][\w$]{0,60}){0,8}\.permission\.[A-Za-z_][\w]{0,80}(?:\.[A-Za-z_][\w]{0,80}){0,3}/g;
/** An upper-case constant with at least one underscore: `READ_SMS`, `RECIEVE_MCS_MESSAGE`. */
const CONSTANT = /\b[A-Z][A-Z0-9]{0,40}(?:_[A-Z0-9]{1,40}){1,8}\b/g;
/** The same in lower case (`read_logs`), taken only when it is exactly a known constant. */
const LOWER_CONSTANT = /\b[a-z][a-z0-9]{0,40}(?:_[a-z0-9]{1,40}){1,8}\b/g;

export interface CodeMention {
  start: number;
  end: number;
  /** The text as written. */
  text: string;
  kind: 'id' | 'constant';
}

/**
 * Full ids and snake-case constants in a paragraph, left to right. Constants inside ids are
 * skipped; lower-case ones (`read_logs`) count only when `known` says they are exactly a
 * constant (upper-cased), as the mention's text.
 */
export function codeMentions(text: string, known?: (constant: string) => boolean): CodeMention[] {
  const out: CodeMention[] = [];
  FULL_ID.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = FULL_ID.exec(text))) out.push({ start: m.index, end: m.index + m[0].length, text: m[0], kind: 'id' });
  const ids = out.length;
  const outsideIds = (s: number, e: number): boolean => {
    for (let i = 0; i < ids; i++) if (s >= out[i]!.start && e <= out[i]!.end) return false;
    return true;
  };
  const scan = (re: RegExp, accept: (written: string) => string | null): void => {
    re.lastIndex = 0;
    while ((m = re.exec(text))) {
      const constant = accept(m[0]);
      if (constant !== null && outsideIds(m.index, m.index + m[0].length)) out.push({ start: m.index, end: m.index + m[0].length, text: constant, kind: 'constant' });
    }
  };
  scan(CONSTANT, (w) => w);
  if (known) scan(LOWER_CONSTANT, (w) => (known(w.toUpperCase()) ? w.toUpperCase() : null));
  return out.sort((a, b) => a.start - b.start);
}

export interface ResolvedCode {
  id: string;
  /** The lexicon entry, absent for app-defined permissions kept as written. */
  entry?: PermissionEntry;
  /** True when the name was matched by similarity, not exactly. */
  nearMiss: boolean;
}

/** Resolves written permission names against the lexicon; built once per lexicon set. */
export class PermissionCodeIndex {
  private readonly byId = new Map<string, PermissionEntry>();
  /** Constant → entry, for Android framework permissions only (vendor constants are plain words). */
  private readonly byConstant = new Map<string, PermissionEntry>();
  private readonly constants: string[] = [];
  private readonly appSuffixes: string[];

  constructor(entries: Iterable<PermissionEntry>) {
    const suffixes = new Set(APP_PERMISSION_SUFFIXES);
    for (const e of entries) {
      if (e.platform !== 'android') continue;
      this.byId.set(e.id, e);
      if (e.id.startsWith('app.')) suffixes.add(e.id.slice(3));
      else if (e.id.startsWith('android.permission.') || e.id.startsWith('com.android.')) {
        const c = e.id.slice(e.id.lastIndexOf('.') + 1);
        if (!this.byConstant.has(c) || e.id.startsWith('android.permission.')) this.byConstant.set(c, e);
      }
    }
    this.constants = [...this.byConstant.keys()];
    this.appSuffixes = [...suffixes];
  }

  entry(id: string): PermissionEntry | undefined {
    return this.byId.get(id);
  }

  /** A full id as written: exact, app-defined template, near miss under the same prefix, or unknown app permission. */
  resolveId(written: string): ResolvedCode {
    const exact = this.byId.get(written);
    if (exact) return { id: written, entry: exact, nearMiss: false };
    const suffix = this.appSuffixes.find((s) => written.endsWith(s) && written.length > s.length);
    if (suffix) return { id: written, entry: this.byId.get('app' + suffix), nearMiss: false };
    const dot = written.lastIndexOf('.');
    const prefix = written.slice(0, dot + 1);
    const constant = written.slice(dot + 1);
    let best: PermissionEntry | undefined;
    let bestScore = 0;
    if (constant.length >= NEAR_MISS_MIN_LENGTH) {
      for (const [id, e] of this.byId) {
        if (!id.startsWith(prefix) || id.indexOf('.', prefix.length) >= 0) continue;
        const score = jaroWinkler(constant, id.slice(prefix.length));
        if (score > bestScore) [best, bestScore] = [e, score];
      }
    }
    if (best && bestScore >= NEAR_MISS_THRESHOLD) return { id: best.id, entry: best, nearMiss: true };
    return { id: written, nearMiss: false };
  }

  /** A bare constant: exact or near miss among framework constants; undefined when unknown. */
  /** Is `constant` exactly a known permission's constant? */
  isConstant(constant: string): boolean {
    return this.byConstant.has(constant);
  }

  resolveConstant(written: string): ResolvedCode | undefined {
    const exact = this.byConstant.get(written);
    if (exact) return { id: exact.id, entry: exact, nearMiss: false };
    if (written.length < NEAR_MISS_MIN_LENGTH) return undefined;
    let best: PermissionEntry | undefined;
    let bestScore = 0;
    for (const c of this.constants) {
      if (Math.abs(c.length - written.length) > 3) continue;
      const score = jaroWinkler(written, c);
      if (score > bestScore) [best, bestScore] = [this.byConstant.get(c), score];
    }
    return best && bestScore >= NEAR_MISS_THRESHOLD ? { id: best.id, entry: best, nearMiss: true } : undefined;
  }
}

/** Jaro-Winkler similarity of two constants (exported for tests that pin the threshold). */
export function constantSimilarity(a: string, b: string): number {
  return jaroWinkler(a, b);
}
