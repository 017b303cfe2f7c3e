/**
 * Write targets nested in assignment patterns: `[o.x] = a`, `({ k: o.x } = v)`, `[...o.x] = a`,
 * `[o.x = 1] = []`, and the heads of `for (o.x of a)` / `for (o.x in v)`. Each is a write exactly like
 * `o.x = v`, so the write rules inspect them with their `=` check.
 */

import type { AnyNode } from 'acorn';
import type { ProgramIndex } from './program-index.js';

/** Yields each member expression written through a pattern, with the node to report at. */
export function* patternWriteTargets(index: ProgramIndex): Generator<[target: AnyNode, at: AnyNode]> {
  for (const node of index.nodesOfType('AssignmentExpression')) {
    if (node.left.type === 'ArrayPattern' || node.left.type === 'ObjectPattern')
      yield* membersIn(node.left, node);
  }
  for (const type of ['ForOfStatement', 'ForInStatement'] as const) {
    for (const node of index.nodesOfType(type)) {
      const left = (node as AnyNode & { left: AnyNode }).left;
      if (left.type !== 'VariableDeclaration') yield* membersIn(left, node);
    }
  }
}

function* membersIn(pattern: AnyNode, at: AnyNode): Generator<[AnyNode, AnyNode]> {
  switch (pattern.type) {
    case 'MemberExpression':
      yield [pattern, at];
      return;
    case 'ArrayPattern':
      for (const element of pattern.elements) if (element) yield* membersIn(element, at);
      return;
    case 'ObjectPattern':
      for (const property of pattern.properties) {
        yield* membersIn(property.type === 'RestElement' ? property : property.value, at);
      }
      return;
    case 'RestElement':
      yield* membersIn(pattern.argument, at);
      return;
    case 'AssignmentPattern':
      yield* membersIn(pattern.left, at);
      return;
    default:
      return;
  }
}
