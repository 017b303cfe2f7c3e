/**
 * `computed-global`: reaches `eval` and `Function` as computed properties of the global object,
 * `eval(s)` -> `globalThis['eval'](s)`.
 *
 * Sound under the sandproof contract: a free reference to a global reads the same property of the global
 * object; a direct `eval` becomes an indirect one, which the contract treats alike (both throw EvalError).
 * Skipped when the snippet binds the name or `globalThis` itself.
 */
import {
  applyEdits,
  type Edit,
  globalReferences,
  type Mutator,
  onlyFreeReferences,
  parseSnippet,
} from './mutator.js';

const TARGETS = ['eval', 'Function'];

/** Rewrites free references of `eval` / `Function` into computed reads of `globalThis`. */
export const computedGlobal: Mutator = {
  name: 'computed-global',
  description: "eval(s) -> globalThis['eval'](s)",
  mutate(code) {
    const program = parseSnippet(code);
    if (!program || !onlyFreeReferences(program, 'globalThis')) return null;
    const edits: Edit[] = [];
    for (const name of TARGETS) {
      if (!onlyFreeReferences(program, name)) continue;
      for (const ref of globalReferences(program, name)) {
        edits.push({ start: ref.start, end: ref.end, text: `globalThis['${name}']` });
      }
    }
    return edits.length === 0 ? null : applyEdits(code, edits);
  },
};
