/**
 * `key-split`: hides sensitive property names from naive text matching by splitting them into a
 * concatenation, `x.constructor` -> `x['con' + 'structor']`, `x['__proto__']` -> `x['__pr' + 'oto__']`.
 * Sound: a computed key that evaluates to the same string reads the same property, with the same `this`
 * for calls, including in optional chains.
 */
import { type AnyNode, applyEdits, type Edit, type Mutator, parseSnippet, SENSITIVE_KEYS, walk } from './mutator.js';

function split(name: string): string {
  const cut = Math.max(1, Math.floor(name.length / 2));
  return `'${name.slice(0, cut)}' + '${name.slice(cut)}'`;
}

/** The edit turning one member access with a sensitive key into a split computed key, if it has one. */
export function computedKeyEdit(node: AnyNode, render: (name: string) => string): Edit | null {
  if (node.type !== 'MemberExpression') return null;
  const object = node.object as AnyNode;
  const property = node.property as AnyNode;
  if (node.computed !== true && property.type === 'Identifier' && SENSITIVE_KEYS.has(String(property.name))) {
    const open = node.optional === true ? '?.[' : '[';
    return { start: object.end, end: property.end, text: `${open}${render(String(property.name))}]` };
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
  const edits: Edit[] = [];
  walk(program, (node) => {
    const edit = computedKeyEdit(node, render);
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
