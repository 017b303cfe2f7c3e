/**
 * Recognizes the runtime's wrapper in a parsed program: exactly the `"use strict"` directive plus one
 * expression statement that is the async function expression spanning the whole snippet. Anything else
 * means the snippet broke out of the wrapper (see the `wrapper-breakout` rule).
 */
import type { AnyNode, Program } from 'acorn';
import { SNIPPET_PREFIX } from './snippet-wrapper.js';

const BODY_START = SNIPPET_PREFIX.lastIndexOf('{');

/** The wrapper function node of a wrapped snippet, or `undefined` when the program has another shape. */
export function findWrapper(program: Program, text: string): AnyNode | undefined {
  if (program.body.length !== 2) return undefined;
  const [directive, statement] = program.body;
  if (
    directive?.type !== 'ExpressionStatement' ||
    directive.directive !== 'use strict' ||
    directive.start !== 0
  ) {
    return undefined;
  }
  if (statement?.type !== 'ExpressionStatement' || statement.end !== text.length) return undefined;
  const fn = statement.expression;
  if (fn.type !== 'FunctionExpression' || !fn.async || fn.generator || fn.id || fn.params.length > 0) {
    return undefined;
  }
  return fn.body.start === BODY_START && fn.body.end === text.length - 1 ? fn : undefined;
}
