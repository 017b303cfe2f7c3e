/**
 * Whether a snippet compiles, decided on the host from its text alone, so the oracle can hold a sandbox's
 * `ERR_SYNTAX` against the truth: a sandbox that reports `ERR_SYNTAX` (or records it in its audit log) for
 * code that compiles let the guest forge its outcome. The snippet is parsed as the runtime contract compiles
 * it, the body of a strict async function (top-level `return` and `await`), never wrapped in text it could
 * close early. Only a clean parse counts: a parser that rejects new syntax the engine accepts, or nesting too
 * deep for it, answers `false`, which never raises a finding.
 */
import { parse } from 'acorn';

/** Nesting beyond which an engine's parser may run out of stack on valid code: the answer is then `false`. */
const MAX_CERTAIN_NESTING = 200;

/** True when `code` parses as the body of a strict async function (and is not nested deeper than 200). */
export function compilesAsSnippet(code: string): boolean {
  if (bracketDepth(code) > MAX_CERTAIN_NESTING) return false;
  try {
    parse(`"use strict";\n${code}`, {
      ecmaVersion: 'latest',
      sourceType: 'script',
      allowReturnOutsideFunction: true,
      allowAwaitOutsideFunction: true,
    });
    return true;
  } catch {
    return false;
  }
}

/** The deepest nesting of brackets, braces and parentheses, counted over the raw text (an upper bound). */
function bracketDepth(code: string): number {
  let depth = 0;
  let max = 0;
  for (let i = 0; i < code.length; i++) {
    const c = code.charCodeAt(i);
    if (c === 40 || c === 91 || c === 123) {
      depth++;
      if (depth > max) max = depth;
    } else if (c === 41 || c === 93 || c === 125) depth = Math.max(0, depth - 1);
  }
  return max;
}
