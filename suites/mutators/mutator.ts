/**
 * Shared machinery of the mutators: parse a snippet exactly as it is wrapped for execution, walk its
 * ESTree, and splice textual edits back in. A mutator returns null whenever it cannot prove its rewrite
 * preserves the snippet's meaning, so a generated sample may always inherit its parent's expectation.
 */
import { type Node, parse } from 'acorn';

/** A source-to-source rewrite that derives an obfuscated variant of a snippet. */
export interface Mutator {
  /** Stable kebab-case name, recorded as the generated sample's `mutator`. */
  name: string;
  /** What the rewrite does, for reports. */
  description: string;
  /** The rewritten snippet, or null when the rewrite does not apply or might change meaning. */
  mutate(code: string): string | null;
}

/** A textual replacement in snippet coordinates. */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

/** Any ESTree node, with the loose indexing the walker needs. */
export type AnyNode = Node & Record<string, unknown>;

const PREFIX = '"use strict";(async function () {\n';
const SUFFIX = '\n})';

/**
 * The last few parses. Deriving a sample's variants parses the same snippet once per mutator and once
 * more per check (about nine times); the trees are only read (walked, never changed), so one serves all.
 */
const recent = new Map<string, AnyNode | null>();
const RECENT_PARSES = 8;

/** Parses a snippet as the runtime compiles it; returns null on a syntax error. Treat the tree as read-only. */
export function parseSnippet(code: string): AnyNode | null {
  if (recent.has(code)) return recent.get(code) ?? null;
  let program: AnyNode | null;
  try {
    program = parse(wrappedSource(code), {
      ecmaVersion: 'latest',
      sourceType: 'script',
    }) as unknown as AnyNode;
  } catch {
    program = null;
  }
  if (recent.size >= RECENT_PARSES) recent.delete(recent.keys().next().value as string);
  recent.set(code, program);
  return program;
}

/** The exact text {@link parseSnippet} parses; node positions index into it. */
export function wrappedSource(code: string): string {
  return PREFIX + code + SUFFIX;
}

/** Offset of snippet position 0 inside the parsed text. */
export const SNIPPET_OFFSET = PREFIX.length;

function isNode(value: unknown): value is AnyNode {
  return (
    value !== null && typeof value === 'object' && typeof (value as { type?: unknown }).type === 'string'
  );
}

/** Visits every node depth-first with its parent and the key under which the parent holds it. */
export function walk(
  root: AnyNode,
  visit: (node: AnyNode, parent: AnyNode | null, key: string) => void,
): void {
  const stack: Array<[AnyNode, AnyNode | null, string]> = [[root, null, '']];
  while (stack.length > 0) {
    const [node, parent, key] = stack.pop()!;
    visit(node, parent, key);
    for (const [childKey, value] of Object.entries(node)) {
      if (Array.isArray(value)) {
        for (let i = value.length - 1; i >= 0; i--) {
          const child: unknown = value[i];
          if (isNode(child)) stack.push([child, node, childKey]);
        }
      } else if (isNode(value)) stack.push([value, node, childKey]);
    }
  }
}

/** Applies non-overlapping edits (positions in parsed-text coordinates) to the snippet. */
export function applyEdits(code: string, edits: readonly Edit[]): string | null {
  const sorted = [...edits].sort((a, b) => b.start - a.start);
  let out = code;
  let limit = Number.POSITIVE_INFINITY;
  for (const edit of sorted) {
    const start = edit.start - SNIPPET_OFFSET;
    const end = edit.end - SNIPPET_OFFSET;
    if (start < 0 || end > code.length || end > limit) return null;
    out = out.slice(0, start) + edit.text + out.slice(end);
    limit = start;
  }
  return out;
}

/** Property names whose access is the heart of most escapes; the key-hiding mutators target them. */
export const SENSITIVE_KEYS = new Set([
  'constructor',
  '__proto__',
  'prepareStackTrace',
  'caller',
  'callee',
  'getBuiltinModule',
  'binding',
  'mainModule',
]);

/** True when an Identifier at `parent[key]` is a read or write of a variable (not a key, label or binding). */
export function isReference(parent: AnyNode | null, key: string): boolean {
  if (!parent) return true;
  switch (parent.type) {
    case 'MemberExpression':
      return key === 'object' || parent.computed === true;
    case 'Property':
    case 'MethodDefinition':
    case 'PropertyDefinition':
      return key === 'value' || (key === 'key' && parent.computed === true);
    case 'LabeledStatement':
    case 'BreakStatement':
    case 'ContinueStatement':
    case 'MetaProperty':
      return false;
    default:
      return !isBindingPosition(parent, key);
  }
}

function isBindingPosition(parent: AnyNode, key: string): boolean {
  if (parent.type === 'VariableDeclarator') return key === 'id';
  if (parent.type === 'CatchClause') return key === 'param';
  if (
    parent.type === 'AssignmentPattern' ||
    parent.type === 'RestElement' ||
    parent.type === 'ArrayPattern'
  ) {
    return true;
  }
  if (/Function|Class/.test(parent.type)) return key === 'id' || key === 'params';
  return false;
}

/**
 * True when `name` is only ever used as a free reference: never declared, never a shorthand property,
 * never a binding of a pattern. Mutators that rewrite a global's references require this.
 */
export function onlyFreeReferences(program: AnyNode, name: string): boolean {
  const bindingRanges: Array<[number, number]> = [];
  const hits: AnyNode[] = [];
  let shorthand = false;
  walk(program, (node, parent, key) => {
    if (node.type === 'ObjectPattern' || node.type === 'ArrayPattern')
      bindingRanges.push([node.start, node.end]);
    if (parent && isBindingPosition(parent, key)) bindingRanges.push([node.start, node.end]);
    if (node.type !== 'Identifier' || node.name !== name) return;
    hits.push(node);
    if (parent?.type === 'Property' && parent.shorthand === true) shorthand = true;
  });
  if (shorthand) return false;
  return hits.every((hit) => bindingRanges.every(([start, end]) => hit.start < start || hit.end > end));
}

/** References to a free global `name` in the program. */
export function globalReferences(program: AnyNode, name: string): AnyNode[] {
  const found: AnyNode[] = [];
  walk(program, (node, parent, key) => {
    if (node.type === 'Identifier' && node.name === name && isReference(parent, key)) found.push(node);
  });
  return found;
}
