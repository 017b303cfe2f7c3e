/**
 * Resolves expressions to abstract {@link Value}s: folded constants, globals reached by any spelling, the
 * global object behind its aliases, and the constructor chains that lead to code generation. This is what
 * lets the rules see `globalThis['ev' + 'al']`, `const F = (async () => {}).constructor` or
 * `Reflect.get(o, atob('Y29uc3RydWN0b3I='))` as what they are.
 *
 * Bounds: results are memoized per node; recursion is limited to {@link MAX_DEPTH} nested resolutions and
 * cycles (`let a = b, b = a`) resolve to unknown, so resolution is linear-ish and never overflows.
 * Known false negatives: no inter-procedural flow beyond calling a literal or a declared function whose body
 * is one `return`; `.map(fn)` over arrays, regex replacement and getters are not folded.
 */
import type { AnyNode } from 'acorn';
import type { ProgramIndex } from './program-index.js';
import type { BindingSource, PathStep } from './scope.js';
import { foldBinary, foldDecoder, foldMethodCall } from './string-folding.js';
import {
  asKey,
  flavorOf,
  GLOBAL_OBJECT_NAMES,
  isCallableGlobal,
  stringValue,
  UNKNOWN,
  type Value,
  valueRank,
} from './value.js';

const MAX_DEPTH = 96;
const NOT_A_VALUE = new Set(['undefined', 'NaN', 'Infinity']);
/** When a variable holds several strings over time, these win: the rules judge the worst case. */
const SENSITIVE_KEYS = new Set([
  'constructor',
  '__proto__',
  'prototype',
  'eval',
  'Function',
  'process',
  'require',
]);

type Node<T extends AnyNode['type']> = Extract<AnyNode, { type: T }>;

/** Resolves expressions of one program; one instance per scan. */
export class ValueResolver {
  readonly #index: ProgramIndex;
  readonly #limit: number;
  readonly #memo = new Map<AnyNode, Value>();
  readonly #active = new Set<AnyNode>();
  #depth = 0;

  constructor(index: ProgramIndex, maxFoldedStringLength: number) {
    this.#index = index;
    this.#limit = maxFoldedStringLength;
  }

  /** The value of an expression node. */
  resolve(node: AnyNode): Value {
    const known = this.#memo.get(node);
    if (known) return known;
    if (this.#active.has(node) || this.#depth >= MAX_DEPTH) return UNKNOWN;
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
    if (key === undefined) return UNKNOWN;
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
        return this.member(this.resolve(node.object), this.memberKey(node));
      case 'ChainExpression':
        return this.resolve(node.expression);
      case 'SequenceExpression':
        return node.expressions.length > 0 ? this.resolve(node.expressions.at(-1) as AnyNode) : UNKNOWN;
      case 'AssignmentExpression':
        return node.operator === '=' ? this.resolve(node.right) : UNKNOWN;
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
      if (NOT_A_VALUE.has(node.name)) return UNKNOWN;
      return GLOBAL_OBJECT_NAMES.has(node.name)
        ? { kind: 'global-object' }
        : { kind: 'global', name: node.name };
    }
    let best = UNKNOWN;
    for (const source of binding.sources) {
      const value = this.#fromSource(source);
      if (
        valueRank(value) > valueRank(best) ||
        (value.kind === 'string' && SENSITIVE_KEYS.has(value.value))
      ) {
        best = value;
      }
    }
    return best;
  }

  #fromSource(source: BindingSource): Value {
    if (source.kind === 'declaration') return this.resolve(source.node);
    let value = this.resolve(source.node);
    for (const step of source.path) value = this.#step(value, step);
    return value;
  }

  #step(value: Value, step: PathStep): Value {
    if (step === null) return UNKNOWN;
    if (typeof step === 'string') {
      if (value.kind === 'array') return value.items[Number(step)] ?? UNKNOWN;
      return this.member(value, step);
    }
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
      const folded = foldMethodCall(receiver, method, this.#args(node.arguments), this.#limit);
      if (folded.kind !== 'unknown') return folded;
      const fn = this.member(receiver, method);
      if (fn.kind === 'global-member') return this.#globalCall(`${fn.root}.${fn.key}`, node.arguments);
      return UNKNOWN;
    }
    const fn = this.resolve(callee);
    if (fn.kind === 'global') return this.#globalCall(fn.name, node.arguments);
    if (fn.kind === 'global-member') return this.#globalCall(`${fn.root}.${fn.key}`, node.arguments);
    if (fn.kind === 'function' && fn.node) return this.#returnValue(fn.node);
    return UNKNOWN;
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

  /** The value a function literal returns when its body is an expression or a single `return`. */
  #returnValue(fn: AnyNode): Value {
    const f = fn as Node<'FunctionExpression'> | Node<'ArrowFunctionExpression'>;
    if (f.async || f.generator) return UNKNOWN;
    if (f.body.type !== 'BlockStatement') return this.resolve(f.body);
    const only = f.body.body.length === 1 ? f.body.body[0] : undefined;
    if (only?.type !== 'ReturnStatement' || !only.argument) return UNKNOWN;
    // `(function(){ return this })()`: undefined in strict code, the global object in sloppy code; assume the worst.
    if (only.argument.type === 'ThisExpression' && fn.type !== 'ArrowFunctionExpression')
      return { kind: 'global-object' };
    return this.resolve(only.argument);
  }

  #taggedTemplate(node: Node<'TaggedTemplateExpression'>): Value {
    const tag = this.resolve(node.tag);
    if (tag.kind !== 'global-member' || tag.root !== 'String' || tag.key !== 'raw') return UNKNOWN;
    if (node.quasi.expressions.length > 0) return UNKNOWN;
    return stringValue(node.quasi.quasis.map((q) => q.value.raw).join(''), this.#limit);
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
    default:
      return { kind: 'function', flavor: 'function' };
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
    default:
      return UNKNOWN;
  }
}
