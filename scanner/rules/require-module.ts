/**
 * `require`: absent where the profile allows no module; elsewhere only a direct call with a constant name
 * from the profile's list (`require('lodash')`) is accepted. Any other use (another module, a computed name,
 * an alias, `require.cache`) is a finding. Shadowed `require` (a local function) is user code, not this.
 */
import type { Rule } from '../rule.js';
import { asKey } from '../value.js';

/** Flags `require` uses that the profile does not grant. */
export const requireModuleRule: Rule = {
  meta: {
    id: 'require-module',
    description: 'require() of modules the profile does not allow, or any use of require where it is absent.',
    severity: 'high',
    profiles: 'all',
    falsePositives: '`const r = require; r("lodash")` (aliasing is refused even for allowed modules).',
    falseNegatives: 'None for the global `require`; the runtime only resolves allowed modules anyway.',
    recommendation: 'Call `require` directly with a constant name from the profile list.',
  },
  check(ctx) {
    const allowed = ctx.profile.allowedModules;
    for (const { node, name } of ctx.globalAccesses) {
      if (name !== 'require') continue;
      if (allowed.length === 0) {
        ctx.report(node, `\`require\` is absent under ${ctx.profile.name}`);
        continue;
      }
      const parent = ctx.index.parentOf(node);
      if (parent?.type !== 'CallExpression' || parent.callee !== node) {
        ctx.report(node, '`require` is used other than as a direct call');
        continue;
      }
      const first = parent.arguments[0];
      const module = first ? asKey(ctx.values.resolve(first)) : undefined;
      if (module === undefined || !allowed.includes(module)) {
        ctx.report(parent, `require of a module not allowed under ${ctx.profile.name}`);
      }
    }
  },
};
