/**
 * `Reflect.get` (or a property-descriptor read) handed on instead of called with its arguments in sight:
 * `Function.prototype.call.bind(Reflect.get)`, `Reflect.apply(Reflect.get, null, [fn, 'constructor'])`,
 * `xs.map(Function.prototype.apply.bind(Reflect.get, null))`, `Reflect.get(...args)`,
 * `Object.getOwnPropertyDescriptor.call(Object, p, 'constructor')`, or called with a key the scanner cannot
 * resolve (`Reflect.get(t, table[k])` in a Proxy trap), in a snippet that spells `constructor` somewhere. The
 * target and key then reach the read through flows the resolver does not follow, and the key may be
 * `constructor` of a function: the Function constructor. Not a finding where the profile grants Function;
 * the runtime's EvalError holds regardless.
 */
import type { AnyNode } from 'acorn';
import type { Rule, RuleContext } from '../rule.js';
import { asKey } from '../value.js';

const READERS = new Set([
  'Reflect.get',
  'Reflect.getOwnPropertyDescriptor',
  'Object.getOwnPropertyDescriptor',
  'Object.getOwnPropertyDescriptors',
]);

/** Flags property readers passed around, spread into, or keyed by unresolvable keys, beside a `constructor` string. */
export const reflectGetIndirectRule: Rule = {
  meta: {
    id: 'reflect-get-indirect',
    description:
      '`Reflect.get`/descriptor reads passed as values, bound, applied, spread into or keyed by unresolvable ' +
      'keys, in a snippet that spells `constructor`.',
    severity: 'high',
    profiles: (profile) => !profile.allowFunctionConstructor,
    falsePositives:
      'Proxy handlers forwarding with `Reflect.get` in a snippet that also mentions the word `constructor`.',
    falseNegatives: 'The word `constructor` built by operations the folder does not evaluate.',
    recommendation: 'Read properties of your own objects directly, with constant keys.',
  },
  check(ctx) {
    if (!spellsConstructor(ctx)) return;
    const seen = new Set<AnyNode>();
    for (const node of [...ctx.index.references, ...ctx.index.nodesOfType('MemberExpression')]) {
      const value = ctx.values.resolve(node);
      if (value.kind !== 'global-member' || !READERS.has(`${value.root}.${value.key}`)) continue;
      const how = indirection(ctx, node);
      if (!how || seen.has(node)) continue;
      seen.add(node);
      ctx.report(node, `${value.root}.${value.key} ${how}, and the snippet spells \`constructor\``);
    }
  },
};

/** Whether a string constant in the snippet (or a folded one) is `constructor`. */
function spellsConstructor(ctx: RuleContext): boolean {
  for (const lit of ctx.index.nodesOfType('Literal')) if (lit.value === 'constructor') return true;
  for (const q of ctx.index.nodesOfType('TemplateElement')) if (q.value.cooked === 'constructor') return true;
  for (const node of [
    ...ctx.index.nodesOfType('BinaryExpression'),
    ...ctx.index.nodesOfType('CallExpression'),
  ]) {
    const value = ctx.values.resolve(node);
    if (value.kind === 'string' && value.value === 'constructor') return true;
  }
  return false;
}

/** How a reader is used other than by a plain call with constant keys, or `undefined`. */
function indirection(ctx: RuleContext, node: AnyNode): string | undefined {
  const parent = ctx.index.parentOf(node);
  if (!parent) return undefined;
  if (parent.type === 'MemberExpression' && parent.object === node) {
    const key = ctx.values.memberKey(parent);
    return key === 'call' || key === 'apply' || key === 'bind' ? `is used through \`.${key}\`` : undefined;
  }
  if ((parent.type === 'CallExpression' || parent.type === 'NewExpression') && parent.callee === node) {
    if (parent.arguments.some((a) => a.type === 'SpreadElement')) return 'is called with spread arguments';
    const key = parent.arguments[1];
    if (key && asKey(ctx.values.resolve(key)) === undefined) return 'is called with an unresolvable key';
    return undefined;
  }
  if (parent.type === 'VariableDeclarator' && parent.init === node && parent.id.type === 'Identifier') {
    // An alias: the resolver follows it, and its uses are checked as references.
    return undefined;
  }
  return 'is passed as a value';
}
