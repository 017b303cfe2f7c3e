/**
 * Extracts the benign library set: named functions from packages installed in node_modules, each wrapped
 * as a snippet (`<function>\nreturn typeof <name>;`) exactly as a tenant would paste a helper. Selection
 * is deterministic: files in sorted order, functions of 120-2500 characters that parse as strict code in
 * the snippet wrapper (the runtime would refuse the others as syntax errors), spread evenly up to a cap
 * per package. Writes `scanner/eval/library-functions.json` with each function's provenance (package,
 * version, file, name). Run: `node --import tsx scanner/eval/extract-library-functions.ts`.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { type AnyNode, parse } from 'acorn';
import { wrapSnippet } from '../snippet-wrapper.js';

/** One extracted function. */
export interface LibraryFunction {
  readonly id: string;
  readonly package: string;
  readonly version: string;
  readonly file: string;
  readonly name: string;
  readonly code: string;
}

const ROOT = new URL('../../', import.meta.url).pathname;
/** Package, the folders to read in it, and how many functions to keep. */
const SOURCES: ReadonlyArray<{ pkg: string; dirs: readonly string[]; cap: number }> = [
  { pkg: 'lodash', dirs: ['.'], cap: 150 },
  { pkg: 'moment', dirs: ['src/lib'], cap: 90 },
  { pkg: 'acorn', dirs: ['dist'], cap: 60 },
  { pkg: 'yaml', dirs: ['dist'], cap: 80 },
  { pkg: 'semver', dirs: ['functions', 'classes', 'internal', 'ranges'], cap: 45 },
  { pkg: 'fast-check', dirs: ['lib/cjs'], cap: 70 },
  { pkg: 'zod', dirs: ['v3', 'v4/core'], cap: 50 },
  { pkg: 'uuid', dirs: ['dist/esm-node'], cap: 15 },
  { pkg: 'diff', dirs: ['lib/diff', 'lib/patch', 'lib/util'], cap: 40 },
  { pkg: 'dequal', dirs: ['dist'], cap: 4 },
  { pkg: 'kleur', dirs: ['.'], cap: 6 },
  // Added in the second round, chosen by kind before any was scanned: general-purpose computation
  // (parsers, printers, AST tools, data structures, text, numbers) and transpiler helpers, not host I/O
  // (file system, network, processes, browsers) and not shims of the language's own intrinsics.
  { pkg: 'js-yaml', dirs: ['lib'], cap: 50 },
  { pkg: 'esprima', dirs: ['dist'], cap: 40 },
  { pkg: 'escodegen', dirs: ['.'], cap: 30 },
  { pkg: 'estraverse', dirs: ['.'], cap: 15 },
  { pkg: 'source-map', dirs: ['lib'], cap: 40 },
  { pkg: 'jsesc', dirs: ['.'], cap: 5 },
  { pkg: 'object-inspect', dirs: ['.'], cap: 10 },
  { pkg: 'minimist', dirs: ['.'], cap: 5 },
  { pkg: 'yargs-parser', dirs: ['build/lib'], cap: 15 },
  { pkg: 'pure-rand', dirs: ['lib'], cap: 25 },
  { pkg: 'ms', dirs: ['.'], cap: 4 },
  { pkg: 'color-convert', dirs: ['.'], cap: 10 },
  { pkg: 'lru-cache', dirs: ['.'], cap: 20 },
  { pkg: 'ast-types', dirs: ['lib', 'def'], cap: 30 },
  { pkg: 'tslib', dirs: ['.'], cap: 20 },
];
const MIN_CHARS = 120;
const MAX_CHARS = 2500;

function jsFiles(dir: string, depth = 0): string[] {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return [];
  }
  const out: string[] = [];
  for (const name of names) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const path = join(dir, name);
    const stat = statSync(path);
    if (stat.isDirectory() && depth < 4) out.push(...jsFiles(path, depth + 1));
    else if (
      /\.(c|m)?js$/.test(name) &&
      !/\.d\.c?ts$/.test(name) &&
      !/\.min\.js$/.test(name) &&
      stat.size < 600_000
    )
      out.push(path);
  }
  return out;
}

function parsesAsSnippet(code: string): boolean {
  try {
    parse(wrapSnippet(code), { ecmaVersion: 'latest', sourceType: 'script' });
    return true;
  } catch {
    return false;
  }
}

/** Named function declarations and `const name = function/arrow` anywhere in a file, in source order. */
function namedFunctions(text: string): Array<{ name: string; code: string }> {
  let program: AnyNode;
  try {
    program = parse(text, { ecmaVersion: 'latest', sourceType: 'module' }) as AnyNode;
  } catch {
    try {
      program = parse(text, { ecmaVersion: 'latest', sourceType: 'script' }) as AnyNode;
    } catch {
      return [];
    }
  }
  const found: Array<{ name: string; code: string }> = [];
  const stack: AnyNode[] = [program];
  while (stack.length > 0) {
    const node = stack.pop() as AnyNode;
    if (node.type === 'FunctionDeclaration' && node.id && !node.generator) {
      found.push({ name: node.id.name, code: text.slice(node.start, node.end) });
    }
    if (
      node.type === 'VariableDeclarator' &&
      node.id.type === 'Identifier' &&
      (node.init?.type === 'ArrowFunctionExpression' || node.init?.type === 'FunctionExpression')
    ) {
      found.push({ name: node.id.name, code: `const ${text.slice(node.start, node.end)};` });
    }
    const record = node as unknown as Record<string, unknown>;
    const children: AnyNode[] = [];
    for (const key of Object.keys(record)) {
      const value = record[key];
      const list = Array.isArray(value) ? value : [value];
      for (const item of list) {
        if (item && typeof item === 'object' && typeof (item as { type?: unknown }).type === 'string') {
          children.push(item as AnyNode);
        }
      }
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as AnyNode);
  }
  return found.sort((a, b) => text.indexOf(a.code) - text.indexOf(b.code));
}

/** Extracts the set (deterministic for a given node_modules). */
export function extractLibraryFunctions(): LibraryFunction[] {
  const out: LibraryFunction[] = [];
  for (const { pkg, dirs, cap } of SOURCES) {
    const base = join(ROOT, 'node_modules', pkg);
    const version = (JSON.parse(readFileSync(join(base, 'package.json'), 'utf8')) as { version: string })
      .version;
    const candidates: Array<Omit<LibraryFunction, 'id'>> = [];
    const seen = new Set<string>();
    for (const dir of dirs) {
      const files =
        dir === '.'
          ? jsFiles(base).filter((f) => !f.slice(base.length + 1).includes('/'))
          : jsFiles(join(base, dir));
      for (const file of files) {
        if (pkg === 'lodash' && /\/(lodash|core|fp)(\.min)?\.js$/.test(file)) continue;
        for (const { name, code } of namedFunctions(readFileSync(file, 'utf8'))) {
          if (code.length < MIN_CHARS || code.length > MAX_CHARS || seen.has(code)) continue;
          const snippet = `${code}\nreturn typeof ${name};`;
          if (!parsesAsSnippet(snippet)) continue;
          seen.add(code);
          candidates.push({ package: pkg, version, file: relative(base, file), name, code: snippet });
        }
      }
    }
    const step = Math.max(1, candidates.length / cap);
    for (let i = 0; i < cap && Math.floor(i * step) < candidates.length; i++) {
      const item = candidates[Math.floor(i * step)] as Omit<LibraryFunction, 'id'>;
      out.push({ id: `${pkg}:${item.file}:${item.name}`, ...item });
    }
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const set = extractLibraryFunctions();
  const target = new URL('./library-functions.json', import.meta.url);
  writeFileSync(target, `${JSON.stringify(set, null, 1)}\n`);
  const byPkg = new Map<string, number>();
  for (const f of set) byPkg.set(f.package, (byPkg.get(f.package) ?? 0) + 1);
  console.log(`${set.length} functions`, Object.fromEntries(byPkg));
}
