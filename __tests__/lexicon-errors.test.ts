/**
 * A malformed user lexicon fails at load, in createExtractor, with a LexiconError that names
 * the file, the entry and the field; the built-in lexicons stay usable afterwards.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createExtractor, extractPolicy, LexiconError } from '../src/index.js';
import { validateLexicon } from '../src/lexicon/schema.js';
import { builtinLexicon, lexiconDigest } from '../src/lexicon/load.js';

let dir = '';
const file = (name: string, content: string): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const entry = (extra: Record<string, unknown> = {}) => ({ id: 'profile.shoe_size', label: { en: 'shoe size' }, forms: { en: ['shoe size'] }, sensitive: false, ...extra });
const kaiconn = readFileSync(new URL('../corpus/kaiconn.zh-en.txt', import.meta.url), 'utf8');
let baseline: string[] = [];

/** The LexiconError thrown by `load`, for asserting on its parts. */
function errorOf(load: () => unknown): LexiconError {
  try {
    load();
  } catch (err) {
    expect(err).toBeInstanceOf(LexiconError);
    return err as LexiconError;
  }
  throw new Error('expected a LexiconError');
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'policylens-lexicons-'));
  baseline = extractPolicy(kaiconn).dataTypes.map((d) => d.id);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('files that do not parse', () => {
  it('bad JSON names the file and says JSON', () => {
    const path = file('broken.json', '{ "kind": "dataTypes", "entries": [ { "id": ');
    const err = errorOf(() => createExtractor({ lexicons: [path] }));
    expect(err.message).toContain('broken.json');
    expect(err.message).toMatch(/not valid JSON/);
  });

  it('bad YAML names the file and says YAML', () => {
    const path = file('broken.yaml', 'kind: dataTypes\nentries:\n  - id: profile.shoe_size\n   label: [unclosed\n');
    const err = errorOf(() => createExtractor({ lexicons: [path] }));
    expect(err.message).toContain('broken.yaml');
    expect(err.message).toMatch(/not valid YAML/);
  });

  it.each<[string, string, RegExp]>([
    ['a missing value', '{\n  "kind": "dataTypes",\n  "entries": [\n    { "id": "profile.shoe_size", "label": }\n  ]\n}\n', /broken\.json: not valid JSON at line 4, column 43: Unexpected token '}'$/],
    ['a doubled comma', '{"kind": "dataTypes", "entries": [1,,2]}', /not valid JSON at line 1, column 37: Unexpected token ','$/],
    ['a file that stops early', '{ "kind": "dataTypes",\n  "entries": [', /not valid JSON at line 2, column 15: Unexpected end of JSON input$/],
  ])('a JSON syntax error gives its line and column: %s', (_name, text, message) => {
    const err = errorOf(() => createExtractor({ lexicons: [file('broken.json', text)] }));
    expect(err.message).toMatch(message);
    expect(err.message).not.toMatch(/position|is not valid JSON/);
  });

  it('a .json file written in YAML says to name it .yaml', () => {
    const path = file('shoes.json', 'kind: dataTypes\nentries: []\n');
    expect(errorOf(() => createExtractor({ lexicons: [path] })).message).toMatch(/shoes\.json: not valid JSON at line 1, column 1: .* \(the file reads as YAML: name it \.yaml or \.yml\)$/);
  });

  it('a YAML syntax error gives its line and column', () => {
    const path = file('broken.yaml', 'kind: dataTypes\nentries:\n  - id: profile.shoe_size\n   label: [unclosed\n');
    expect(errorOf(() => createExtractor({ lexicons: [path] })).message).toMatch(/broken\.yaml: not valid YAML at line 4, column 1: /);
  });

  it('a file of another name that is neither JSON nor YAML says so, with both reasons', () => {
    const text = errorOf(() => createExtractor({ lexicons: [file('notes.txt', '# Shoes\nWe sell shoes.\n')] })).message;
    expect(text).toMatch(/notes\.txt: is neither JSON nor YAML: as JSON, at line 1, column 1: Unexpected token '#'; as YAML, it reads as a single string, not a mapping/);
    const broken = errorOf(() => createExtractor({ lexicons: [file('shoes.lexicon', '{ "kind": dataTypes\n  entries: [\n')] })).message;
    expect(broken).toMatch(/shoes\.lexicon: is neither JSON nor YAML: as JSON, at line 1, column 11: .*; as YAML, at line \d+, column \d+: /);
  });

  it('a file of another name loads when it is JSON or YAML', () => {
    const json = file('shoes.lexicon', JSON.stringify({ kind: 'dataTypes', entries: [entry()] }));
    const yaml = file('shoes.txt', 'kind: dataTypes\nentries:\n  - { id: profile.shoe_size, label: { en: shoe size }, forms: { en: [shoe size] }, sensitive: false }\n');
    for (const path of [json, yaml]) expect(createExtractor({ lexicons: [path] }).extract('We collect your shoe size.').dataTypes.map((d) => d.id)).toEqual(['profile.shoe_size']);
  });

  it('a YAML file that is not a mapping says what it reads as', () => {
    expect(errorOf(() => createExtractor({ lexicons: [file('plain.yaml', 'just some words')] })).message).toMatch(/plain\.yaml: not a YAML mapping: it reads as a single string/);
  });

  it('a missing file says it cannot be read', () => {
    const err = errorOf(() => createExtractor({ lexicons: [join(dir, 'nowhere.json')] }));
    expect(err.message).toMatch(/nowhere\.json.*cannot read the file \(ENOENT\)/);
  });

  it('a valid YAML lexicon loads and matches', () => {
    const path = file('shoes.yml', 'kind: dataTypes\nentries:\n  - id: profile.shoe_size\n    label: { en: shoe size, zh: 鞋码 }\n    forms: { en: [shoe size], zh: [鞋码] }\n    sensitive: false\n');
    const r = createExtractor({ lexicons: [path] }).extract('We collect your shoe size.\n我们收集您的鞋码。');
    expect(r.dataTypes.find((d) => d.id === 'profile.shoe_size')?.evidence).toHaveLength(2);
  });
});

describe('entries that do not validate', () => {
  it.each<[string, unknown, RegExp]>([
    ['unknown top-level field', { kind: 'dataTypes', entries: [entry()], colour: 'red' }, /field 'colour': unknown field; a lexicon file takes kind, entries, source, description/],
    ['unknown kind', { kind: 'cookies', entries: [] }, /field 'kind': expected one of dataTypes/],
    ['entries not a list', { kind: 'dataTypes', entries: {} }, /field 'entries': expected a list/],
    ['unknown entry field', { kind: 'dataTypes', entries: [entry({ colour: 'red' })] }, /entry #1 \(profile\.shoe_size\), field 'colour': unknown field; a data type entry takes id, label, sensitive, forms, override, note$/],
    ['duplicate id', { kind: 'dataTypes', entries: [entry(), entry()] }, /entry #2 \(profile\.shoe_size\), field 'id': duplicate id in this file/],
    ['bad id shape', { kind: 'dataTypes', entries: [entry({ id: 'Shoe Size' })] }, /entry #1, field 'id': expected an id like/],
    ['sensitive as a string', { kind: 'dataTypes', entries: [entry({ sensitive: 'yes' })] }, /field 'sensitive': expected true or false/],
    ['forms as a string', { kind: 'dataTypes', entries: [entry({ forms: { en: 'shoe size' } })] }, /field 'forms\.en': expected a list of non-empty strings/],
    ['an empty form', { kind: 'dataTypes', entries: [entry({ forms: { en: ['shoe size', ' '] } })] }, /field 'forms\.en'/],
    ['forms in an unknown language', { kind: 'dataTypes', entries: [entry({ forms: { fr: ['pointure'] } })] }, /field 'forms\.fr': unknown language/],
    ['label missing', { kind: 'dataTypes', entries: [entry({ label: undefined })] }, /field 'label'/],
    ['override not boolean', { kind: 'dataTypes', entries: [entry({ override: 'yes' })] }, /field 'override'/],
    ['sdk category', { kind: 'sdks', entries: [{ id: 'shoe-sdk', label: { en: 'Shoe SDK' }, name: 'Shoe SDK', category: 'shoes' }] }, /entry #1 \(shoe-sdk\), field 'category': expected one of push/],
    ['sdk platforms', { kind: 'sdks', entries: [{ id: 'shoe-sdk', label: { en: 'Shoe SDK' }, name: 'Shoe SDK', category: 'other', platforms: ['symbian'] }] }, /field 'platforms'/],
    ['permission platform', { kind: 'permissions', entries: [{ id: 'com.shoe.permission.SIZE', label: { en: 'size' }, platform: 'windows' }] }, /entry #1 \(com\.shoe\.permission\.SIZE\), field 'platform'/],
    ['section priority', { kind: 'sections', entries: [{ id: 'minors', label: { en: 'Children' }, priority: 'high', override: true }] }, /field 'priority': expected a number/],
    ['entry not an object', { kind: 'rights', entries: ['right.access'] }, /entry #1: an entry must be an object/],
    ['entries numbered from 1', { kind: 'dataTypes', entries: [entry(), entry({ id: 'profile.hat_size', forms: { en: ['hat size'] }, sensitive: 'no' })] }, /entry #2 \(profile\.hat_size\), field 'sensitive'/],
    ['forms on an SDK', { kind: 'sdks', entries: [{ id: 'shoe-sdk', label: { en: 'Shoe SDK' }, name: 'Shoe SDK', category: 'other', forms: { en: ['shoe kit'] } }] }, /entry #1 \(shoe-sdk\), field 'forms': unknown field: an SDK is matched by its name, aliases and packages, so put these words in "aliases"; an SDK entry takes id, label, name, category, aliases, packages, vendor, platforms, privacyUrl, override, note$/],
    ['an unknown SDK field lists the fields', { kind: 'sdks', entries: [{ id: 'shoe-sdk', label: { en: 'Shoe SDK' }, name: 'Shoe SDK', category: 'other', website: 'x' }] }, /field 'website': unknown field; an SDK entry takes id, label, name, category, aliases, packages/],
    ['an unknown permission field lists the fields', { kind: 'permissions', entries: [{ id: 'NSShoeUsageDescription', label: { en: 'size' }, platform: 'ios', forms: { en: ['NSShoeUsageDescription'] }, level: 1 }] }, /field 'level': unknown field; a permission entry takes id, label, platform, forms, protectionLevel, override, note$/],
  ])('%s', (_name, data, message) => {
    const path = file('user.json', JSON.stringify(data));
    const err = errorOf(() => createExtractor({ lexicons: [path] }));
    expect(err.message).toContain('user.json');
    expect(err.message).toMatch(message);
    expect(err.file).toBe('user.json');
  });
});

describe('entries that can never match', () => {
  const never = /field 'forms': this entry can never match: give it at least one form in "forms\.en" or "forms\.zh"/;
  it.each<[string, unknown, RegExp]>([
    ['a data type without forms', { kind: 'dataTypes', entries: [entry({ forms: undefined })] }, never],
    ['a data type whose form lists are empty', { kind: 'dataTypes', entries: [entry({ forms: { en: [], zh: [] } })] }, never],
    ['a right with an empty forms object', { kind: 'rights', entries: [{ id: 'right.shoes', label: { en: 'Shoes' }, forms: {} }] }, never],
    ['an iOS permission without forms', { kind: 'permissions', entries: [{ id: 'NSShoeUsageDescription', label: { en: 'size' }, platform: 'ios' }] }, never],
    ['a section without forms', { kind: 'sections', entries: [{ id: 'minors', label: { en: 'Children' }, priority: 1, override: true }] }, never],
    ['a form of punctuation only', { kind: 'dataTypes', entries: [entry({ forms: { en: ['shoe size', '—!'] } })] }, /field 'forms\.en': "—!" can never match: a form needs a letter, a digit or a Chinese character/],
    ['an SDK whose name and aliases have no letter', { kind: 'sdks', entries: [{ id: 'shoe-sdk', label: { en: 'Shoe SDK' }, name: '+++', category: 'other' }] }, /entry #1 \(shoe-sdk\), field 'name': "\+\+\+" can never match/],
    ['an SDK alias of punctuation only', { kind: 'sdks', entries: [{ id: 'shoe-sdk', label: { en: 'Shoe SDK' }, name: 'Shoe SDK', category: 'other', aliases: ['***'] }] }, /field 'aliases': "\*\*\*" can never match/],
  ])('%s', (_name, data, message) => {
    const err = errorOf(() => createExtractor({ lexicons: [file('never.json', JSON.stringify(data))] }));
    expect(err.message).toMatch(/^policylens lexicon never\.json, entry #1/);
    expect(err.message).toMatch(message);
  });

  it('an Android permission named by its manifest name needs no forms: policies write that name', () => {
    const lex = { kind: 'permissions', entries: [{ id: 'com.shoe.permission.SIZE', label: { en: 'shoe size' }, platform: 'android' }] };
    const r = createExtractor({ lexicons: [file('perm.json', JSON.stringify(lex))] }).extract('The app asks for com.shoe.permission.SIZE to fit shoes.');
    expect(r.permissions.map((p) => p.id)).toContain('com.shoe.permission.SIZE');
  });

  it('no built-in entry trips the rule: every built-in entry validates as a user entry would', () => {
    const set = createExtractor().lexicons;
    for (const kind of ['dataTypes', 'sdks', 'permissions', 'rights', 'sections'] as const) {
      const entries = [...set.entries[kind].values()];
      expect(() => validateLexicon({ kind, entries }, `built-in ${kind}`)).not.toThrow();
    }
  });
});

describe('forms another entry already holds', () => {
  it('a user form that a built-in entry holds (as the matcher sees it: "precise locations" is "precise location") is an error', () => {
    const lex = { kind: 'dataTypes', entries: [{ id: 'vehicle.position', label: { en: 'Car position' }, sensitive: true, forms: { en: ['car position', 'precise locations'] } }] };
    const err = errorOf(() => createExtractor({ lexicons: [file('cars.json', JSON.stringify(lex))] }));
    expect(err.message).toBe('policylens lexicon cars.json, entry #1 (vehicle.position), field \'forms.en\': "precise locations" is already a form of location.precise (data-types.json); set "override": true to take it over, or remove it');
  });

  it('a Chinese form and an SDK alias collide the same way', () => {
    const zh = { kind: 'dataTypes', entries: [entry({ forms: { zh: ['鞋码', '精确位置'] } })] };
    expect(errorOf(() => createExtractor({ lexicons: [file('zh.json', JSON.stringify(zh))] })).message).toMatch(/field 'forms\.zh': "精确位置" is already a form of location\.precise \(data-types\.json\)/);
    const sdk = { kind: 'sdks', entries: [{ id: 'shoe-sdk', label: { en: 'Shoe SDK' }, name: 'Shoe SDK', category: 'other', aliases: ['友盟'] }] };
    expect(errorOf(() => createExtractor({ lexicons: [file('sdk.json', JSON.stringify(sdk))] })).message).toMatch(/field 'aliases': "友盟" is already a form of umeng \(sdks\.json\)/);
  });

  it('two entries of one user file, or of two user files, cannot share a form either', () => {
    const two = { kind: 'rights', entries: [{ id: 'right.shoes', label: { en: 'Shoes' }, forms: { en: ['shoe return'] } }, { id: 'right.boots', label: { en: 'Boots' }, forms: { en: ['shoe returns'] } }] };
    expect(errorOf(() => createExtractor({ lexicons: [file('two.json', JSON.stringify(two))] })).message).toMatch(/entry #2 \(right\.boots\), field 'forms\.en': "shoe returns" is already a form of right\.shoes \(an earlier entry of this file\)/);
    const a = file('a.json', JSON.stringify({ kind: 'dataTypes', entries: [entry()] }));
    const b = file('b.json', JSON.stringify({ kind: 'dataTypes', entries: [entry({ id: 'profile.foot', forms: { en: ['shoe size'] } })] }));
    expect(errorOf(() => createExtractor({ lexicons: [a, b] })).message).toMatch(/b\.json, entry #1 \(profile\.foot\), field 'forms\.en': "shoe size" is already a form of profile\.shoe_size \(a\.json\)/);
  });

  it('an entry that keeps its own built-in forms is no collision', () => {
    const lex = { kind: 'dataTypes', entries: [{ id: 'location.precise', override: true, label: { en: 'Precise location' }, sensitive: true, forms: { en: ['precise location', 'car position'] } }] };
    expect(() => createExtractor({ lexicons: [file('own.json', JSON.stringify(lex))] })).not.toThrow();
  });

  it('with override: true a new entry takes the form over: the matcher gives it the form', () => {
    const lex = { kind: 'dataTypes', entries: [{ id: 'vehicle.position', override: true, label: { en: 'Car position' }, sensitive: true, forms: { en: ['precise location'], zh: ['精确位置'] } }] };
    const r = createExtractor({ lexicons: [file('take.json', JSON.stringify(lex))] }).extract('We collect your precise location.\n我们收集您的精确位置。');
    const ids = r.dataTypes.map((d) => d.id);
    expect(ids).toContain('vehicle.position');
    expect(r.dataTypes.find((d) => d.id === 'vehicle.position')!.evidence).toHaveLength(2);
    expect(ids).not.toContain('location.precise');
  });

  it('an overriding built-in id takes over forms of other built-in entries', () => {
    const lex = { kind: 'sdks', entries: [{ id: 'umeng', override: true, name: 'Umeng', label: { en: 'Umeng' }, category: 'analytics', aliases: ['Bugly SDK'] }] };
    const set = createExtractor({ lexicons: [file('take-sdk.json', JSON.stringify(lex))] });
    const ids = set.extract('We use the Bugly SDK to collect crash logs.').sdks.map((s) => s.id);
    expect(ids).toContain('umeng');
    expect(ids).not.toContain('tencent-bugly');
    expect(extractPolicy('We use the Bugly SDK to collect crash logs.').sdks.map((s) => s.id)).toEqual(['tencent-bugly']);
  });
});

describe('inline lexicons', () => {
  it('an inline lexicon object is validated the same way, under its name', () => {
    const err = errorOf(() => createExtractor({ lexicons: [{ name: 'inline-shoes', kind: 'dataTypes', entries: [entry({ sensitive: 1 })] } as never] }));
    expect(err.message).toMatch(/inline-shoes, entry #1 \(profile\.shoe_size\), field 'sensitive'/);
  });
});

describe('collisions with built-in entries', () => {
  const imei = { id: 'device.imei', label: { en: 'Handset serial' }, forms: { en: ['handset serial'] }, sensitive: true };

  it('an id of a built-in entry without override fails, naming both files', () => {
    const err = errorOf(() => createExtractor({ lexicons: [file('mine.json', JSON.stringify({ kind: 'dataTypes', entries: [imei] }))] }));
    expect(err.message).toMatch(/mine\.json, entry #1 \(device\.imei\), field 'id': collides with an entry of data-types\.json; set "override": true/);
  });

  it('with override: true it replaces the built-in entry in that extractor only', () => {
    const custom = createExtractor({ lexicons: [file('mine.json', JSON.stringify({ kind: 'dataTypes', entries: [{ ...imei, override: true }] }))] });
    expect(custom.lexicons.entries.dataTypes.get('device.imei')?.label.en).toBe('Handset serial');
    expect(custom.extract('We read the handset serial.').dataTypes.map((d) => d.id)).toEqual(['device.imei']);
    expect(createExtractor().lexicons.entries.dataTypes.get('device.imei')?.label.en).toBe('IMEI');
  });
});

describe('after failures', () => {
  it('the built-in lexicons still give the same results', () => {
    expect(() => createExtractor({ lexicons: [file('late.json', '{')] })).toThrow(LexiconError);
    expect(() => createExtractor({ lexicons: [{ kind: 'dataTypes', entries: [entry(), entry({ id: 'device.imei' })] } as never] })).toThrow(LexiconError);
    expect(extractPolicy(kaiconn).dataTypes.map((d) => d.id)).toEqual(baseline);
    expect(createExtractor().extract(kaiconn).dataTypes.map((d) => d.id)).toEqual(baseline);
    expect(baseline.length).toBeGreaterThan(5);
  });
});

describe('built-in lexicons validated by the build', () => {
  const bad = JSON.stringify({ kind: 'dataTypes', entries: [entry({ sensitive: 'yes' })] });
  const path = join('somewhere', 'data-types.json');

  it('are only parsed when their content is what the build validated', () => {
    const digests = { 'data-types.json': lexiconDigest(bad) };
    expect(builtinLexicon(bad, path, digests).entries[0]!.id).toBe('profile.shoe_size');
  });

  it('are validated, with errors naming file and entry, when their content changed or has no digest', () => {
    for (const digests of [{ 'data-types.json': lexiconDigest(`${bad}\n`) }, {}, { 'sdks.json': lexiconDigest(bad) }]) {
      const err = errorOf(() => builtinLexicon(bad, path, digests));
      expect(err.file).toBe('data-types.json');
      expect(err.entry).toBe('#1 (profile.shoe_size)');
      expect(err.field).toBe('sensitive');
    }
  });
});
