/**
 * Containers the resolver can look into: object literals (getters included) and the writes recorded on a
 * binding (`o.k = v`, `o[k] = v`, `a.push(v)`, `m.set(k, v)`), indexed once by key. A read of a known key
 * joins the entries under that key with the dangerous entries under unknown keys; a read of an unknown key
 * takes the most dangerous entry. Every index and result is memoized per container (and key), so N reads
 * of a key written N times cost O(N).
 */
import type { AnyNode } from 'acorn';
import { bestDangerous, propertyKey, prototypeOf, UNKNOWN_CONSTRUCTOR } from './builtin-values.js';
import type { ResolverCore } from './resolver-core.js';
import type { Binding } from './scope.js';
import { asKey, isDangerous, joinValues, UNKNOWN, type Value } from './value.js';

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
  /** Memoized {@link ContainerValues.#keyed} results by key. */
  readonly results: Map<string, Value>;
  dangerous?: Value;
  dynamicDangerous?: Value;
}

/** Marks "the container has no entry under this key" (dropped before joining). */
const MISSING: Value = Object.freeze({ kind: 'unknown' });

/** The container reads of one scan (one instance per resolver). */
export class ContainerValues {
  readonly #r: ResolverCore;
  readonly #containers = new Map<object, ContainerIndex>();

  constructor(resolver: ResolverCore) {
    this.#r = resolver;
  }

  /** `container[key]`, or the most dangerous value it may hold when the key is unknown. */
  member(object: Extract<Value, { kind: 'object' }>, key: string | undefined): Value {
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
    if (object.base) found.push(this.#r.member(object.base, key));
    if (object.every) found.push(object.every);
    if (object.proto && !found.some(isDangerous)) found.push(this.#r.member(object.proto, key));
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
    if (entry.getter) return this.#r.returnValue(entry.getter, UNKNOWN);
    return this.#r.resolve(entry.value);
  }

  /** The most dangerous value a container holds under any key (memoized per container). */
  #dangerousIn(index: ContainerIndex): Value {
    if (index.dangerous) return index.dangerous;
    index.dangerous = UNKNOWN;
    const all: Value[] = [];
    for (const entries of index.byKey.values())
      for (const entry of entries) all.push(this.#entryValue(entry));
    for (const entry of index.dynamic) all.push(this.#entryValue(entry));
    for (const spread of index.spreads) all.push(this.#r.member(this.#r.resolve(spread), undefined));
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
        const key = typeof step === 'string' ? step : asKey(this.#r.resolve(step));
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
            : asKey(this.#r.resolve(write.key));
      add(key, write.getter ? { value: write.value, getter: write.value } : { value: write.value });
    }
    return index;
  }
}
