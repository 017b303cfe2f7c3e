/**
 * Finds every place a snippet reaches a global by name: free identifiers (`eval`), members of the global
 * object under any alias (`globalThis.eval`, `this['ev'+'al']`, `self[k]` with `k` folded), reflective reads
 * (`Reflect.get(globalThis, 'eval')`) and destructuring (`const { eval: e } = globalThis`). Aliases of an
 * access (`const e = eval; e(s)`) are not accesses themselves: the access was already counted at its source.
 * Keys that cannot be folded are collected separately as dynamic global keys.
 */
import type { AnyNode } from 'acorn';
import type { ProgramIndex } from './program-index.js';
import { propertyStep } from './scope.js';
import { asKey } from './value.js';
import type { ValueResolver } from './value-resolver.js';

/** One place a global is reached by name. */
export interface GlobalAccess {
  readonly node: AnyNode;
  readonly name: string;
}

/** Global accesses, and accesses to the global object whose key could not be folded. */
export interface GlobalAccessSummary {
  readonly accesses: readonly GlobalAccess[];
  readonly dynamicKeys: readonly AnyNode[];
}

const REFLECTIVE_READS = new Set([
  'Reflect.get',
  'Object.getOwnPropertyDescriptor',
  'Reflect.getOwnPropertyDescriptor',
]);

/** Calls that read the values of every property of their first argument. */
const ENUMERATING_READS = new Set(['Object.getOwnPropertyDescriptors', 'Object.values', 'Object.entries']);

/** Collects the global accesses of one program. */
export function collectGlobalAccesses(index: ProgramIndex, values: ValueResolver): GlobalAccessSummary {
  const accesses: GlobalAccess[] = [];
  const dynamicKeys: AnyNode[] = [];
  const add = (node: AnyNode, key: string | undefined): void => {
    if (key === undefined) dynamicKeys.push(node);
    else accesses.push({ node, name: key });
  };
  for (const id of index.references) {
    if (index.isFreeReference(id)) accesses.push({ node: id, name: id.name });
  }
  for (const node of index.nodesOfType('MemberExpression')) {
    const object = values.resolve(node.object);
    if (object.kind === 'global-object') add(node, values.memberKey(node));
    else if (object.kind === 'object') {
      // A container whose prototype or contents is the global object: `Object.create(globalThis).process`.
      const value = values.resolve(node);
      if (value.kind === 'global') accesses.push({ node, name: value.name });
    }
  }
  for (const node of index.nodesOfType('CallExpression')) {
    const callee = values.resolve(node.callee);
    if (callee.kind !== 'global-member') continue;
    const name = `${callee.root}.${callee.key}`;
    // `Object.values(globalThis)`, `Object.getOwnPropertyDescriptors(globalThis)`: every global, by any key.
    if (ENUMERATING_READS.has(name) && node.arguments[0]) {
      if (values.resolve(node.arguments[0]).kind === 'global-object') dynamicKeys.push(node);
      continue;
    }
    if (!REFLECTIVE_READS.has(name)) continue;
    const [target, key] = node.arguments;
    if (target && key && values.resolve(target).kind === 'global-object')
      add(node, asKey(values.resolve(key)));
  }
  for (const node of index.nodesOfType('VariableDeclarator')) {
    if (node.init) collectPattern(node.id, node.init, values, add);
  }
  for (const node of index.nodesOfType('AssignmentExpression')) {
    if (node.operator === '=') collectPattern(node.left, node.right, values, add);
  }
  return { accesses, dynamicKeys };
}

function collectPattern(
  pattern: AnyNode,
  init: AnyNode,
  values: ValueResolver,
  add: (node: AnyNode, key: string | undefined) => void,
): void {
  if (pattern.type !== 'ObjectPattern' || values.resolve(init).kind !== 'global-object') return;
  for (const prop of pattern.properties) {
    if (prop.type === 'RestElement') {
      add(prop, undefined);
      continue;
    }
    const step = propertyStep(prop.key, prop.computed);
    add(prop, typeof step === 'string' ? step : step ? asKey(values.resolve(step)) : undefined);
  }
}
