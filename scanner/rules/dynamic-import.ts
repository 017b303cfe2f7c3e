/**
 * `import(...)` expressions, including `import/*x*\/('fs')`: the parser sees through comments, so no
 * spelling hides them. Scripts have no static `import`; `import.meta` is a parse error there.
 */
import type { Rule } from '../rule.js';

/** Flags every dynamic `import()`. */
export const dynamicImportRule: Rule = {
  meta: {
    id: 'dynamic-import',
    description: 'Dynamic import() expressions: module loading is absent in every profile.',
    severity: 'critical',
    profiles: 'all',
    falsePositives: 'None known: snippets cannot load modules except through `require` where granted.',
    falseNegatives: 'None at the syntax level; import() inside strings is the decoded-code rule.',
    recommendation: 'Use `require` for the modules your profile allows.',
  },
  check(ctx) {
    for (const node of ctx.index.nodesOfType('ImportExpression')) {
      ctx.report(node, '`import()` loads modules, which no profile allows');
    }
  },
};
