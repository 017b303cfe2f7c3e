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
 * Known false negatives: `.map(fn)` results, regex replacement, `this` inside methods, values passed through
 * functions the index cannot attribute a call to.
 */
import type { AnyNode } from 'acorn';
import type { ProgramIndex } from './program-index.js';
import type { Binding, BindingSource, PathStep } from './scope.js';
import { foldBinary, foldDecoder, foldMethodCall } from './string-folding.js';
import {
  asKey,
  flavorOf,
  GLOBAL_OBJECT_NAMES,
  isCallableGlobal,
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
/** Methods that take an element or stored value out of a container. */
/** The name under which the resolver knows the lodash module (not a valid identifier, so never a global). */
export const LODASH = '(lodash)';
const COLLECTIONS = new Set(['Set', 'Map', 'WeakMap', 'WeakSet', 'WeakRef']);
const TAKING_METHODS = new Set(['get', 'at', 'pop', 'shift', 'find', 'findLast', 'values', 'next', 'deref']);

type Node<T extends AnyNode['type']> = Extract<AnyNode, { type: T }>;

/** Resolves expressions of one program; one instance per scan. */
export class ValueResolver {
  readonly #index: ProgramIndex;
  readonly #limit: number;
  readonly #memo = new Map<AnyNode, Value>();
  readonly #active = new Set<AnyNode>();
  readonly #bindingMemo = new Map<Binding, Value>();
  readonly #activeBindings = new Set<Binding>();
  readonly #containers = new Map<object, ContainerIndex>();
  #returns: Map<AnyNode, AnyNode[]> | undefined;
  readonly #returnMemo = new Map<AnyNode, { value: Value; returnsThis: boolean; others: boolean }>();
  readonly #checkBudget: () => void;
  #depth = 0;
  #computed = 0;
  /** Whether some resolution was cut short by the depth limit (the analysis lost track of a value). */
  limitHit = false;

  constructor(index: ProgramIndex, maxFoldedStringLength: number, checkBudget: () => void = () => {}) {
    this.#index = index;
    this.#limit = maxFoldedStringLength;
    this.#checkBudget = checkBudget;
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
    if (object.kind === 'object') return this.#containerMember(object, key);
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
        return this.#index.isGlobalThis(node) ? { kind: 'global-object' } : UNKNOWN;
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
      return GLOBAL_OBJECT_NAMES.has(node.name)
        ? { kind: 'global-object' }
        : { kind: 'global', name: node.name };
    }
    return this.bindingValue(binding);
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

  /** `container[key]`, or the most dangerous value it may hold when the key is unknown. */
  #containerMember(object: Extract<Value, { kind: 'object' }>, key: string | undefined): Value {
    const found: Value[] = [];
    const take = (index: ContainerIndex): void => {
      if (key === undefined) {
        found.push(this.#dangerousIn(index));
        return;
      }
      found.push(this.#keyed(index, key));
    };
    if (object.node) take(this.#containerIndex(object.node));
    if (object.binding) take(this.#containerIndex(object.binding));
    for (let i = found.length - 1; i >= 0; i--) if (found[i] === MISSING) found.splice(i, 1);
    if (object.base) found.push(this.member(object.base, key));
    if (object.proto && !found.some(isDangerous)) found.push(this.member(object.proto, key));
    if (key === '__proto__' && object.proto) found.push(object.proto);
    if (found.length === 0) {
      // A literal's own `constructor` and `__proto__` are Object's unless the literal says otherwise.
      if (object.node && !object.binding && key === 'constructor') return { kind: 'global', name: 'Object' };
      if (key === '__proto__') return prototypeOf(object);
      return key === 'constructor' ? UNKNOWN_CONSTRUCTOR : UNKNOWN;
    }
    return joinValues(found);
  }

  /**
   * What a container holds under `key`: its entries under that key, and dangerous entries under unknown
   * keys. Computed once per container and key (a cycle through the container reads as unknown), so N reads
   * of a key written N times cost O(N), not O(N^2).
   */
  #keyed(index: ContainerIndex, key: string): Value {
    const known = index.results.get(key);
    if (known) return known;
    index.results.set(key, UNKNOWN);
    const values: Value[] = [];
    for (const entry of index.byKey.get(key) ?? []) values.push(this.#entryValue(entry));
    const dynamic = this.#dangerousDynamic(index);
    if (isDangerous(dynamic)) values.push(dynamic);
    // No entry at all: the key is absent from what the snippet wrote, which says nothing about it.
    const value = values.length > 0 ? joinValues(values) : MISSING;
    index.results.set(key, value);
    return value;
  }

  /** The most dangerous value stored under an unknown key (memoized per container). */
  #dangerousDynamic(index: ContainerIndex): Value {
    if (index.dynamicDangerous) return index.dynamicDangerous;
    index.dynamicDangerous = UNKNOWN;
    const values = index.dynamic.map((entry) => this.#entryValue(entry));
    index.dynamicDangerous = bestDangerous(values);
    return index.dynamicDangerous;
  }

  #entryValue(entry: ContainerEntry): Value {
    if (entry.getter) return this.#returnValue(entry.getter, UNKNOWN);
    return this.resolve(entry.value);
  }

  /** The most dangerous value a container holds under any key (memoized per container). */
  #dangerousIn(index: ContainerIndex): Value {
    if (index.dangerous) return index.dangerous;
    index.dangerous = UNKNOWN;
    const all: Value[] = [];
    for (const entries of index.byKey.values())
      for (const entry of entries) all.push(this.#entryValue(entry));
    for (const entry of index.dynamic) all.push(this.#entryValue(entry));
    for (const spread of index.spreads) all.push(this.member(this.resolve(spread), undefined));
    index.dangerous = bestDangerous(all);
    return index.dangerous;
  }

  /** Indexes an object literal's properties, or a binding's recorded writes, by key (once). */
  #containerIndex(owner: AnyNode | Binding): ContainerIndex {
    const known = this.#containers.get(owner);
    if (known) return known;
    const index: ContainerIndex = { byKey: new Map(), dynamic: [], spreads: [], results: new Map() };
    this.#containers.set(owner, index);
    const add = (key: string | undefined, entry: ContainerEntry): void => {
      if (key === undefined) index.dynamic.push(entry);
      else {
        const list = index.byKey.get(key);
        if (list) list.push(entry);
        else index.byKey.set(key, [entry]);
      }
    };
    if ('type' in owner) {
      if (owner.type !== 'ObjectExpression') return index;
      for (const prop of owner.properties) {
        if (prop.type === 'SpreadElement') {
          index.spreads.push(prop.argument);
          index.dynamic.push({ value: prop.argument, spread: true });
          continue;
        }
        const step = propertyKey(prop.key, prop.computed);
        const key = typeof step === 'string' ? step : asKey(this.resolve(step));
        const getter = prop.kind === 'get' ? prop.value : undefined;
        add(key, getter ? { value: prop.value, getter } : { value: prop.value });
      }
      return index;
    }
    for (const write of owner.writes) {
      const key =
        write.key === null
          ? undefined
          : typeof write.key === 'string'
            ? write.key
            : asKey(this.resolve(write.key));
      add(key, { value: write.value });
    }
    return index;
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

  #args(nodes: readonly AnyNode[]): Value[] {
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
        return this.#returnValue(receiver.node, self ? this.resolve(self) : UNKNOWN);
      }
      if (receiver.kind === 'object' && TAKING_METHODS.has(method)) return this.member(receiver, undefined);
      if (receiver.kind === 'array' && TAKING_METHODS.has(method)) return bestDangerous(receiver.items);
      const folded = foldMethodCall(receiver, method, this.#args(node.arguments), this.#limit);
      if (folded.kind !== 'unknown') return folded;
      const fn = this.member(receiver, method);
      if (fn.kind === 'global-member') return this.#globalCall(`${fn.root}.${fn.key}`, node.arguments);
      if (fn.kind === 'function' && fn.node) return this.#returnValue(fn.node, receiver);
      return UNKNOWN;
    }
    const fn = this.resolve(callee);
    if (fn.kind === 'global') return this.#globalCall(fn.name, node.arguments);
    if (fn.kind === 'global-member') return this.#globalCall(`${fn.root}.${fn.key}`, node.arguments);
    // A plain call's `this` is undefined in strict code, the global object in sloppy code: assume the worst.
    if (fn.kind === 'function' && fn.node) return this.#returnValue(fn.node, { kind: 'global-object' });
    return UNKNOWN;
  }

  /** `new Proxy(target, handler)` behaves like its target, or what its `get` trap returns. */
  #construct(node: Node<'NewExpression'>): Value {
    const ctor = this.resolve(node.callee);
    const [target, handler] = node.arguments;
    if (ctor.kind === 'global' && COLLECTIONS.has(ctor.name)) {
      // `new Set([g])`, `new Map([[k, g]])`: what was stored may come out of `get`, `values` or iteration.
      return target ? { kind: 'object', base: this.resolve(target) } : UNKNOWN;
    }
    if (ctor.kind !== 'global' || ctor.name !== 'Proxy' || !target) return UNKNOWN;
    const values = [this.resolve(target)];
    if (handler) {
      const trap = this.member(this.resolve(handler), 'get');
      if (trap.kind === 'function' && trap.node) values.push(this.#returnValue(trap.node, UNKNOWN));
    }
    return bestDangerous(values);
  }

  /** Calls of known globals: decoders fold; reflection reads behave like the member access they perform. */
  #globalCall(name: string, argNodes: readonly AnyNode[]): Value {
    const [first, second] = argNodes;
    switch (name) {
      case 'Reflect.get':
        return first && second ? this.member(this.resolve(first), asKey(this.resolve(second))) : UNKNOWN;
      case 'Object.getOwnPropertyDescriptor':
      case 'Reflect.getOwnPropertyDescriptor':
        if (!first || !second) return UNKNOWN;
        return { kind: 'descriptor', value: this.member(this.resolve(first), asKey(this.resolve(second))) };
      case 'Object.getPrototypeOf':
      case 'Reflect.getPrototypeOf':
        return first ? prototypeOf(this.resolve(first)) : UNKNOWN;
      case 'require': {
        // An allowed module is a value of its own: `require('lodash')` -> `(lodash)`, its methods members.
        const name = first ? asKey(this.resolve(first)) : undefined;
        return name === 'lodash' || name?.startsWith('lodash/') ? { kind: 'global', name: LODASH } : UNKNOWN;
      }
      case 'Promise.resolve':
      case 'Promise.reject':
        return first ? this.resolve(first) : UNKNOWN;
      case 'Object.create':
        return first ? { kind: 'object', proto: this.resolve(first) } : UNKNOWN;
      case 'Object.assign': {
        // Reads see the sources' keys (the last source first), then the target's.
        const values = argNodes.map((arg) => this.resolve(arg));
        const dangerous = bestDangerous(values);
        if (isDangerous(dangerous)) return dangerous;
        const last = values.at(-1);
        return first && last ? { kind: 'object', base: last, proto: this.resolve(first) } : UNKNOWN;
      }
      case 'Array.from':
      case 'Array.of':
      case 'Object.values':
        return first ? { kind: 'object', base: this.resolve(first) } : UNKNOWN;
      case 'Reflect.apply': {
        const fn = first ? this.resolve(first) : UNKNOWN;
        return fn.kind === 'function' && fn.node ? this.#returnValue(fn.node, UNKNOWN) : UNKNOWN;
      }
      case 'Object.keys':
      case 'Reflect.ownKeys':
      case 'Object.getOwnPropertyNames':
        return first?.type === 'ObjectExpression' ? this.#literalKeys(first) : UNKNOWN;
      default:
        return foldDecoder(name, this.#args(argNodes), this.#limit);
    }
  }

  /** The keys of an object literal, when all are constant: `Object.keys({ constructor: 1 })`. */
  #literalKeys(node: Node<'ObjectExpression'>): Value {
    const items: Value[] = [];
    for (const prop of node.properties) {
      if (prop.type !== 'Property') return UNKNOWN;
      const key =
        !prop.computed && prop.key.type === 'Identifier' ? prop.key.name : asKey(this.resolve(prop.key));
      if (key === undefined) return UNKNOWN;
      items.push(stringValue(key, this.#limit));
    }
    return { kind: 'array', items };
  }

  /**
   * What a function literal may return: the join of its `return`s (promises are transparent, so an async
   * function returns what it resolves to). `return this` in a non-arrow function returns `self`.
   */
  #returnValue(fn: AnyNode, self: Value): Value {
    const f = fn as Node<'FunctionExpression'> | Node<'ArrowFunctionExpression'>;
    if (f.generator) return UNKNOWN;
    if (f.body.type !== 'BlockStatement') return this.resolve(f.body);
    // Memoized per function (a `return this` is joined with the receiver afterwards); a recursive call
    // reads as unknown, so N returns that call the function again cost O(N).
    // Small functions are joined afresh at each call (each `return` is memoized per node, so this is cheap):
    // a memo taken while the function's own parameter is being resolved would freeze a partial value.
    const returns = this.#returnsOf(fn);
    if (returns.length <= SMALL_FUNCTION_RETURNS) return this.#joinReturns(fn, returns, self);
    let own = this.#returnMemo.get(fn);
    if (!own) {
      this.#returnMemo.set(fn, { value: UNKNOWN, returnsThis: false, others: true });
      const values: Value[] = [];
      let returnsThis = false;
      for (const ret of this.#returnsOf(fn)) {
        if (ret.type !== 'ReturnStatement' || !ret.argument) values.push(UNKNOWN);
        else if (ret.argument.type === 'ThisExpression' && fn.type !== 'ArrowFunctionExpression')
          returnsThis = true;
        else values.push(this.resolve(ret.argument));
      }
      own = {
        value: values.length > 0 ? joinValues(values) : UNKNOWN,
        returnsThis,
        others: values.length > 0,
      };
      this.#returnMemo.set(fn, own);
    }
    if (!own.returnsThis) return own.value;
    return own.others ? joinValues([own.value, self]) : self;
  }

  #joinReturns(fn: AnyNode, returns: readonly AnyNode[], self: Value): Value {
    const values: Value[] = [];
    for (const ret of returns) {
      if (ret.type !== 'ReturnStatement' || !ret.argument) values.push(UNKNOWN);
      else if (ret.argument.type === 'ThisExpression' && fn.type !== 'ArrowFunctionExpression')
        values.push(self);
      else values.push(this.resolve(ret.argument));
    }
    return values.length > 0 ? joinValues(values) : UNKNOWN;
  }

  /** The `return` statements of `fn` itself (not of nested functions), indexed for every function at once. */
  #returnsOf(fn: AnyNode): readonly AnyNode[] {
    if (!this.#returns) {
      const returns = new Map<AnyNode, AnyNode[]>();
      let n = 0;
      for (const ret of this.#index.nodesOfType('ReturnStatement')) {
        let owner = this.#index.parentOf(ret);
        while (owner && !FUNCTION_TYPES.has(owner.type)) {
          if (++n % (BUDGET_STRIDE * 16) === 0) this.#checkBudget();
          owner = this.#index.parentOf(owner);
        }
        if (owner) {
          const list = returns.get(owner);
          if (list) list.push(ret);
          else returns.set(owner, [ret]);
        }
      }
      this.#returns = returns;
    }
    return this.#returns.get(fn) ?? [];
  }

  #taggedTemplate(node: Node<'TaggedTemplateExpression'>): Value {
    const tag = this.resolve(node.tag);
    if (tag.kind !== 'global-member' || tag.root !== 'String' || tag.key !== 'raw') return UNKNOWN;
    if (node.quasi.expressions.length > 0) return UNKNOWN;
    return stringValue(node.quasi.quasis.map((q) => q.value.raw).join(''), this.#limit);
  }
}

/** Functions with at most this many `return`s are not memoized as a whole (see `#returnValue`). */
const SMALL_FUNCTION_RETURNS = 8;
const FUNCTION_TYPES = new Set(['FunctionExpression', 'ArrowFunctionExpression', 'FunctionDeclaration']);

/** One value a container may hold under a key. */
interface ContainerEntry {
  readonly value: AnyNode;
  /** The getter function, for `get k() { ... }`. */
  readonly getter?: AnyNode;
  readonly spread?: boolean;
}

/** A container's entries by key; `dynamic` holds entries under keys that cannot be folded. */
interface ContainerIndex {
  readonly byKey: Map<string, ContainerEntry[]>;
  readonly dynamic: ContainerEntry[];
  readonly spreads: AnyNode[];
  /** Memoized {@link ValueResolver.#keyed} results by key. */
  readonly results: Map<string, Value>;
  dangerous?: Value;
  dynamicDangerous?: Value;
}

/** Marks "the container has no entry under this key" (dropped before joining). */
const MISSING: Value = Object.freeze({ kind: 'unknown' });

/** The most dangerous of `values`, or unknown when none is. */
function bestDangerous(values: readonly Value[]): Value {
  let best = UNKNOWN;
  for (const value of values) if (valueRank(value) > valueRank(best)) best = value;
  return isDangerous(best) ? best : UNKNOWN;
}

/** A property key: its name or literal value, or the computed key node. */
function propertyKey(key: AnyNode, computed: boolean): string | AnyNode {
  if (!computed && key.type === 'Identifier') return key.name;
  if (key.type === 'Literal' && (typeof key.value === 'string' || typeof key.value === 'number')) {
    return String(key.value);
  }
  return key;
}

/** Whether `name` is a global of the host realm (ECMAScript builtins, and host objects such as `process`). */
function isBuiltinGlobal(name: string): boolean {
  return Object.hasOwn(globalThis, name) || GLOBAL_OBJECT_NAMES.has(name);
}

const LOST_CALLABLE: Value = Object.freeze({ kind: 'lost', callable: true });
const LOST_OBJECT: Value = Object.freeze({ kind: 'lost', callable: false });
const UNKNOWN_CONSTRUCTOR: Value = Object.freeze({
  kind: 'function',
  flavor: 'function',
  fromConstructor: true,
});

/** `object[k]` with `k` unknown: lost where `object` is a function, builtin, prototype or the global object. */
function lostFrom(object: Value): Value {
  switch (object.kind) {
    case 'function':
    case 'code-constructor':
    case 'function-prototype':
    case 'global-object':
      return LOST_CALLABLE;
    case 'global':
      // A free name that is no builtin is the snippet's own (a ReferenceError at runtime), not a builtin.
      if (!isBuiltinGlobal(object.name)) return UNKNOWN;
      return isCallableGlobal(object.name) ? LOST_CALLABLE : LOST_OBJECT;
    case 'global-member':
      if (!isBuiltinGlobal(object.root)) return UNKNOWN;
      // `Array.prototype[k]` is a method or the constructor; `Math.max[k]` may be Function.
      return object.key === 'prototype' ? LOST_OBJECT : LOST_CALLABLE;
    default:
      return UNKNOWN;
  }
}

/** `x.constructor`: every constructor is a function, and a function's constructor generates code. */
function constructorOf(value: Value): Value {
  switch (value.kind) {
    case 'function':
    case 'function-prototype':
      return { kind: 'code-constructor', flavor: value.flavor };
    case 'code-constructor':
    case 'global-member':
      return { kind: 'code-constructor', flavor: 'function' };
    case 'global':
      return isCallableGlobal(value.name)
        ? { kind: 'code-constructor', flavor: 'function' }
        : { kind: 'function', flavor: 'function' };
    case 'lost':
      return LOST_CALLABLE;
    default:
      return UNKNOWN_CONSTRUCTOR;
  }
}

/** Whether `key` names a method of the host's Array.prototype or String.prototype (read, never called). */
function isBuiltinMethod(kind: 'string' | 'array', key: string): boolean {
  const proto: object = kind === 'array' ? Array.prototype : String.prototype;
  return (
    Object.hasOwn(proto, key) && typeof Object.getOwnPropertyDescriptor(proto, key)?.value === 'function'
  );
}

/** `Object.getPrototypeOf(x)` / `x.__proto__` for function values: their flavor's prototype. */
function prototypeOf(value: Value): Value {
  switch (value.kind) {
    case 'function':
      return { kind: 'function-prototype', flavor: value.flavor };
    case 'code-constructor':
    case 'global-member':
      // `Object.getPrototypeOf(Math.max)`: members of builtins are (almost always) functions.
      return { kind: 'function-prototype', flavor: 'function' };
    case 'global':
      return isCallableGlobal(value.name) ? { kind: 'function-prototype', flavor: 'function' } : UNKNOWN;
    case 'object':
      if (value.proto) return value.proto;
      return value.node ? builtinPrototype('Object') : UNKNOWN;
    case 'array':
      return builtinPrototype('Array');
    case 'string':
      return builtinPrototype('String');
    case 'number':
      return builtinPrototype('Number');
    default:
      return UNKNOWN;
  }
}

function builtinPrototype(root: string): Value {
  return { kind: 'global-member', root, key: 'prototype' };
}
