/**
 * Checks the area boundaries the README states: each top-level folder is one area whose public surface is its
 * `index.ts`; an import from one area into another must go through that `index.ts`, and the graph of areas has
 * no cycle; the leaf areas (`contract/`, `cli/`, `results/`) import no other area. There is no list of
 * exceptions: what another area needs from inside one is exported by that area's index (the runtime's
 * probes-only parts under the name `internals`). Prints every violation and the area graph; exits 1 when
 * there is any violation, 0 otherwise.
 *
 *   node --import tsx scripts/check-boundaries.ts [--graph]
 *
 * `npm run lint` runs it, so a new violation fails the lint step.
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
export const LEAF_AREAS: ReadonlySet<string> = new Set(['contract', 'cli', 'results']);
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

/** The area of a path under `root`: its top-level folder, or `(root)` for files at the top. */
function areaOf(root: string, path: string): string {
  const rel = relative(root, path);
  return rel.includes(sep) ? (rel.split(sep)[0] ?? '(root)') : '(root)';
}

/** Every import between two different areas, with whether it goes through the target area's index. */
export function crossImports(root = ROOT): CrossImport[] {
  const found: CrossImport[] = [];
  for (const file of sourceFiles(root)) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(IMPORT)) {
      const target = resolve(dirname(file), (match[1] ?? '').replace(/\.js$/, '.ts'));
      const from = areaOf(root, file);
      const to = areaOf(root, target);
      if (from === to || to === '(root)') continue;
      const viaIndex = relative(join(root, to), target) === 'index.ts';
      const rel = (path: string) => relative(root, path).split(sep).join('/');
      found.push({ file: rel(file), from, to, target: rel(target), viaIndex });
    }
  }
  return found;
}

/** Everything the check finds wrong; all empty means the boundaries hold. */
export interface BoundaryReport {
  imports: CrossImport[];
  /** Imports past an index. */
  pastIndex: CrossImport[];
  cycles: string[][];
  /** Imports from a leaf area into another area. */
  fromLeaves: CrossImport[];
}

/** Runs every check on the tree under `root`. */
export function checkBoundaries(root = ROOT): BoundaryReport {
  const imports = crossImports(root);
  return {
    imports,
    pastIndex: imports.filter((i) => !i.viaIndex),
    cycles: areaCycles(imports),
    fromLeaves: imports.filter((i) => LEAF_AREAS.has(i.from)),
  };
}

/** True when the report holds no violation. */
export function boundariesHold(report: BoundaryReport): boolean {
  return report.pastIndex.length === 0 && report.cycles.length === 0 && report.fromLeaves.length === 0;
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
  const report = checkBoundaries();
  const write = (line: string) => process.stdout.write(`${line}\n`);
  for (const i of report.pastIndex) write(`past index: ${i.file} -> ${i.target}`);
  for (const c of report.cycles) write(`cycle: ${c.join(' <-> ')}`);
  for (const i of report.fromLeaves) write(`leaf imports an area: ${i.file} -> ${i.target}`);
  if (argv.includes('--graph')) {
    const edges = new Map<string, number>();
    for (const i of report.imports)
      edges.set(`${i.from} -> ${i.to}`, (edges.get(`${i.from} -> ${i.to}`) ?? 0) + 1);
    for (const [edge, n] of [...edges].sort()) write(`edge: ${edge} (${n})`);
  }
  write(
    `${report.pastIndex.length} imports past an index.ts, ${report.cycles.length} cycles between areas, ` +
      `${report.fromLeaves.length} imports out of a leaf area`,
  );
  return boundariesHold(report) ? 0 : 1;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = main(process.argv.slice(2));
