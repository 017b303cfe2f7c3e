/**
 * What a function literal may return when called: the join of its `return`s, with `return this` answered
 * by the receiver of each call. The `return` statements of every function are indexed in one pass.
 */
import type { AnyNode } from 'acorn';
import type { ProgramIndex } from './program-index.js';
import { joinValues, UNKNOWN, type Value } from './value.js';

type Node<T extends AnyNode['type']> = Extract<AnyNode, { type: T }>;

/** Functions with at most this many `return`s are not memoized as a whole (see `returnValue`). */
const SMALL_FUNCTION_RETURNS = 8;
const FUNCTION_TYPES = new Set(['FunctionExpression', 'ArrowFunctionExpression', 'FunctionDeclaration']);
const BUDGET_STRIDE = 256;

/** Function returns of one program (one instance per resolver). */
export class FunctionReturns {
  readonly #index: ProgramIndex;
  readonly #resolve: (node: AnyNode) => Value;
  readonly #checkBudget: () => void;
  #returns: Map<AnyNode, AnyNode[]> | undefined;
  readonly #returnMemo = new Map<AnyNode, { value: Value; returnsThis: boolean; others: boolean }>();

  constructor(index: ProgramIndex, resolve: (node: AnyNode) => Value, checkBudget: () => void) {
    this.#index = index;
    this.#resolve = resolve;
    this.#checkBudget = checkBudget;
  }

  /**
   * What a function literal may return: the join of its `return`s (promises are transparent, so an async
   * function returns what it resolves to). `return this` in a non-arrow function returns `self`.
   */
  returnValue(fn: AnyNode, self: Value): Value {
    const f = fn as Node<'FunctionExpression'> | Node<'ArrowFunctionExpression'>;
    if (f.generator) return UNKNOWN;
    if (f.body.type !== 'BlockStatement') return this.#resolve(f.body);
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
        else values.push(this.#resolve(ret.argument));
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
      else values.push(this.#resolve(ret.argument));
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
}
