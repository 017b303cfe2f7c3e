/**
 * Constructor chains that reach `Function` or its siblings (AsyncFunction, GeneratorFunction,
 * AsyncGeneratorFunction) without naming them: `x.constructor.constructor`, `(async () => {}).constructor`,
 * `Object.getPrototypeOf(function* () {}).constructor`, `Error.__proto__.constructor`, descriptor and
 * `Reflect.get` reads of `constructor`, `x.constructor(...)` calls, aliases of any of these called later,
 * and destructured `{ constructor: c }` (in declarations, parameters and `catch` clauses).
 * Not a finding where the profile allows the Function constructor.
 */
import type { AnyNode } from 'acorn';
import { isCodeLike } from '../code-like.js';
import type { Rule, RuleContext } from '../rule.js';
import { type Binding, propertyStep } from '../scope.js';
import { asKey, describeValue, isCodeConstructor } from '../value.js';

/** Flags paths to the code-generating constructors that do not name them. */
export const constructorChainRule: Rule = {
  meta: {
    id: 'constructor-chain',
    description:
      'Constructor chains, aliases and destructuring that reach Function or its async/generator siblings.',
    severity: 'critical',
    profiles: (profile) => !profile.allowFunctionConstructor,
    falsePositives:
      '`fn.constructor` read on a known function for reasons other than `.name`; `x.constructor(v)` calls on user ' +
      'objects; destructuring a user object property named `constructor`.',
    falseNegatives:
      '`new x.constructor(s)` where x is not known to be a function; chains through unfolded keys, getters or ' +
      'host objects. The runtime makes every such constructor throw EvalError in these profiles.',
    recommendation: 'Do not reach constructors through objects; call plain functions or classes directly.',
  },
  check(ctx) {
    checkMembers(ctx);
    checkCalls(ctx);
    checkPatterns(ctx);
  },
};

function checkMembers(ctx: RuleContext): void {
  for (const node of ctx.index.nodesOfType('MemberExpression')) {
    const value = ctx.values.resolve(node);
    if (value.kind !== 'code-constructor') continue;
    const parent = ctx.index.parentOf(node);
    // `fn.constructor.name` (e.g. checking for an async function) only reads a string.
    if (
      parent?.type === 'MemberExpression' &&
      parent.object === node &&
      ctx.values.memberKey(parent) === 'name'
    )
      continue;
    ctx.report(node, `\`.constructor\` reaches the ${describeValue(value)}`);
  }
}

function checkCalls(ctx: RuleContext): void {
  const invoked: Array<{ node: AnyNode; callee: AnyNode }> = [];
  for (const node of ctx.index.nodesOfType('CallExpression')) invoked.push({ node, callee: node.callee });
  for (const node of ctx.index.nodesOfType('NewExpression')) invoked.push({ node, callee: node.callee });
  for (const node of ctx.index.nodesOfType('TaggedTemplateExpression'))
    invoked.push({ node, callee: node.tag });
  for (const { node, callee } of invoked) {
    const target = effectiveCallee(ctx, callee);
    const value = ctx.values.resolve(target);
    if (value.kind === 'code-constructor' && target !== callee) {
      ctx.report(node, `calls the ${describeValue(value)} through call/apply/bind`);
    } else if (value.kind === 'code-constructor' && target.type !== 'MemberExpression') {
      ctx.report(node, `calls an alias of the ${describeValue(value)}`);
    } else if (node.type === 'CallExpression' && target.type === 'MemberExpression') {
      // `x.constructor(v)` on data builds a value; it is Function's only when given code.
      if (ctx.values.memberKey(target) === 'constructor' && node.arguments.some((a) => maybeCode(ctx, a)))
        ctx.report(node, 'calls `.constructor(...)` directly');
    }
    if (node.type === 'CallExpression' && callsReflectively(ctx, node)) {
      ctx.report(node, 'passes a code-generating constructor to Reflect.apply/construct');
    }
  }
}

/** `f.call(...)`, `f.apply(...)` and `f.bind(...)(...)` call `f`. */
function effectiveCallee(ctx: RuleContext, callee: AnyNode): AnyNode {
  let target = callee;
  for (let i = 0; i < 4; i++) {
    if (target.type === 'CallExpression' && target.callee.type === 'MemberExpression') {
      if (ctx.values.memberKey(target.callee) !== 'bind') break;
      target = target.callee.object;
    } else if (target.type === 'MemberExpression') {
      const key = ctx.values.memberKey(target);
      if (key !== 'call' && key !== 'apply') break;
      target = target.object;
    } else break;
  }
  return target;
}

function callsReflectively(ctx: RuleContext, node: AnyNode & { type: 'CallExpression' }): boolean {
  const callee = ctx.values.resolve(node.callee);
  if (callee.kind !== 'global-member' || callee.root !== 'Reflect') return false;
  if (callee.key !== 'apply' && callee.key !== 'construct') return false;
  const first = node.arguments[0];
  return (
    first !== undefined &&
    isCodeConstructor(ctx.values.resolve(first)) &&
    ctx.values.resolve(first).kind !== 'global'
  );
}

/**
 * `{ constructor: c }` destructuring: a finding when `c` is (or may be) a code constructor, or is called
 * or constructed anywhere; `const { constructor: C } = data; C === Array` only compares.
 */
function checkPatterns(ctx: RuleContext): void {
  const candidates = new Map<Binding, AnyNode>();
  for (const pattern of ctx.index.nodesOfType('ObjectPattern')) {
    for (const prop of pattern.properties) {
      if (prop.type === 'RestElement') continue;
      const step = propertyStep(prop.key, prop.computed);
      const key = typeof step === 'string' ? step : step ? asKey(ctx.values.resolve(step)) : undefined;
      if (key !== 'constructor') continue;
      const value = prop.value.type === 'AssignmentPattern' ? prop.value.left : prop.value;
      const binding = value.type === 'Identifier' ? ctx.index.bindingOfDeclared(value) : undefined;
      if (!binding) {
        ctx.report(prop, 'destructures `constructor` out of an object');
        continue;
      }
      const resolved = ctx.values.bindingValue(binding);
      if (resolved.kind === 'code-constructor' || resolved.kind === 'lost') {
        ctx.report(prop, 'destructures `constructor` out of an object');
      } else candidates.set(binding, prop);
    }
  }
  if (candidates.size === 0) return;
  const callees = [
    ...ctx.index.nodesOfType('CallExpression').map((n) => n.callee),
    ...ctx.index.nodesOfType('NewExpression').map((n) => n.callee),
  ];
  for (const callee of callees) {
    const target = effectiveCallee(ctx, callee);
    if (target.type !== 'Identifier') continue;
    const binding = ctx.index.bindingOf(target);
    const prop = binding && candidates.get(binding);
    if (prop) ctx.report(prop, 'destructures `constructor` out of an object and calls it');
  }
}

/** An argument that may be code: a string that reads as code, or a value the resolver cannot tell. */
function maybeCode(ctx: RuleContext, arg: AnyNode): boolean {
  const value = ctx.values.resolve(arg.type === 'SpreadElement' ? arg.argument : arg);
  if (value.kind === 'string') return isCodeLike(value.value);
  if (value.kind === 'array')
    return value.items.some((item) => item.kind === 'string' && isCodeLike(item.value));
  return value.kind === 'unknown' || value.kind === 'lost';
}
