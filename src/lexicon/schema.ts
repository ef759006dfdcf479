/**
 * The lexicon file format and its validation. A lexicon file is JSON (or YAML):
 *
 * ```json
 * { "kind": "dataTypes", "source": "where the facts come from",
 *   "entries": [ { "id": "device.imei", "label": { "en": "IMEI", "zh": "国际移动设备识别码" },
 *                  "forms": { "en": ["IMEI"], "zh": ["国际移动设备识别码"] }, "sensitive": false } ] }
 * ```
 *
 * `forms` are surface forms: English ones match on word stems, Chinese ones (any form with a
 * CJK character) on characters within jieba word boundaries. Which list a form sits in is
 * documentation; its script decides how it is matched.
 */
import type { Platform, ProtectionLevel, SdkCategory, SectionCategory } from '../types.js';
import { canMatch, matchedForms } from './forms.js';

export const LEXICON_KINDS = ['dataTypes', 'sdks', 'permissions', 'rights', 'sections'] as const;
export type LexiconKind = (typeof LEXICON_KINDS)[number];

export interface Bilingual {
  en: string;
  zh?: string;
}

export interface Forms {
  en?: string[];
  zh?: string[];
}

export interface EntryBase {
  id: string;
  label: Bilingual;
  forms?: Forms;
  /** Replaces a built-in entry with the same id instead of failing as a collision. */
  override?: boolean;
  note?: string;
}

export interface DataTypeEntry extends EntryBase {
  sensitive: boolean;
}

/** An SDK is matched by its `name`, `aliases` and `packages`; it has no `forms`. */
export interface SdkEntry extends Omit<EntryBase, 'forms'> {
  /** Canonical English name. */
  name: string;
  aliases?: string[];
  vendor?: string;
  category: SdkCategory;
  platforms?: Platform[];
  /** Java / ObjC package prefixes (`com.umeng`). */
  packages?: string[];
  privacyUrl?: string;
}

export interface PermissionEntry extends EntryBase {
  platform: 'android' | 'ios';
  protectionLevel?: ProtectionLevel;
}

export type RightEntry = EntryBase;

export interface SectionEntry extends EntryBase {
  id: SectionCategory;
  /** Lower numbers are tried first: "How we protect children's information" is minors, not security. */
  priority: number;
}

export interface EntryByKind {
  dataTypes: DataTypeEntry;
  sdks: SdkEntry;
  permissions: PermissionEntry;
  rights: RightEntry;
  sections: SectionEntry;
}

export interface LexiconFile<K extends LexiconKind = LexiconKind> {
  kind: K;
  source?: string;
  description?: string;
  entries: EntryByKind[K][];
}

/** A lexicon that failed validation: the message names the file, the entry and the field. */
export class LexiconError extends Error {
  constructor(
    readonly file: string,
    readonly entry: string | null,
    readonly field: string | null,
    problem: string,
  ) {
    super(`policylens lexicon ${file}${entry ? `, entry ${entry}` : ''}${field ? `, field '${field}'` : ''}: ${problem}`);
    this.name = 'LexiconError';
  }
}

export const SDK_CATEGORIES: readonly SdkCategory[] = ['push', 'analytics', 'crash-reporting', 'advertising', 'maps-location', 'social', 'payment', 'identity-verification', 'media', 'iot-connectivity', 'device-identifier', 'other'];
export const PLATFORMS: readonly Platform[] = ['android', 'ios', 'harmonyos', 'web'];
export const PROTECTION_LEVELS: readonly ProtectionLevel[] = ['dangerous', 'normal', 'signature', 'internal', 'special', 'vendor', 'app'];
export const SECTION_CATEGORIES: readonly SectionCategory[] = ['scope', 'definitions', 'collection', 'cookies', 'sdk', 'permissions', 'sharing', 'security', 'retention', 'storage', 'rights', 'minors', 'changes', 'contact', 'other'];

/** The fields a lexicon file takes at its top level. */
export const FILE_FIELDS = ['kind', 'entries', 'source', 'description', '$schema'];
/** The fields an entry of each kind takes (required ones first). */
export const FIELDS: Record<LexiconKind, readonly string[]> = {
  dataTypes: ['id', 'label', 'sensitive', 'forms', 'override', 'note'],
  sdks: ['id', 'label', 'name', 'category', 'aliases', 'packages', 'vendor', 'platforms', 'privacyUrl', 'override', 'note'],
  permissions: ['id', 'label', 'platform', 'forms', 'protectionLevel', 'override', 'note'],
  rights: ['id', 'label', 'forms', 'override', 'note'],
  sections: ['id', 'label', 'priority', 'forms', 'override', 'note'],
};
const ENTRY_NAME: Record<LexiconKind, string> = {
  dataTypes: 'a data type entry',
  sdks: 'an SDK entry',
  permissions: 'a permission entry',
  rights: 'a right entry',
  sections: 'a section entry',
};
const ID_PATTERN: Record<LexiconKind, RegExp> = {
  dataTypes: /^[a-z][a-z0-9_]*\.[a-z0-9_]+$/,
  sdks: /^[a-z0-9][a-z0-9-]*$/,
  permissions: /^(?:[A-Za-z][\w]*(?:\.[A-Za-z_][\w]*)+|(?:NS|NFC)[A-Za-z]+|ios\.[a-z_]+)$/,
  rights: /^right\.[a-z_]+$/,
  sections: /^[a-z]+$/,
};

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function checkStringList(v: unknown, file: string, entry: string, field: string): void {
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string' || x.trim() === '')) {
    throw new LexiconError(file, entry, field, 'expected a list of non-empty strings');
  }
}

function checkEnum<T extends string>(v: unknown, allowed: readonly T[], file: string, entry: string, field: string): void {
  if (typeof v !== 'string' || !allowed.includes(v as T)) {
    throw new LexiconError(file, entry, field, `expected one of ${allowed.join(', ')}; got ${JSON.stringify(v)}`);
  }
}

function unknownField(kind: LexiconKind, key: string): string {
  const takes = `${ENTRY_NAME[kind]} takes ${FIELDS[kind].join(', ')}`;
  if (kind === 'sdks' && key === 'forms') return `unknown field: an SDK is matched by its name, aliases and packages, so put these words in "aliases"; ${takes}`;
  return `unknown field; ${takes}`;
}

/** An Android permission whose id is a manifest name is found wherever a policy writes that name. */
function foundById(kind: LexiconKind, raw: Record<string, unknown>): boolean {
  return kind === 'permissions' && raw.platform === 'android' && String(raw.id).includes('.permission.');
}

/** Every matched string must be matchable, and an entry must have at least one. */
function checkMatchable(kind: LexiconKind, raw: Record<string, unknown>, file: string, name: string): void {
  const forms = matchedForms(kind, raw);
  // Indexed: this runs over every built-in form at load, where for-of pays an iterator step each.
  for (let i = 0; i < forms.length; i++) {
    const { field, form } = forms[i]!;
    if (!canMatch(form)) throw new LexiconError(file, name, field, `${JSON.stringify(form)} can never match: a form needs a letter, a digit or a Chinese character`);
  }
  if (forms.length === 0 && !foundById(kind, raw)) {
    throw new LexiconError(file, name, 'forms', 'this entry can never match: give it at least one form in "forms.en" or "forms.zh"');
  }
}

/** Validates parsed lexicon data; returns it typed, or throws a LexiconError. */
export function validateLexicon(data: unknown, file: string): LexiconFile {
  if (!isObject(data)) throw new LexiconError(file, null, null, 'the file must hold an object with "kind" and "entries"');
  for (const key of Object.keys(data)) {
    if (!FILE_FIELDS.includes(key)) throw new LexiconError(file, null, key, `unknown field; a lexicon file takes ${FILE_FIELDS.join(', ')}`);
  }
  const kind = data.kind;
  if (typeof kind !== 'string' || !(LEXICON_KINDS as readonly string[]).includes(kind)) {
    throw new LexiconError(file, null, 'kind', `expected one of ${LEXICON_KINDS.join(', ')}; got ${JSON.stringify(kind)}`);
  }
  const k = kind as LexiconKind;
  if (!Array.isArray(data.entries)) throw new LexiconError(file, null, 'entries', 'expected a list of entries');
  const seen = new Set<string>();
  data.entries.forEach((raw: unknown, i: number) => {
    const where = `#${i + 1}`;
    if (!isObject(raw)) throw new LexiconError(file, where, null, 'an entry must be an object');
    const id = raw.id;
    if (typeof id !== 'string' || !ID_PATTERN[k].test(id)) {
      throw new LexiconError(file, where, 'id', `expected an id like ${ID_PATTERN[k].source}; got ${JSON.stringify(id)}`);
    }
    const name = `${where} (${id})`;
    if (seen.has(id)) throw new LexiconError(file, name, 'id', 'duplicate id in this file');
    seen.add(id);
    for (const key of Object.keys(raw)) if (!FIELDS[k].includes(key)) throw new LexiconError(file, name, key, unknownField(k, key));
    const label = raw.label;
    if (!isObject(label) || typeof label.en !== 'string' || (label.zh !== undefined && typeof label.zh !== 'string')) {
      throw new LexiconError(file, name, 'label', 'expected { "en": string, "zh"?: string }');
    }
    if (raw.forms !== undefined) {
      if (!isObject(raw.forms)) throw new LexiconError(file, name, 'forms', 'expected { "en"?: [...], "zh"?: [...] }');
      // Keys, not destructured entries: destructuring is an iterator per pair in a fresh process.
      for (const lang of Object.keys(raw.forms)) {
        const list = raw.forms[lang];
        if (lang !== 'en' && lang !== 'zh') throw new LexiconError(file, name, `forms.${lang}`, 'unknown language (use "en" or "zh")');
        checkStringList(list, file, name, `forms.${lang}`);
      }
    }
    if (raw.override !== undefined && typeof raw.override !== 'boolean') throw new LexiconError(file, name, 'override', 'expected true or false');
    switch (k) {
      case 'dataTypes':
        if (typeof raw.sensitive !== 'boolean') throw new LexiconError(file, name, 'sensitive', 'expected true or false');
        break;
      case 'sdks':
        if (typeof raw.name !== 'string' || !raw.name.trim()) throw new LexiconError(file, name, 'name', 'expected the canonical English name');
        checkEnum(raw.category, SDK_CATEGORIES, file, name, 'category');
        if (raw.aliases !== undefined) checkStringList(raw.aliases, file, name, 'aliases');
        if (raw.packages !== undefined) checkStringList(raw.packages, file, name, 'packages');
        if (raw.platforms !== undefined) {
          checkStringList(raw.platforms, file, name, 'platforms');
          for (const p of raw.platforms as string[]) checkEnum(p, PLATFORMS, file, name, 'platforms');
        }
        if (raw.vendor !== undefined && typeof raw.vendor !== 'string') throw new LexiconError(file, name, 'vendor', 'expected a string');
        if (raw.privacyUrl !== undefined && typeof raw.privacyUrl !== 'string') throw new LexiconError(file, name, 'privacyUrl', 'expected a string');
        break;
      case 'permissions':
        checkEnum(raw.platform, ['android', 'ios'] as const, file, name, 'platform');
        if (raw.protectionLevel !== undefined) checkEnum(raw.protectionLevel, PROTECTION_LEVELS, file, name, 'protectionLevel');
        break;
      case 'sections':
        checkEnum(id, SECTION_CATEGORIES, file, name, 'id');
        if (typeof raw.priority !== 'number') throw new LexiconError(file, name, 'priority', 'expected a number');
        break;
      case 'rights':
        break;
    }
    checkMatchable(k, raw, file, name);
  });
  return data as unknown as LexiconFile;
}
