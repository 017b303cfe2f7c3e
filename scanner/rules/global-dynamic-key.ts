/**
 * Reads of the global object (under any alias: `globalThis`, `self`, top-level `this`,
 * `(function(){ return this })()`) with a key the scanner cannot fold: `globalThis[name]`,
 * `Reflect.get(self, k)`, `const { [k]: v } = globalThis`. Constant keys are resolved and judged by the rule
 * for the name they reach; a dynamic key could be any of them.
 */
import type { Rule } from '../rule.js';

/** Flags global-object reads with unfoldable keys. */
export const globalDynamicKeyRule: Rule = {
  meta: {
    id: 'global-dynamic-key',
    description: 'Global-object property reads with keys that cannot be resolved statically.',
    severity: 'high',
    profiles: 'all',
    falsePositives: 'Dynamic lookups of harmless globals (`globalThis[typeName]` to find a constructor).',
    falseNegatives:
      'Global-object aliases the resolver does not follow (returned from user functions, getters).',
    recommendation: 'Refer to globals by name.',
  },
  check(ctx) {
    for (const node of ctx.dynamicGlobalKeys) {
      ctx.report(node, 'reads the global object with a key that cannot be resolved');
    }
  },
};
