/**
 * Resolves expressions to abstract {@link Value}s: folded constants, globals reached by any spelling, the
 * global object behind its aliases, and the constructor chains that lead to code generation. This is what
 * lets the rules see `globalThis['ev' + 'al']`, `const F = (async () => {}).constructor` or
 * `Reflect.get(o, atob('Y29uc3RydWN0b3I='))` as what they are.
 *
 * Values flow through bindings (declarations, assignments, parameters at attributed call sites, `catch`,
 * loops), containers (object literals, arrays, `Object.create`, writes recorded on a binding, `Map`/`Set`
 * stores), returns (every `return` of a called literal or method), getters, promises (`await`,
 * `Promise.resolve`, `.then` callbacks) and `Proxy` targets.
 *
 * Bounds: results are memoized per node and per binding (a binding is resolved once, whatever the number
 * of references to it, so `a = a + 1` repeated N times costs O(N)); containers are indexed once by key;
 * recursion is limited to {@link MAX_DEPTH} nested resolutions (the analysis resolves references in source
 * order first, so alias chains stay shallow) and cycles resolve to unknown. Hitting the depth limit is
 * recorded ({@link ValueResolver.limitHit}) so that a rule can grade the uncertainty. The time budget is
 * checked every few hundred resolutions.
 * Known false negatives: regex replacement, `this` of methods attached after creation, values passed through
 * functions the index cannot attribute a call to.
 */
import type { AnyNode } from 'acorn';
import {
  bestDangerous,
  builtinMember,
  builtinPrototype,
  constructorOf,
  isBuiltinMethod,
  LOST_CALLABLE,
  LOST_OBJECT,
  lostFrom,
  prototypeOf,
} from './builtin-values.js';
import { ContainerValues } from './container-values.js';
import { FunctionReturns } from './function-returns.js';
import { globalCall } from './global-calls.js';
import { carriedValue, mappedValue } from './method-flows.js';
import type { ProgramIndex } from './program-index.js';
import type { ResolverCore } from './resolver-core.js';
import type { Binding, BindingSource, PathStep } from './scope.js';
import { foldBinary, foldMethodCall } from './string-folding.js';
import { ThisValues } from './this-values.js';
import {
  asKey,
  flavorOf,
  GLOBAL_OBJECT_NAMES,
  isDangerous,
  joinValues,
  stringValue,
  UNKNOWN,
  type Value,
  valueRank,
} from './value.js';

const MAX_DEPTH = 200;
const BUDGET_STRIDE = 256;
const NOT_A_VALUE = new Set(['undefined', 'NaN', 'Infinity']);
const COLLECTIONS = new Set(['Set', 'Map', 'WeakMap', 'WeakSet', 'WeakRef']);
const TAKING_METHODS = new Set(['get', 'at', 'pop', 'shift', 'find', 'findLast', 'values', 'next', 'deref']);

type Node<T extends AnyNode['type']> = Extract<AnyNode, { type: T }>;

/** Resolves expressions of one program; one instance per scan. */
export class ValueResolver implements ResolverCore {
  readonly #index: ProgramIndex;
  readonly #limit: number;
  readonly #memo = new Map<AnyNode, Value>();
  readonly #active = new Set<AnyNode>();
  readonly #bindingMemo = new Map<Binding, Value>();
  readonly #argumentsMemo = new Map<AnyNode, Value>();
  readonly #activeBindings = new Set<Binding>();
  readonly #containers: ContainerValues;
  readonly #returns: FunctionReturns;
  readonly #thisValues: ThisValues;
  readonly #checkBudget: () => void;
  #depth = 0;
  #computed = 0;
  /** Whether some resolution was cut short by the depth limit (the analysis lost track of a value). */
  limitHit = false;

  constructor(index: ProgramIndex, maxFoldedStringLength: number, checkBudget: () => void = () => {}) {
    this.#index = index;
    this.#limit = maxFoldedStringLength;
    this.#checkBudget = checkBudget;
    this.#containers = new ContainerValues(this);
    this.#returns = new FunctionReturns(index, (node) => this.resolve(node), checkBudget);
    this.#thisValues = new ThisValues(index, this, checkBudget);
  }

  /** The folding bound on strings and arrays. */
  get limit(): number {
    return this.#limit;
  }

  /** The value of an expression node. */
  resolve(node: AnyNode): Value {
    const known = this.#memo.get(node);
    if (known) return known;
    if (this.#active.has(node)) return UNKNOWN;
    if (this.#depth >= MAX_DEPTH) {
      this.limitHit = true;
      return UNKNOWN;
    }
    if (++this.#computed % BUDGET_STRIDE === 0) this.#checkBudget();
    this.#active.add(node);
    this.#depth++;
    try {
      const value = this.#compute(node);
      this.#memo.set(node, value);
      return value;
    } finally {
      this.#depth--;
      this.#active.delete(node);
    }
  }

  /** The property name a member expression reads: its identifier, or its folded computed key. */
  memberKey(node: Node<'MemberExpression'>): string | undefined {
    if (!node.computed) {
      return node.property.type === 'Identifier' ? node.property.name : undefined;
    }
    return asKey(this.resolve(node.property));
  }

  /** The value of `object[key]`. */
  member(object: Value, key: string | undefined): Value {
    if (object.kind === 'object') return this.#containers.member(object, key);
    if (object.kind === 'array') {
      if (key === undefined)
        return bestDangerous(object.items.flatMap((i) => (i.kind === 'array' ? i.items : [i])));
      if (/^(0|[1-9]\d*)$/.test(key)) return object.items[Number(key)] ?? UNKNOWN;
    }
    // `fn[k].x` may be a Function.prototype method; `Math[k].x` is a static of a builtin unless x is `constructor`.
    if (object.kind === 'lost')
      return object.callable || key === 'constructor' || key === undefined ? LOST_CALLABLE : LOST_OBJECT;
    if (key === undefined) return lostFrom(object);
    switch (object.kind) {
      case 'global-object':
        return GLOBAL_OBJECT_NAMES.has(key) ? object : { kind: 'global', name: key };
      case 'descriptor':
        return key === 'value' || key === 'get' || key === 'set' ? object.value : UNKNOWN;
      case 'string':
      case 'array':
        if (key === 'length') {
          return {
            kind: 'number',
            value: object.kind === 'string' ? object.value.length : object.items.length,
          };
        }
        // `[].map`, `''.at`: builtin methods are functions, so their `.constructor` is Function.
        if (key !== 'constructor' && key !== '__proto__' && isBuiltinMethod(object.kind, key)) {
          return { kind: 'function', flavor: 'function' };
        }
        break;
      default:
        break;
    }
    if (key === 'constructor') return constructorOf(object);
    if (key === '__proto__') return prototypeOf(object);
    if (object.kind === 'code-constructor' && key === 'prototype') {
      return { kind: 'function-prototype', flavor: object.flavor };
    }
    if (object.kind === 'global-member') return builtinMember(object, key);
    if (object.kind === 'global') {
      if (object.name === 'Function' && key === 'prototype')
        return { kind: 'function-prototype', flavor: 'function' };
      return { kind: 'global-member', root: object.name, key };
    }
    return UNKNOWN;
  }

  #compute(node: AnyNode): Value {
    switch (node.type) {
      case 'Literal':
        if (typeof node.value === 'string') return stringValue(node.value, this.#limit, false);
        return typeof node.value === 'number' ? { kind: 'number', value: node.value } : UNKNOWN;
      case 'TemplateLiteral':
        return this.#template(node);
      case 'BinaryExpression':
        return this.#binary(node);
      case 'UnaryExpression':
        return this.#unary(node);
      case 'Identifier':
        return this.#identifier(node);
      case 'ThisExpression':
        return this.#index.isGlobalThis(node) ? { kind: 'global-object' } : this.#thisValues.of(node);
      case 'MemberExpression':
        return this.#memberExpression(node);
      case 'ChainExpression':
        return this.resolve(node.expression);
      case 'SequenceExpression':
        return node.expressions.length > 0 ? this.resolve(node.expressions.at(-1) as AnyNode) : UNKNOWN;
      case 'AssignmentExpression':
        if (node.operator === '=') return this.resolve(node.right);
        if (node.operator === '||=' || node.operator === '&&=' || node.operator === '??=')
          return this.#best([node.left, node.right]);
        return UNKNOWN;
      case 'ObjectExpression':
        return { kind: 'object', node };
      case 'NewExpression':
        return this.#construct(node);
      case 'ConditionalExpression':
        return this.#best([node.consequent, node.alternate]);
      case 'LogicalExpression':
        return this.#best([node.left, node.right]);
      case 'AwaitExpression':
        return node.argument ? this.resolve(node.argument) : UNKNOWN;
      case 'FunctionExpression':
      case 'ArrowFunctionExpression':
      case 'FunctionDeclaration':
        return { kind: 'function', flavor: flavorOf(node), node };
      case 'ClassExpression':
      case 'ClassDeclaration':
        return { kind: 'function', flavor: 'function' };
      case 'ArrayExpression':
        return this.#array(node);
      case 'CallExpression':
        return this.#call(node);
      case 'TaggedTemplateExpression':
        return this.#taggedTemplate(node);
      default:
        return UNKNOWN;
    }
  }

  /** `o[k]`; a key that is one of a few constants (`Math[neg ? 'ceil' : 'floor']`) reads each of them. */
  #memberExpression(node: Node<'MemberExpression'>): Value {
    const object = this.resolve(node.object);
    const key = this.memberKey(node);
    if (key !== undefined || !node.computed) return this.member(object, key);
    const keys = this.#keyCandidates(node.property, 0);
    if (!keys) return this.member(object, undefined);
    return joinValues(keys.map((k) => this.member(object, k)));
  }

  #keyCandidates(node: AnyNode, depth: number): string[] | undefined {
    if (depth > 4) return undefined;
    if (node.type === 'ConditionalExpression' || node.type === 'LogicalExpression') {
      const [a, b] =
        node.type === 'ConditionalExpression' ? [node.consequent, node.alternate] : [node.left, node.right];
      const left = this.#keyCandidates(a, depth + 1);
      const right = left && this.#keyCandidates(b, depth + 1);
      return left && right ? [...left, ...right] : undefined;
    }
    const key = asKey(this.resolve(node));
    return key === undefined ? undefined : [key];
  }

  #best(nodes: readonly AnyNode[]): Value {
    let best = UNKNOWN;
    for (const node of nodes) {
      const value = this.resolve(node);
      if (valueRank(value) > valueRank(best)) best = value;
    }
    return best;
  }

  #template(node: Node<'TemplateLiteral'>): Value {
    let text = '';
    for (let i = 0; i < node.quasis.length; i++) {
      const cooked = node.quasis[i]?.value.cooked;
      if (typeof cooked !== 'string') return UNKNOWN;
      text += cooked;
      const expression = node.expressions[i];
      if (expression) {
        const part = asKey(this.resolve(expression));
        if (part === undefined) return UNKNOWN;
        text += part;
      }
      if (text.length > this.#limit) return UNKNOWN;
    }
    return stringValue(text, this.#limit, node.expressions.length > 0);
  }

  /** Folds a left-leaning operator chain iteratively, so `a+a+...+a` of any length costs no host stack. */
  #binary(node: Node<'BinaryExpression'>): Value {
    const spine: Array<Node<'BinaryExpression'>> = [];
    let left: AnyNode = node;
    while (left.type === 'BinaryExpression' && !this.#memo.has(left)) {
      spine.push(left);
      left = left.left;
    }
    let acc = this.resolve(left);
    for (let i = spine.length - 1; i >= 0; i--) {
      const step = spine[i] as Node<'BinaryExpression'>;
      acc =
        acc.kind === 'unknown'
          ? UNKNOWN
          : foldBinary(step.operator, acc, this.resolve(step.right), this.#limit);
      this.#memo.set(step, acc);
    }
    return acc;
  }

  #unary(node: Node<'UnaryExpression'>): Value {
    const value = this.resolve(node.argument);
    if (value.kind !== 'number') return UNKNOWN;
    if (node.operator === '-') return { kind: 'number', value: -value.value };
    if (node.operator === '+') return value;
    if (node.operator === '~') return { kind: 'number', value: ~value.value };
    return UNKNOWN;
  }

  #identifier(node: Node<'Identifier'>): Value {
    const binding = this.#index.bindingOf(node);
    if (!binding) {
      // `input` is the request's data (parsed JSON): it holds no functions, so nothing read from it is lost.
      if (NOT_A_VALUE.has(node.name) || node.name === 'input') return UNKNOWN;
      if (node.name === 'arguments') return this.#argumentsOf(node);
      return GLOBAL_OBJECT_NAMES.has(node.name)
        ? { kind: 'global-object' }
        : { kind: 'global', name: node.name };
    }
    return this.bindingValue(binding);
  }

  /** `arguments` inside a function: any of the arguments of the calls attributed to it (once per function). */
  #argumentsOf(node: AnyNode): Value {
    // The function that owns `this` owns `arguments` too (arrows have neither).
    const fn = this.#index.scopeOf(node)?.thisOwner;
    if (!fn) return UNKNOWN;
    const known = this.#argumentsMemo.get(fn);
    if (known) return known;
    this.#argumentsMemo.set(fn, UNKNOWN); // a recursive reference reads unknown
    const args = this.#index.callArguments.get(fn) ?? [];
    const best = bestDangerous(
      args.map((arg) =>
        arg.type === 'SpreadElement' ? this.member(this.resolve(arg.argument), undefined) : this.resolve(arg),
      ),
    );
    const value: Value = isDangerous(best) ? { kind: 'object', every: best } : UNKNOWN;
    this.#argumentsMemo.set(fn, value);
    return value;
  }

  /** The value a binding may hold: the join of its sources, resolved once per binding. */
  bindingValue(binding: Binding): Value {
    const known = this.#bindingMemo.get(binding);
    if (known) return known;
    if (this.#activeBindings.has(binding)) return UNKNOWN;
    this.#activeBindings.add(binding);
    try {
      const joined = joinValues(binding.sources.map((source) => this.#fromSource(source)));
      const value =
        binding.writes.length > 0 && !isDangerous(joined)
          ? joined.kind === 'object'
            ? { ...joined, binding }
            : { kind: 'object' as const, base: joined, binding }
          : joined;
      this.#bindingMemo.set(binding, value);
      return value;
    } finally {
      this.#activeBindings.delete(binding);
    }
  }

  #fromSource(source: BindingSource): Value {
    if (source.kind === 'opaque') return UNKNOWN;
    if (source.kind === 'element') return this.member(this.resolve(source.node), undefined);
    if (source.kind === 'declaration') return this.resolve(source.node);
    let value = this.resolve(source.node);
    for (const step of source.path) value = this.#step(value, step);
    return value;
  }

  #step(value: Value, step: PathStep): Value {
    // `...rest` of a container holding something dangerous may hold it too.
    if (step === null) return value.kind === 'object' || value.kind === 'array' ? value : UNKNOWN;
    if (typeof step === 'string') return this.member(value, step);
    return this.member(value, asKey(this.resolve(step)));
  }

  #array(node: Node<'ArrayExpression'>): Value {
    const items: Value[] = [];
    for (const element of node.elements) {
      if (!element) return UNKNOWN;
      if (element.type === 'SpreadElement') {
        const spread = this.resolve(element.argument);
        if (spread.kind === 'array') items.push(...spread.items);
        else if (spread.kind === 'string')
          items.push(...[...spread.value].map((c) => stringValue(c, this.#limit)));
        else return UNKNOWN;
      } else {
        items.push(this.resolve(element));
      }
      if (items.length > this.#limit) return UNKNOWN;
    }
    return { kind: 'array', items };
  }

  /** The values of call arguments, spreads of known arrays expanded. */
  args(nodes: readonly AnyNode[]): Value[] {
    const args: Value[] = [];
    for (const node of nodes) {
      if (node.type === 'SpreadElement') {
        const spread = this.resolve(node.argument);
        if (spread.kind === 'array') args.push(...spread.items);
        else args.push(UNKNOWN);
      } else {
        args.push(this.resolve(node));
      }
    }
    return args;
  }

  #call(node: Node<'CallExpression'>): Value {
    const callee = node.callee;
    if (callee.type === 'MemberExpression') {
      const receiver = this.resolve(callee.object);
      const method = this.memberKey(callee);
      if (method === undefined) return UNKNOWN;
      if (method === 'bind') return receiver;
      if ((method === 'call' || method === 'apply') && receiver.kind === 'function' && receiver.node) {
        const self = node.arguments[0];
        return this.returnValue(receiver.node, self ? this.resolve(self) : UNKNOWN);
      }
      const folded = foldMethodCall(receiver, method, this.args(node.arguments), this.#limit);
      if (folded.kind !== 'unknown') return folded;
      const carried = carriedValue(this, receiver, method, node.arguments);
      if (carried) return carried;
      if (receiver.kind === 'object' && TAKING_METHODS.has(method)) return this.member(receiver, undefined);
      if (receiver.kind === 'array' && TAKING_METHODS.has(method)) return bestDangerous(receiver.items);
      const fn = this.member(receiver, method);
      if (fn.kind === 'global-member') return globalCall(this, `${fn.root}.${fn.key}`, node.arguments);
      if (fn.kind === 'function' && fn.node) return this.returnValue(fn.node, receiver);
      return mappedValue(this, method, node.arguments[0]);
    }
    const fn = this.resolve(callee);
    if (fn.kind === 'global') return globalCall(this, fn.name, node.arguments);
    if (fn.kind === 'global-member') return globalCall(this, `${fn.root}.${fn.key}`, node.arguments);
    // A plain call's `this` is undefined in strict code, the global object in sloppy code: assume the worst.
    if (fn.kind === 'function' && fn.node) return this.returnValue(fn.node, { kind: 'global-object' });
    return UNKNOWN;
  }

  /** `new Proxy(target, handler)` behaves like its target, or what its `get` trap returns. */
  #construct(node: Node<'NewExpression'>): Value {
    const ctor = this.resolve(node.callee);
    const [target, handler] = node.arguments;
    if (ctor.kind === 'global' && COLLECTIONS.has(ctor.name)) {
      // `new Set([g])`, `new Map([[k, g]])`: what was stored may come out of `get`, `values` or iteration.
      // Their prototype is the collection's own builtin prototype (`Object.getPrototypeOf(new Map())`).
      const proto = builtinPrototype(ctor.name);
      return target ? { kind: 'object', base: this.resolve(target), proto } : { kind: 'object', proto };
    }
    if (ctor.kind !== 'global' || ctor.name !== 'Proxy' || !target) return UNKNOWN;
    const values = [this.resolve(target)];
    if (handler) {
      // The trap answers every key: `p.anything` is what it returns.
      const trap = this.member(this.resolve(handler), 'get');
      if (trap.kind === 'function' && trap.node) {
        const answer = this.returnValue(trap.node, UNKNOWN);
        if (isDangerous(answer)) return { kind: 'object', every: answer };
      }
    }
    return bestDangerous(values);
  }

  /** What calling the function literal `fn` with `this` = `self` may return (see {@link FunctionReturns}). */
  returnValue(fn: AnyNode, self: Value): Value {
    return this.#returns.returnValue(fn, self);
  }

  #taggedTemplate(node: Node<'TaggedTemplateExpression'>): Value {
    const tag = this.resolve(node.tag);
    if (tag.kind !== 'global-member' || tag.root !== 'String' || tag.key !== 'raw') return UNKNOWN;
    if (node.quasi.expressions.length > 0) return UNKNOWN;
    return stringValue(node.quasi.quasis.map((q) => q.value.raw).join(''), this.#limit);
  }
}
