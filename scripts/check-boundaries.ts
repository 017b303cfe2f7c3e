/**
 * Checks the area boundaries the README states: each top-level folder is one area whose public surface is its
 * `index.ts`; an import from one area into another must go through that `index.ts`, and the graph of areas has
 * no cycle; the leaf areas (`contract/`, `cli/`) import no other area. Prints every violation and the area
 * graph; exits 1 when there is any violation, 0 otherwise.
 *
 *   node --import tsx scripts/check-boundaries.ts [--graph]
 *
 * Imports are read from the source text (static `import`/`export ... from` and `import('...')` with a
 * literal), which is what the TypeScript sources use; type-only imports count like any other.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SKIP = new Set(['node_modules', 'dist', '.git', 'corpus', 'out', '.scratch', 'fixtures']);
/** Areas every other area may import and that import no other area: the dependency graph's floor. */
export const LEAF_AREAS: ReadonlySet<string> = new Set(['contract', 'cli']);
const IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)['"](\.{1,2}\/[^'"]+)['"]/g;

/** One import that crosses an area boundary. */
export interface CrossImport {
  file: string;
  from: string;
  to: string;
  target: string;
  viaIndex: boolean;
}

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    if (SKIP.has(name)) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) sourceFiles(path, out);
    else if (path.endsWith('.ts') && !path.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

/** The area of a repository path: its top-level folder, or `(root)` for files at the top. */
function areaOf(path: string): string {
  const rel = relative(ROOT, path);
  return rel.includes(sep) ? (rel.split(sep)[0] ?? '(root)') : '(root)';
}

/** Every import between two different areas, with whether it goes through the target area's index. */
export function crossImports(root = ROOT): CrossImport[] {
  const found: CrossImport[] = [];
  for (const file of sourceFiles(root)) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(IMPORT)) {
      const target = resolve(dirname(file), (match[1] ?? '').replace(/\.js$/, '.ts'));
      const from = areaOf(file);
      const to = areaOf(target);
      if (from === to || to === '(root)') continue;
      const viaIndex = relative(join(ROOT, to), target) === 'index.ts';
      found.push({ file: relative(ROOT, file), from, to, target: relative(ROOT, target), viaIndex });
    }
  }
  return found;
}

/** The cycles of the area graph, each as a list of areas (strongly connected components of more than one). */
export function areaCycles(edges: ReadonlyArray<{ from: string; to: string }>): string[][] {
  const graph = new Map<string, Set<string>>();
  for (const { from, to } of edges) {
    if (!graph.has(from)) graph.set(from, new Set());
    if (!graph.has(to)) graph.set(to, new Set());
    graph.get(from)?.add(to);
  }
  // Tarjan's algorithm, small enough to keep recursive: the graph has a handful of nodes.
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const visit = (v: string) => {
    index.set(v, counter);
    low.set(v, counter);
    counter++;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) ?? 0, low.get(w) ?? 0));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v) ?? 0, index.get(w) ?? 0));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string | undefined;
      do {
        w = stack.pop();
        if (w === undefined) break;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1) components.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return components;
}

function main(argv: string[]): number {
  const imports = crossImports();
  const past = imports.filter((i) => !i.viaIndex);
  const cycles = areaCycles(imports);
  const fromLeaves = imports.filter((i) => LEAF_AREAS.has(i.from));
  for (const i of past) process.stdout.write(`past index: ${i.file} -> ${i.target}\n`);
  for (const i of fromLeaves) process.stdout.write(`leaf imports an area: ${i.file} -> ${i.target}\n`);
  for (const c of cycles) process.stdout.write(`cycle: ${c.join(' <-> ')}\n`);
  if (argv.includes('--graph')) {
    const edges = new Map<string, number>();
    for (const i of imports) edges.set(`${i.from} -> ${i.to}`, (edges.get(`${i.from} -> ${i.to}`) ?? 0) + 1);
    for (const [edge, n] of [...edges].sort()) process.stdout.write(`edge: ${edge} (${n})\n`);
  }
  process.stdout.write(
    `${past.length} imports past an index.ts, ${cycles.length} cycles between areas, ` +
      `${fromLeaves.length} imports out of a leaf area\n`,
  );
  return past.length === 0 && cycles.length === 0 && fromLeaves.length === 0 ? 0 : 1;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = main(process.argv.slice(2));
