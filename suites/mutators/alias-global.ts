/**
 * `alias-global`: reaches `eval` and `Function` through an alias bound at the top of the snippet,
 * `eval(s)` -> `const __spAlias_eval = eval; ... __spAlias_eval(s)`.
 *
 * Sound under the sandproof contract, where `eval` throws `EvalError` in every form (a direct call and an
 * aliased, indirect call then behave the same). The alias is taken when the snippet starts, so the
 * mutator skips snippets that mention the name anywhere but as a plain reference (a string, a property,
 * a comment), since those could replace the global before its first use.
 */
import {
  applyEdits,
  type Edit,
  globalReferences,
  type Mutator,
  onlyFreeReferences,
  parseSnippet,
} from './mutator.js';

const ALIASED = ['eval', 'Function'];

/** Binds `eval` / `Function` to local aliases and calls them through the aliases. */
export const aliasGlobal: Mutator = {
  name: 'alias-global',
  description: 'eval(s) -> const e = eval; e(s)',
  mutate(code) {
    const program = parseSnippet(code);
    if (!program) return null;
    const edits: Edit[] = [];
    const prelude: string[] = [];
    for (const name of ALIASED) {
      const refs = globalReferences(program, name);
      const mentions = code.match(new RegExp(`\\b${name}\\b`, 'g'))?.length ?? 0;
      if (refs.length === 0 || mentions !== refs.length || !onlyFreeReferences(program, name)) continue;
      const alias = `__spAlias_${name}`;
      prelude.push(`const ${alias} = ${name};`);
      for (const ref of refs) edits.push({ start: ref.start, end: ref.end, text: alias });
    }
    if (edits.length === 0) return null;
    const body = applyEdits(code, edits);
    // The prelude shares the first line, so line numbers in reports still match the parent.
    return body === null ? null : `${prelude.join(' ')} ${body}`;
  },
};
