/**
 * Reflective reads of sensitive keys: `Reflect.get(o, 'constructor')`, `Object.getOwnPropertyDescriptor(
 * Function.prototype, 'constructor')`, `Reflect.get(self, atob('ZXZhbA=='))`, and `Reflect.apply/construct` on
 * eval or a code-generating constructor. Keys are folded first, so spelling them out does not help. Under
 * profiles that allow the Function constructor, `constructor` is not a sensitive key.
 */
import type { Rule, RuleContext } from '../rule.js';
import { asKey, isCodeConstructor, type Value } from '../value.js';

const READERS = new Set([
  'Reflect.get',
  'Reflect.getOwnPropertyDescriptor',
  'Object.getOwnPropertyDescriptor',
  'Reflect.has',
]);
const INVOKERS = new Set(['Reflect.apply', 'Reflect.construct']);
const ALWAYS_SENSITIVE = new Set([
  'eval',
  '__proto__',
  'caller',
  'callee',
  'prepareStackTrace',
  '__defineGetter__',
  '__lookupGetter__',
  'process',
  'require',
  'Buffer',
]);
const CODE_SENSITIVE = new Set(['constructor', 'Function']);

/** Flags reflective access to sensitive keys and reflective calls of code generators. */
export const reflectIndirectionRule: Rule = {
  meta: {
    id: 'reflect-indirection',
    description: 'Reflect/descriptor reads of sensitive keys and Reflect.apply/construct on code generators.',
    severity: 'high',
    profiles: 'all',
    falsePositives: 'Generic utilities that read `constructor` reflectively (deep-clone helpers).',
    falseNegatives: 'Keys the folder cannot evaluate; targets held in unresolvable variables.',
    recommendation: 'Use plain property access on your own objects.',
  },
  check(ctx) {
    for (const node of ctx.index.nodesOfType('CallExpression')) {
      const callee = ctx.values.resolve(node.callee);
      if (callee.kind !== 'global-member') continue;
      const name = `${callee.root}.${callee.key}`;
      const [first, second] = node.arguments;
      if (READERS.has(name) && second) {
        const key = asKey(ctx.values.resolve(second));
        if (key !== undefined && isSensitiveKey(ctx, key)) ctx.report(node, `${name} reads \`${key}\``);
      } else if (INVOKERS.has(name) && first && isCodeGenerator(ctx, ctx.values.resolve(first))) {
        ctx.report(node, `${name} invokes a code generator`);
      }
    }
  },
};

function isSensitiveKey(ctx: RuleContext, key: string): boolean {
  return ALWAYS_SENSITIVE.has(key) || (!ctx.profile.allowFunctionConstructor && CODE_SENSITIVE.has(key));
}

function isCodeGenerator(ctx: RuleContext, value: Value): boolean {
  if (value.kind === 'global' && value.name === 'eval') return true;
  return !ctx.profile.allowFunctionConstructor && isCodeConstructor(value);
}
