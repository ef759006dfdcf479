/**
 * Necessary personal information per app type (国信办秘字〔2021〕14号): an app may not refuse its
 * basic function to a user who declines anything beyond the table's items for its type
 * (art. 4; App-191 4.2). The table is data, `lexicons/checks/necessary-pi.json`, validated on
 * first use. The app's type comes from the caller (`appCategory`): a policy does not say it.
 */
import { readFileSync } from 'node:fs';
import type { DataTypeFinding, Evidence, PolicyExtraction } from '../../types.js';
import { BUILTIN_LEXICON_DIR, loadLexicons } from '../../lexicon/load.js';
import { LexiconError } from '../../lexicon/schema.js';
import type { Rule } from '../types.js';
import { paragraphsUnderHeading, sentenceText } from './text.js';

export interface NecessaryPiType {
  /** English slug (`map-navigation`). */
  id: string;
  /** Number in the table, 1-39. */
  number: number;
  /** The type's name in the table (`地图导航`). */
  nameZh: string;
  basicFunction: string;
  /** Data-type ids the basic function cannot run without; empty for 无须个人信息. */
  necessary: string[];
  /** Items necessary only in one mode of the service (挂号时, 问诊时): counted as necessary. */
  conditional?: { when: string; items: string[] }[];
  /** Table items no data-type id stands for (出发地, 座位号): never extracted, never exceeding. */
  unmapped?: string[];
}

const FILE = 'checks/necessary-pi.json';
const FIELDS = ['id', 'number', 'nameZh', 'basicFunction', 'necessary', 'conditional', 'unmapped'];
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function ids(v: unknown, known: ReadonlySet<string>, entry: string, field: string): void {
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) throw new LexiconError(FILE, entry, field, 'expected a list of data-type ids');
  for (const id of v as string[]) if (!known.has(id)) throw new LexiconError(FILE, entry, field, `unknown data-type id ${JSON.stringify(id)} (not in data-types.json)`);
}

/** Validates the table: every field known, every id a data-type id, names and ids unique. */
export function validateNecessaryPi(data: unknown, knownDataTypes: ReadonlySet<string>): NecessaryPiType[] {
  if (!isObject(data) || data.kind !== 'necessaryPersonalInformation' || !Array.isArray(data.entries)) {
    throw new LexiconError(FILE, null, null, 'expected { "kind": "necessaryPersonalInformation", "entries": [...] }');
  }
  const seen = new Set<string>();
  return data.entries.map((raw: unknown, i: number) => {
    if (!isObject(raw)) throw new LexiconError(FILE, `#${i}`, null, 'an entry must be an object');
    const name = `#${i} (${String(raw.id)})`;
    for (const k of Object.keys(raw)) if (!FIELDS.includes(k)) throw new LexiconError(FILE, name, k, 'unknown field');
    if (typeof raw.id !== 'string' || !/^[a-z][a-z0-9-]*$/.test(raw.id)) throw new LexiconError(FILE, name, 'id', 'expected a lowercase slug');
    if (typeof raw.nameZh !== 'string' || !raw.nameZh) throw new LexiconError(FILE, name, 'nameZh', 'expected the type\'s Chinese name');
    if (typeof raw.basicFunction !== 'string') throw new LexiconError(FILE, name, 'basicFunction', 'expected a string');
    if (!Number.isInteger(raw.number)) throw new LexiconError(FILE, name, 'number', 'expected the number in the table');
    for (const key of [raw.id, raw.nameZh]) {
      if (seen.has(key)) throw new LexiconError(FILE, name, 'id', `duplicate ${JSON.stringify(key)}`);
      seen.add(key);
    }
    ids(raw.necessary, knownDataTypes, name, 'necessary');
    if (raw.conditional !== undefined) {
      if (!Array.isArray(raw.conditional)) throw new LexiconError(FILE, name, 'conditional', 'expected a list of { when, items }');
      raw.conditional.forEach((c: unknown, j: number) => {
        if (!isObject(c) || typeof c.when !== 'string') throw new LexiconError(FILE, name, `conditional[${j}]`, 'expected { "when": string, "items": [...] }');
        ids(c.items, knownDataTypes, name, `conditional[${j}].items`);
      });
    }
    if (raw.unmapped !== undefined && (!Array.isArray(raw.unmapped) || raw.unmapped.some((x) => typeof x !== 'string'))) {
      throw new LexiconError(FILE, name, 'unmapped', 'expected a list of strings');
    }
    return raw as unknown as NecessaryPiType;
  });
}

let table: NecessaryPiType[] | null = null;

/** The 39 types, read and validated once per process. */
export function necessaryPiTable(): NecessaryPiType[] {
  if (table) return table;
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(BUILTIN_LEXICON_DIR + FILE, 'utf8'));
  } catch (err) {
    throw new LexiconError(FILE, null, null, `cannot read or parse the file (${(err as Error).message})`);
  }
  return (table = validateNecessaryPi(data, new Set(loadLexicons().entries.dataTypes.keys())));
}

/**
 * The table's types for the caller's `appCategory`: English ids or Chinese names (a trailing 类
 * is allowed: 地图导航类). Apps of several types get the union. Unknown names are a TypeError.
 */
export function resolveAppCategories(input: string | readonly string[]): NecessaryPiType[] {
  const list = typeof input === 'string' ? [input] : input;
  if (!Array.isArray(list) || list.length === 0 || list.some((x) => typeof x !== 'string')) {
    throw new TypeError('policylens: appCategory must be a type name or a list of them');
  }
  const all = necessaryPiTable();
  return list.map((name) => {
    const key = name.trim().replace(/类$/, '');
    const hit = all.find((t) => t.id === key.toLowerCase() || t.nameZh === key);
    if (!hit) throw new TypeError(`policylens: unknown appCategory ${JSON.stringify(name)}; valid: ${all.map((t) => `${t.id} (${t.nameZh})`).join(', ')}`);
    return hit;
  });
}

/** Headings of the part that lists what the basic function needs (not 扩展功能). */
const BASIC_HEADING = /基本(?:业务)?功能|基础功能|核心功能|必要(?:个人)?信息|basic\s+(?:functions?|features?|services?)|core\s+(?:functions?|features?)|required\s+information/i;
const NOT_BASIC_HEADING = /扩展|附加|拓展|增值|非必要|其他功能|additional|optional|extended/i;
/**
 * A sentence that makes the data a condition of the basic function or of the whole service
 * ("拒绝提供…将导致您无法使用本游戏"). A condition of one feature ("无法使用该功能") or of a
 * period ("所必需的期限") is not, nor is logging in: the table decides whether the type needs an
 * account at all.
 */
const REQUIRED = /基本(?:业务)?功能|基础(?:业务)?功能|核心(?:业务|游戏)?功能|必要个人信息|(?:无法|不能)(?:正常)?使用(?:本|我们的)(?:游戏|产品|服务|APP|App|app|应用|软件|平台)|\bbasic\s+(?:functions?|features?|services?)\b|\bcore\s+(?:functions?|features?)\b|\bmandatory\b|\bcannot\s+use\s+(?:the|our)\s+(?:app|services?|products?)\b/i;
/** A sentence that says the data is optional after all, or needed by one feature only. */
const OPTIONAL = /基本(?:功能)?模式|基础模式|非必要|非必需|不是必需|扩展(?:业务)?功能|附加功能|可选|选填|自愿|不影响|不会影响|根据您的(?:自身)?需求|您可以选择|(?:该|此|这项|相应|相关|上述)(?:业务)?功能|其他(?:服务|功能)|\boptional\b|\bnot\s+required\b|\bvoluntar/i;

/** The data types a sentence or a basic-function part of the policy makes required, with the spans. */
export function requiredForBasicFunction(text: string, r: PolicyExtraction): { type: DataTypeFinding; evidence: Evidence[] }[] {
  const basic = paragraphsUnderHeading(r, BASIC_HEADING);
  const notBasic = paragraphsUnderHeading(r, NOT_BASIC_HEADING);
  return r.dataTypes
    .map((type) => ({
      type,
      evidence: type.evidence.filter((e) => {
        const s = sentenceText(text, e);
        if (OPTIONAL.test(s)) return false;
        return REQUIRED.test(s) || (basic.has(e.paragraph) && !notBasic.has(e.paragraph));
      }),
    }))
    .filter((x) => x.evidence.length > 0);
}

export const NECESSARY_PI_RULES: readonly Rule[] = [
  {
    id: 'necessary-pi.exceeds',
    jurisdiction: 'cn',
    severity: 'warning',
    refs: ['CAC-2021-14 art. 4', 'CAC-2021-14 art. 5', 'App-191 4.2'],
    description: 'with `appCategory`: the policy makes data a condition of the basic function that the necessary-PI table for that app type does not list (needs the text)',
    check: (r, { text, appCategories }) => {
      if (text === undefined || appCategories === undefined || appCategories.length === 0) return [];
      const types = resolveAppCategories(appCategories);
      const allowed = new Set(types.flatMap((t) => [...t.necessary, ...(t.conditional ?? []).flatMap((c) => c.items)]));
      const names = types.map((t) => t.nameZh).join('、');
      const namesEn = types.map((t) => t.id).join(', ');
      return requiredForBasicFunction(text, r)
        .filter(({ type }) => !allowed.has(type.id))
        .map(({ type, evidence }) => ({
          subject: type.id,
          message: {
            en: `The policy makes "${type.label}" required for the basic function, but it is not necessary personal information for ${namesEn} apps.`,
            zh: `隐私政策将“${type.labelZh ?? type.label}”作为基本功能所需的信息，但其不属于${names}类App的必要个人信息。`,
          },
          evidence: evidence.slice(0, 3),
        }));
    },
  },
];
