/**
 * Loads the built-in lexicons from `lexicons/` and merges user lexicons over them.
 * Every file is validated; a user entry whose id or one of whose forms is already held by an
 * entry loaded before it (built-in or an earlier user file) must say `override: true`.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LEXICON_KINDS, LexiconError, validateLexicon, type EntryByKind, type LexiconFile, type LexiconKind } from './schema.js';
import { CharMatcher, TermMatcher, hasCjk } from './matcher.js';
import { FormOwners } from './owners.js';
import { parseLexiconFile, parseLexiconText, readLexiconText } from './parse.js';

/** The package's own lexicon folder (the same relative place from src/ and dist/). */
export const BUILTIN_LEXICON_DIR = fileURLToPath(new URL('../../lexicons/', import.meta.url));

/** A user lexicon: a path to a JSON/YAML file, or the parsed object itself. */
export type LexiconInput = string | (LexiconFile & { name?: string });

export class LexiconSet {
  readonly entries: { [K in LexiconKind]: Map<string, EntryByKind[K]> } = {
    dataTypes: new Map(),
    sdks: new Map(),
    permissions: new Map(),
    rights: new Map(),
    sections: new Map(),
  };
  /** Which file each entry came from, for error messages. */
  private readonly origin = new Map<string, string>();
  private readonly matchers = new Map<LexiconKind, TermMatcher>();

  /** Form → owning entry per kind, built when the first user lexicon of that kind is added. */
  private readonly owners = new Map<LexiconKind, FormOwners>();

  add(file: LexiconFile, name: string, builtin: boolean): void {
    const map = this.entries[file.kind] as Map<string, EntryByKind[LexiconKind]>;
    const owners = builtin ? null : this.ownersOf(file.kind);
    file.entries.forEach((entry, i) => {
      const where = `#${i + 1} (${entry.id})`;
      const key = `${file.kind}:${entry.id}`;
      const prior = this.origin.get(key);
      if (prior !== undefined && !builtin && !entry.override) {
        throw new LexiconError(name, where, 'id', `collides with an entry of ${prior}; set "override": true to replace it`);
      }
      if (prior !== undefined && builtin) {
        throw new LexiconError(name, where, 'id', `duplicate of an entry of ${prior}`);
      }
      owners?.check(entry, name, where);
      if (prior !== undefined) {
        // The replacement goes last, so that the forms it takes over are its own in the matcher.
        map.delete(entry.id);
        owners?.remove(entry.id);
      }
      map.set(entry.id, entry);
      owners?.add(entry, name);
      this.origin.set(key, name);
    });
    this.matchers.delete(file.kind);
    this.pairs.delete(file.kind);
    this.chars = null;
    this.cjkTermSet = null;
    this.cjkFormList = null;
  }

  private ownersOf(kind: LexiconKind): FormOwners {
    let owners = this.owners.get(kind);
    if (!owners) {
      owners = new FormOwners(kind);
      for (const [id, entry] of this.entries[kind]) owners.add(entry, this.origin.get(`${kind}:${id}`) ?? '');
      this.owners.set(kind, owners);
    }
    return owners;
  }

  /** The matcher over every form of one kind, built on first use. */
  matcher(kind: LexiconKind): TermMatcher {
    let m = this.matchers.get(kind);
    if (!m) {
      m = new TermMatcher(this.formsOf(kind));
      this.matchers.set(kind, m);
    }
    return m;
  }

  private chars: CharMatcher | null = null;

  /**
   * The CJK forms of every kind in one character trie, layer k holding LEXICON_KINDS[k]'s:
   * a paragraph is walked once for all kinds (built on first use).
   */
  charMatcher(): CharMatcher {
    return (this.chars ??= new CharMatcher(LEXICON_KINDS.map((kind) => this.matcher(kind).cjkTerms)));
  }

  /** Each kind's [form, id] pairs, made once for both the matcher and `cjkForms`. */
  private readonly pairs = new Map<LexiconKind, (readonly [string, string])[]>();

  private formsOf(kind: LexiconKind): (readonly [string, string])[] {
    let p = this.pairs.get(kind);
    if (!p) this.pairs.set(kind, (p = formsOf(this.entries[kind] as Map<string, EntryByKind[LexiconKind]>)));
    return p;
  }

  private cjkTermSet: Set<string> | null = null;
  private cjkFormList: string[] | null = null;

  /** Is `word` (lower-cased) a CJK form of some lexicon? */
  isCjkTerm(word: string): boolean {
    this.cjkTermSet ??= new Set(this.cjkForms().map((f) => f.toLowerCase()));
    return this.cjkTermSet.has(word);
  }

  /** Every CJK form of every kind: the words jieba must keep whole (computed once). */
  cjkForms(): string[] {
    if (this.cjkFormList) return this.cjkFormList;
    const out = new Set<string>();
    for (const kind of LEXICON_KINDS) {
      for (const pair of this.formsOf(kind)) {
        if (hasCjk(pair[0])) out.add(pair[0].normalize('NFKC'));
      }
    }
    return (this.cjkFormList = [...out]);
  }
}

/**
 * [form, id] pairs of a kind: forms in both languages; for SDKs, names, aliases and packages.
 * A list, not a generator: resuming a generator per form cost more than building the matcher
 * from the pairs in a fresh process.
 */
function formsOf(map: Map<string, EntryByKind[LexiconKind]>): (readonly [string, string])[] {
  const out: (readonly [string, string])[] = [];
  // Lists walked by index: for-of pays an iterator step per form in a fresh process.
  const all = (list: readonly string[] | undefined, id: string): void => {
    if (list) for (let i = 0; i < list.length; i++) out.push([list[i]!, id]);
  };
  for (const e of map.values()) {
    const sdk = e as Partial<EntryByKind['sdks']>;
    if (sdk.name) out.push([sdk.name, e.id]);
    all(sdk.aliases, e.id);
    all(sdk.packages, e.id);
    const forms = (e as Partial<EntryByKind['dataTypes']>).forms;
    all(forms?.en, e.id);
    all(forms?.zh, e.id);
  }
  return out;
}

/** Reads and validates one lexicon file or object. */
export function readLexicon(input: LexiconInput): { file: LexiconFile; name: string } {
  if (typeof input === 'string') return { file: validateLexicon(parseLexiconFile(input), basename(input)), name: basename(input) };
  const name = input.name ?? '(inline lexicon)';
  const { name: _ignored, ...data } = input as LexiconFile & { name?: string };
  return { file: validateLexicon(data, name), name };
}

let builtinFiles: { file: LexiconFile; name: string }[] | null = null;

/**
 * SHA-256 of each built-in lexicon file as the build validated it (scripts/write-lexicon-digests.mjs).
 * A file with that exact content passed validation then, so a fresh process only parses it:
 * validating every built-in entry was a third of the lexicons' load time. Absent (tests run
 * from src/), or for a file changed since the build, validation runs as for any lexicon.
 */
const DIGESTS = new URL('../lexicon-digests.json', import.meta.url);

function buildDigests(): Record<string, string> {
  try {
    return JSON.parse(readFileSync(DIGESTS, 'utf8')) as Record<string, string>;
  } catch {
    return {};
  }
}

/** SHA-256 of a lexicon file's text, as the build writes it. */
export function lexiconDigest(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The built-in lexicon files, read and validated once per process. */
function builtins(): { file: LexiconFile; name: string }[] {
  if (!builtinFiles) {
    const names = readdirSync(BUILTIN_LEXICON_DIR).filter((f) => /\.(json|ya?ml)$/i.test(f)).sort();
    const digests = buildDigests();
    builtinFiles = names.map((n) => ({ file: builtinLexicon(readLexiconText(BUILTIN_LEXICON_DIR + n), BUILTIN_LEXICON_DIR + n, digests), name: n }));
  }
  return builtinFiles;
}

/**
 * A built-in lexicon's text parsed; validated unless `digests` holds its exact content's
 * digest under its file name (validated by the build). Messages name it as `readLexicon` does.
 */
export function builtinLexicon(text: string, path: string, digests: Readonly<Record<string, string>>): LexiconFile {
  const name = basename(path);
  const data = parseLexiconText(text, path);
  const validated = Object.hasOwn(digests, name) && digests[name] === lexiconDigest(text);
  return validated ? (data as LexiconFile) : validateLexicon(data, name);
}

/** Built-in lexicons plus `extra` (in order; later user files may override earlier ones). */
export function loadLexicons(extra: readonly LexiconInput[] = []): LexiconSet {
  const set = new LexiconSet();
  for (const { file, name } of builtins()) set.add(file, name, true);
  for (const input of extra) {
    const { file, name } = readLexicon(input);
    set.add(file, name, false);
  }
  return set;
}
