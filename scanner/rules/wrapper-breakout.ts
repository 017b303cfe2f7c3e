/**
 * Wrapper break-out: the runtime compiles `"use strict";(async function () {\n` + snippet + `\n})`. A
 * snippet such as `}); stealSomething(); (async function () {` parses into a different program with code
 * outside the function. The program must be exactly the directive plus one expression statement whose
 * expression is the wrapper function spanning the whole snippet. (Strict mode still holds for the escaped
 * code, so this gains an attacker little; it is refused because nothing legitimate does it.)
 */
import type { Rule } from '../rule.js';

/** Flags snippets whose wrapped text is not the wrapper function alone. */
export const wrapperBreakoutRule: Rule = {
  meta: {
    id: 'wrapper-breakout',
    description: 'Snippets that close the runtime wrapper early and place code outside it.',
    severity: 'critical',
    profiles: 'all',
    falsePositives: 'None: a well-formed function body cannot change the wrapper program shape.',
    falseNegatives: 'None: the check is on the parsed program shape.',
    recommendation: 'Submit only a function body; do not close the wrapper.',
  },
  check(ctx) {
    if (ctx.rescanDepth === 0 && ctx.index.wrapper === undefined) {
      ctx.report({ start: 0 }, 'the snippet closes the runtime wrapper and adds code outside it');
    }
  },
};
