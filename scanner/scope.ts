/**
 * Lexical scopes and bindings, just enough to tell a snippet's own names from globals and to follow
 * aliases (`const e = eval`, `const {constructor: c} = f`). `var` hoists to the nearest function; `let`,
 * `const`, classes and (strict mode) function declarations live in their block.
 *
 * Known limits: a binding's value is every expression ever assigned to it (flow-insensitive), so
 * `let k = 'a'; k = 'constructor'` counts as both; `with` is not modelled (it is a syntax error in strict
 * mode, which the wrapper imposes); `arguments` has no known value, and parameters only the arguments of
 * the calls the index can attribute to their function.
 */
import type { AnyNode } from 'acorn';

/** One step of a destructuring path: a property name, a computed key node, or `null` for `...rest`. */
export type PathStep = string | AnyNode | null;

/**
 * Where a binding's value may come from: an expression (plus a destructuring path), a declaration, any
 * element of a container (`for (const x of xs)`, array callbacks), or an operation whose result is not
 * tracked (`k += s`, `i++`, `for (k in o)`), which makes a constant binding unknown.
 */
export type BindingSource =
  | { readonly kind: 'expression'; readonly node: AnyNode; readonly path: readonly PathStep[] }
  | { readonly kind: 'declaration'; readonly node: AnyNode }
  | { readonly kind: 'element'; readonly node: AnyNode }
  | { readonly kind: 'opaque' };

/** A write into a binding's value: `b.k = v`, `b[k] = v` (key node), `b.push(v)`/`b.set(k, v)` (any key). */
export interface MemberWrite {
  /** The key: a name, a computed key node, or `null` when any key may be written. */
  readonly key: string | AnyNode | null;
  readonly value: AnyNode;
  /** `value` is a getter (`b.__defineGetter__(k, fn)`, `Object.defineProperty(b, k, { get: fn })`). */
  readonly getter?: boolean;
}

/** A declared name. */
export interface Binding {
  readonly name: string;
  readonly sources: BindingSource[];
  /** Writes into the bound value through this name (filled after the walk). */
  readonly writes: MemberWrite[];
}

/** A lexical scope. `thisOwner` is the node whose `this` applies here, or `null` where `this` is global-ish. */
export class Scope {
  readonly parent: Scope | undefined;
  readonly isFunction: boolean;
  readonly thisOwner: AnyNode | null;
  readonly #bindings = new Map<string, Binding>();

  constructor(parent: Scope | undefined, isFunction: boolean, thisOwner: AnyNode | null) {
    this.parent = parent;
    this.isFunction = isFunction;
    this.thisOwner = thisOwner;
  }

  /** Declares `name` here (idempotent) and returns its binding, so sources can be added. */
  declare(name: string): Binding {
    let binding = this.#bindings.get(name);
    if (!binding) {
      binding = { name, sources: [], writes: [] };
      this.#bindings.set(name, binding);
    }
    return binding;
  }

  /** The nearest function (or program) scope: where `var` lands. */
  functionScope(): Scope {
    let scope: Scope = this;
    while (!scope.isFunction && scope.parent) scope = scope.parent;
    return scope;
  }

  /** Resolves `name` through the scope chain; `undefined` means a global (free) reference. */
  lookup(name: string): Binding | undefined {
    for (let scope: Scope | undefined = this; scope; scope = scope.parent) {
      const binding = scope.#bindings.get(name);
      if (binding) return binding;
    }
    return undefined;
  }
}

/** A name introduced by a pattern, with its identifier node and the destructuring path to its value. */
export interface PatternName {
  readonly id: AnyNode & { type: 'Identifier' };
  readonly path: readonly PathStep[];
  /** A default value (`{ a = expr }`), another possible source of the value. */
  readonly fallback?: AnyNode;
}

/** Lists the names a binding pattern introduces, iteratively (patterns can be deeply nested). */
export function patternNames(pattern: AnyNode): PatternName[] {
  const names: PatternName[] = [];
  const stack: Array<{ node: AnyNode; path: PathStep[]; fallback?: AnyNode }> = [{ node: pattern, path: [] }];
  while (stack.length > 0) {
    const { node, path, fallback } = stack.pop() as { node: AnyNode; path: PathStep[]; fallback?: AnyNode };
    switch (node.type) {
      case 'Identifier':
        names.push(fallback ? { id: node, path, fallback } : { id: node, path });
        break;
      case 'ObjectPattern':
        for (const prop of node.properties) {
          if (prop.type === 'RestElement') stack.push({ node: prop.argument, path: [...path, null] });
          else stack.push({ node: prop.value, path: [...path, propertyStep(prop.key, prop.computed)] });
        }
        break;
      case 'ArrayPattern':
        node.elements.forEach((element, index) => {
          if (element) stack.push({ node: element, path: [...path, String(index)] });
        });
        break;
      case 'RestElement':
        stack.push({ node: node.argument, path: [...path, null] });
        break;
      case 'AssignmentPattern':
        stack.push({ node: node.left, path, fallback: node.right });
        break;
      default:
        // Member expressions in assignment patterns bind nothing.
        break;
    }
  }
  return names;
}

/** The destructuring step for a property key: its name, its literal value, or the computed key node. */
export function propertyStep(key: AnyNode, computed: boolean): PathStep {
  if (!computed && key.type === 'Identifier') return key.name;
  if (key.type === 'Literal' && (typeof key.value === 'string' || typeof key.value === 'number')) {
    return String(key.value);
  }
  return key;
}
