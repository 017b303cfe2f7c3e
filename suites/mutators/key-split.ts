/**
 * `key-split`: hides sensitive property names from naive text matching by splitting them into a
 * concatenation, `x.constructor` -> `x['con' + 'structor']`, `x['__proto__']` -> `x['__pr' + 'oto__']`.
 * Sound: a computed key that evaluates to the same string reads the same property, with the same `this`
 * for calls, including in optional chains.
 */
import {
  type AnyNode,
  applyEdits,
  type Edit,
  type Mutator,
  parseSnippet,
  SENSITIVE_KEYS,
  walk,
  wrappedSource,
} from './mutator.js';

function split(name: string): string {
  const cut = Math.max(1, Math.floor(name.length / 2));
  return `'${name.slice(0, cut)}' + '${name.slice(cut)}'`;
}

/**
 * The edit turning one member access with a sensitive key into a computed key, if it has one. The `.`
 * is found in the source text: node ranges exclude parentheses (`({}).constructor`), and a dot separated
 * from its key by anything but spaces (a comment) makes the mutator skip the access.
 */
export function computedKeyEdit(
  node: AnyNode,
  source: string,
  render: (name: string) => string,
): Edit | null {
  if (node.type !== 'MemberExpression') return null;
  const property = node.property as AnyNode;
  if (node.computed !== true && property.type === 'Identifier' && SENSITIVE_KEYS.has(String(property.name))) {
    const dot = source.lastIndexOf('.', property.start - 1);
    if (dot < 0 || source.slice(dot + 1, property.start).trim() !== '') return null;
    const optional = node.optional === true && source[dot - 1] === '?';
    const start = optional ? dot - 1 : dot;
    return { start, end: property.end, text: `${optional ? '?.[' : '['}${render(String(property.name))}]` };
  }
  if (node.computed === true && property.type === 'Literal' && typeof property.value === 'string') {
    if (SENSITIVE_KEYS.has(property.value)) {
      return { start: property.start, end: property.end, text: render(property.value) };
    }
  }
  return null;
}

/** Rewrites sensitive member keys with a renderer; null when nothing applies. */
export function rewriteKeys(code: string, render: (name: string) => string): string | null {
  const program = parseSnippet(code);
  if (!program) return null;
  const source = wrappedSource(code);
  const edits: Edit[] = [];
  walk(program, (node) => {
    const edit = computedKeyEdit(node, source, render);
    if (edit) edits.push(edit);
  });
  return edits.length === 0 ? null : applyEdits(code, edits);
}

/** Splits sensitive property keys into string concatenations. */
export const keySplit: Mutator = {
  name: 'key-split',
  description: "x.constructor -> x['con' + 'structor']",
  mutate: (code) => rewriteKeys(code, split),
};
