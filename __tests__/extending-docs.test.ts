/**
 * docs/extending.md, followed literally: every JSON and YAML block of the page loads as a
 * lexicon, the example file it names exists and ships in the npm package, the inline copy is
 * the file, the error messages it shows are the ones policylens gives, and every relative
 * link of the README and the docs points at a file the package holds.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, normalize, sep } from 'node:path';
import { createExtractor, LexiconError } from '../src/index.js';
import type { LexiconInput } from '../src/lexicon/load.js';
import { makeTokenView } from '../src/lexicon/matcher.js';
import { FIELDS, FILE_FIELDS, PLATFORMS, PROTECTION_LEVELS, SDK_CATEGORIES, SECTION_CATEGORIES, type LexiconKind } from '../src/lexicon/schema.js';
import { ROOT } from './helpers/corpus.js';

const require = createRequire(import.meta.url);
const yaml = require('yaml') as { parse(s: string): unknown };

const PAGE = readFileSync(join(ROOT, 'docs', 'extending.md'), 'utf8');

interface Block {
  lang: string;
  body: string;
  line: number;
}

function codeBlocks(md: string): Block[] {
  const out: Block[] = [];
  const re = /^```(\w*)\n([\s\S]*?)^```$/gm;
  let m: RegExpExecArray | null;
  while ((m = re.exec(md))) out.push({ lang: m[1]!, body: m[2]!, line: md.slice(0, m.index).split('\n').length });
  return out;
}

const LEXICON_BLOCKS = codeBlocks(PAGE).filter((b) => b.lang === 'json' || b.lang === 'yaml');

/** The files `npm pack` would put in the package (no build: the scripts are skipped). */
function packedFiles(): string[] {
  const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  const info = JSON.parse(out.slice(out.indexOf('['))) as { files: { path: string }[] }[];
  return info[0]!.files.map((f) => f.path);
}

describe('the lexicon blocks of docs/extending.md', () => {
  it('has a block for every kind, and at least one YAML block', () => {
    const kinds = LEXICON_BLOCKS.map((b) => (b.lang === 'json' ? JSON.parse(b.body) : yaml.parse(b.body)) as { kind: string }).map((d) => d.kind);
    expect(new Set(kinds)).toEqual(new Set(['dataTypes', 'sdks', 'permissions', 'rights', 'sections']));
    expect(LEXICON_BLOCKS.some((b) => b.lang === 'yaml')).toBe(true);
  });

  it.each(LEXICON_BLOCKS.map((b) => [`${b.lang} block at line ${b.line}`, b] as const))('%s loads as a lexicon', (name, b) => {
    const data = (b.lang === 'json' ? JSON.parse(b.body) : yaml.parse(b.body)) as object;
    expect(() => createExtractor({ lexicons: [{ ...(data as LexiconInput & object), name } as LexiconInput] })).not.toThrow();
  });

  it('all blocks load together, and each entry is found by its first form', () => {
    const lexicons = LEXICON_BLOCKS.map((b, i) => ({ ...((b.lang === 'json' ? JSON.parse(b.body) : yaml.parse(b.body)) as object), name: `block-${i}` }) as LexiconInput);
    const extractor = createExtractor({ lexicons });
    for (const lex of lexicons as { kind: string; entries: { id: string; name?: string; forms?: { en?: string[]; zh?: string[] } }[] }[]) {
      for (const e of lex.entries) {
        const form = e.name ?? e.forms?.en?.[0] ?? e.forms?.zh?.[0];
        expect([e.id, extractor.lexicons.matcher(lex.kind as LexiconKind).match(makeTokenView(form!, null)).map((m) => m.id)]).toEqual([e.id, [e.id]]);
      }
    }
  });

  it('the inline file of section 1 is the example file, in full', () => {
    const inline = LEXICON_BLOCKS.find((b) => b.lang === 'json' && (JSON.parse(b.body) as { kind: string }).kind === 'dataTypes')!;
    expect(JSON.parse(inline.body)).toEqual(JSON.parse(readFileSync(join(ROOT, 'docs', 'examples', 'connected-cars.json'), 'utf8')));
  });
});

describe('the field tables of section 3', () => {
  const HEADINGS: Record<LexiconKind, string> = { dataTypes: 'Data types', sdks: 'SDKs', permissions: 'Permissions', rights: 'Rights', sections: 'Sections' };
  /** The part of the page under `### <title>`, up to the next heading. */
  const part = (title: string): string => new RegExp(`^### ${title} .*\\n([\\s\\S]*?)(?=^##)`, 'm').exec(PAGE)![1]!;
  /** The backticked names in the first column of a table. */
  const fieldsOf = (text: string): string[] => [...text.matchAll(/^\| ([^|]+) \|/gm)].flatMap((m) => [...m[1]!.matchAll(/`([\w$]+)`/g)].map((x) => x[1]!));

  it.each(Object.keys(HEADINGS) as LexiconKind[])('%s: the table lists exactly the fields the schema takes', (kind) => {
    expect(new Set(fieldsOf(part(HEADINGS[kind])))).toEqual(new Set(FIELDS[kind]));
  });

  it('the top level and every allowed value are named', () => {
    for (const f of FILE_FIELDS) expect(PAGE).toContain(`\`${f}\``);
    for (const [title, values] of [['SDKs', [...SDK_CATEGORIES, ...PLATFORMS]], ['Permissions', PROTECTION_LEVELS], ['Sections', SECTION_CATEGORIES]] as const) {
      for (const v of values) expect([title, v, part(title).includes(`\`${v}\``)]).toEqual([title, v, true]);
    }
  });
});

describe('the paths the page names', () => {
  const named = [...new Set(PAGE.match(/(?:node_modules\/policylens\/)?docs\/examples\/[\w.-]+/g) ?? [])];
  const packed = packedFiles();

  it('names the example file for a clone and for an installed package', () => {
    expect(named).toEqual(expect.arrayContaining(['docs/examples/connected-cars.json', 'node_modules/policylens/docs/examples/connected-cars.json']));
  });

  it.each(named)('%s exists and ships in the package', (path) => {
    const inPackage = path.replace(/^node_modules\/policylens\//, '');
    expect(existsSync(join(ROOT, inPackage))).toBe(true);
    expect(packed).toContain(inPackage);
  });

  it('every relative link of README.md and docs/*.md points at a file the package holds', () => {
    const pages = ['README.md', ...readdirSync(join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];
    const broken: string[] = [];
    for (const page of pages) {
      for (const [, target] of readFileSync(join(ROOT, page), 'utf8').matchAll(/\]\(([^)\s#]+)(?:#[^)]*)?\)/g)) {
        if (/^[a-z]+:/i.test(target!)) continue;
        const path = normalize(join(dirname(page), target!)).split(sep).join('/');
        if (!packed.includes(path)) broken.push(`${page} -> ${target}`);
      }
    }
    expect(broken).toEqual([]);
  });
});

describe('the error messages of section 5', () => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'policylens-docs-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const cars = JSON.parse(readFileSync(join(ROOT, 'docs', 'examples', 'connected-cars.json'), 'utf8')) as { kind: string; entries: Record<string, unknown>[] };
  const [vin, driving, precise] = cars.entries as [Record<string, unknown>, Record<string, unknown>, Record<string, unknown>];
  const json = (entries: unknown[], kind = 'dataTypes'): string => JSON.stringify({ kind, entries }, null, 2);
  const sdk = { id: 'carlink-telematics', name: 'CarLink Telematics SDK', label: { en: 'CarLink telematics SDK' }, category: 'iot-connectivity', forms: { en: ['CarLink'] } };
  const { override: _o, ...preciseWithout } = precise;
  const inputs: [string, string][] = [
    ['cars.json', json([vin, { ...driving, sensitive: 'yes' }])],
    ['cars.json', json([vin, driving, preciseWithout])],
    ['cars.json', json([{ id: 'vehicle.position', label: { en: 'Car position' }, sensitive: true, forms: { en: ['car position', 'precise locations'] } }])],
    ['cars.json', json([{ ...vin, forms: undefined }])],
    ['carlink.json', json([sdk], 'sdks')],
    ['cars.json', '{\n  "kind": "dataTypes",\n  "entries": [\n    { "id": "profile.shoe_size", "label": }\n  ]\n}\n'],
    ['cars.txt', '# Cars\nA list of car data.\n'],
  ];

  it('are the messages policylens gives', () => {
    const documented = /## 5\.[\s\S]*?```text\n([\s\S]*?)```/.exec(PAGE)![1]!.trim().split('\n');
    const given = inputs.map(([name, text]) => {
      const path = join(dir, name);
      writeFileSync(path, text);
      try {
        createExtractor({ lexicons: [path] });
      } catch (err) {
        expect(err).toBeInstanceOf(LexiconError);
        return (err as Error).message.replace(dir + sep, '');
      }
      return `no error for ${name}`;
    });
    expect(given).toEqual(documented);
  });
});
