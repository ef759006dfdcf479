/**
 * The source tree's shape: one folder a stage, one folder a clause family with more than one
 * file, and module dependencies that run one way (no import cycles).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const SRC = resolve('src');

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Relative static imports of a module, resolved to source paths (type-only imports included). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(/^\s*(?:import|export)\s[^;]*?from\s+'(\.{1,2}\/[^']+)\.js'/gm)) {
    out.push(resolve(dirname(file), `${m[1]}.ts`));
  }
  return out;
}

function findCycle(graph: Map<string, string[]>): string[] | null {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string): string[] | null => {
    if (state.get(node) === 'done') return null;
    if (state.get(node) === 'open') return [...stack.slice(stack.indexOf(node)), node];
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    stack.pop();
    state.set(node, 'done');
    return null;
  };
  for (const node of graph.keys()) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return null;
}

describe('source layout', () => {
  const files = walk(SRC);

  test('module imports form no cycle (index → batch → extractor, never back)', () => {
    const graph = new Map(files.map((f) => [f, importsOf(f)]));
    const cycle = findCycle(graph);
    expect(cycle?.map((f) => relative(SRC, f)) ?? null).toBeNull();
  });

  test('the cycle check sees a cycle when there is one', () => {
    const graph = new Map([['a', ['b']], ['b', ['c']], ['c', ['a']]]);
    expect(findCycle(graph)).toEqual(['a', 'b', 'c', 'a']);
  });

  test('every clause family with more than one file has a folder with an index.ts entry', () => {
    const extractDir = join(SRC, 'extract');
    const top = readdirSync(extractDir);
    for (const name of top) {
      const path = join(extractDir, name);
      if (statSync(path).isDirectory() && name !== 'common') {
        expect(readdirSync(path)).toContain('index.ts');
      }
    }
    // No loose file shares a family prefix with another (sdk-*.ts beside sdks.ts).
    const loose = top.filter((n) => n.endsWith('.ts') && n !== 'index.ts').map((n) => n.replace(/\.ts$/, ''));
    for (const a of loose) {
      const stem = a.replace(/s$/, '');
      expect(loose.filter((b) => b !== a && b.startsWith(stem))).toEqual([]);
    }
  });

  test('every relative import resolves to a source file', () => {
    for (const f of files) {
      for (const target of importsOf(f)) expect(() => statSync(target)).not.toThrow();
    }
  });
});

describe('docs/architecture.md keeps in step with the folders', () => {
  const doc = readFileSync(resolve('docs/architecture.md'), 'utf8');
  test('every folder of src/ and of src/extract/ is named in the picture', () => {
    const folders = (dir: string) => readdirSync(dir).filter((n) => statSync(join(dir, n)).isDirectory());
    for (const name of folders(SRC)) expect(doc).toContain(`${name}/`);
    for (const name of folders(join(SRC, 'extract'))) expect(doc).toContain(`${name}/`);
    for (const name of readdirSync(join(SRC, 'extract')).filter((n) => n.endsWith('.ts'))) expect(doc).toContain(name);
  });
});
