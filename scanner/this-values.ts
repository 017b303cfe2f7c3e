/**
 * What `this` may be inside a function of the snippet: the object literal a method belongs to
 * (`{ f() { return this.g } }`), the first argument of every `fn.call(x)`, `fn.apply(x)` and `fn.bind(x)`
 * the index can attribute to the function, and, in sloppy code (decoded strings, which the engine would
 * compile as a sloppy function body), the global object for a plain call. Call sites are indexed once per
 * scan; each function's answer is memoized.
 * Known false negatives: methods attached after creation (`o.f = function () { return this }`), class
 * instances, and calls the index cannot attribute.
 */
import type { AnyNode } from 'acorn';
import type { ProgramIndex } from './program-index.js';
import type { ResolverCore } from './resolver-core.js';
import { joinValues, UNKNOWN, type Value } from './value.js';

const RECEIVER_SETTERS = new Set(['call', 'apply', 'bind']);
const STRIDE = 256;

/** The `this` values of one program's functions (one instance per resolver). */
export class ThisValues {
  readonly #index: ProgramIndex;
  readonly #r: ResolverCore;
  readonly #checkBudget: () => void;
  readonly #memo = new Map<AnyNode, Value>();
  #receivers: Map<AnyNode, AnyNode[]> | undefined;

  constructor(index: ProgramIndex, resolver: ResolverCore, checkBudget: () => void) {
    this.#index = index;
    this.#r = resolver;
    this.#checkBudget = checkBudget;
  }

  /** The value of a `this` expression that is not the top level's. */
  of(node: AnyNode): Value {
    const owner = this.#index.scopeOf(node)?.thisOwner;
    if (!owner || owner.type === 'ClassBody') return UNKNOWN;
    const known = this.#memo.get(owner);
    if (known) return known;
    this.#memo.set(owner, UNKNOWN);
    const values: Value[] = [];
    const parent = this.#index.parentOf(owner);
    if (parent?.type === 'Property' && parent.value === owner) {
      const literal = this.#index.parentOf(parent);
      if (literal?.type === 'ObjectExpression') values.push({ kind: 'object', node: literal });
    }
    for (const arg of this.#receiversOf(owner)) values.push(this.#r.resolve(arg));
    // A decoded string runs as a sloppy function body: a plain call's `this` is the global object.
    if (this.#index.wrapper === undefined && values.length === 0) values.push({ kind: 'global-object' });
    const value = values.length > 0 ? joinValues(values) : UNKNOWN;
    this.#memo.set(owner, value);
    return value;
  }

  /** The receivers given to `fn` by `fn.call(x)`, `fn.apply(x)` and `fn.bind(x)` anywhere in the program. */
  #receiversOf(fn: AnyNode): readonly AnyNode[] {
    if (!this.#receivers) {
      const receivers = new Map<AnyNode, AnyNode[]>();
      this.#receivers = receivers;
      let n = 0;
      for (const call of this.#index.nodesOfType('CallExpression')) {
        if (++n % STRIDE === 0) this.#checkBudget();
        const callee = call.callee;
        const self = call.arguments[0];
        if (callee.type !== 'MemberExpression' || !self || self.type === 'SpreadElement') continue;
        if (callee.computed || callee.property.type !== 'Identifier') continue;
        if (!RECEIVER_SETTERS.has(callee.property.name)) continue;
        const target = this.#r.resolve(callee.object);
        if (target.kind !== 'function' || !target.node) continue;
        const list = receivers.get(target.node);
        if (list) list.push(self);
        else receivers.set(target.node, [self]);
      }
    }
    return this.#receivers.get(fn) ?? [];
  }
}
