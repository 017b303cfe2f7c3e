/**
 * What lodash does with the string names and paths it is given, in one table: the `lodash-gadget` rule
 * reads a call of `_.m(...)` (or of a wrapper's `.m(...)`, or of `_.partial(_.m, ...)`) through it, so that a
 * method is judged by what it does, not by its name.
 *
 * - `call`: calls `target[name]` (`invoke`, `invokeMap` on each element, `bindKey`, `method` on the
 *   argument of the function it returns, `methodOf` with the name it is later given);
 * - `read`: reads `target` along a path (`get`, `result`, `at`, `property`, `propertyOf`, `has`, ...);
 * - `write`: writes `target` along a path (`set`, `setWith`, `update`, `updateWith`, `unset`);
 * - `iteratee`: a collection method whose string iteratee is `_.property(path)` applied to each element
 *   (`_.map(xs, 'a.b')`);
 * - `merge`: copies the sources' keys (deeply for `merge`/`defaultsDeep`) into the target;
 * - `partial`: binds its first argument (a function) to the arguments that follow (`_.partial(_.invoke, g)`).
 *
 * `target`/`name` are argument indexes; `later` is a value supplied when the returned function is called
 * (its first argument), `elements` the elements of the collection in argument 0.
 */

/** Where a lodash call finds the object it walks. */
export type LodashTarget = number | 'later' | 'elements';

/** What one lodash method does with a string name or path. */
export type LodashUse =
  | {
      readonly kind: 'call' | 'read' | 'write';
      readonly target: LodashTarget;
      readonly path: number | 'later';
    }
  | { readonly kind: 'iteratee'; readonly path: number }
  | { readonly kind: 'merge' }
  | { readonly kind: 'partial'; readonly bound: number };

const CALL = (target: LodashTarget, path: number | 'later'): LodashUse => ({ kind: 'call', target, path });
const READ = (target: LodashTarget, path: number | 'later'): LodashUse => ({ kind: 'read', target, path });
const WRITE: LodashUse = { kind: 'write', target: 0, path: 1 };
const ITERATEE: LodashUse = { kind: 'iteratee', path: 1 };
const MERGE: LodashUse = { kind: 'merge' };

/** The lodash API by what each method does with names and paths. */
export const LODASH_API: ReadonlyMap<string, LodashUse> = new Map<string, LodashUse>([
  ['invoke', CALL(0, 1)],
  ['invokeMap', CALL('elements', 1)],
  ['bindKey', CALL(0, 1)],
  ['method', CALL('later', 0)],
  ['methodOf', CALL(0, 'later')],
  ['result', CALL(0, 1)],
  ['get', READ(0, 1)],
  ['at', READ(0, 1)],
  ['has', READ(0, 1)],
  ['hasIn', READ(0, 1)],
  ['property', READ('later', 0)],
  ['propertyOf', READ(0, 'later')],
  ['set', WRITE],
  ['setWith', WRITE],
  ['update', WRITE],
  ['updateWith', WRITE],
  ['unset', WRITE],
  ['map', ITERATEE],
  ['flatMap', ITERATEE],
  ['flatMapDeep', ITERATEE],
  ['filter', ITERATEE],
  ['reject', ITERATEE],
  ['find', ITERATEE],
  ['findLast', ITERATEE],
  ['some', ITERATEE],
  ['every', ITERATEE],
  ['sortBy', ITERATEE],
  ['groupBy', ITERATEE],
  ['keyBy', ITERATEE],
  ['countBy', ITERATEE],
  ['partition', ITERATEE],
  ['uniqBy', ITERATEE],
  ['minBy', ITERATEE],
  ['maxBy', ITERATEE],
  ['sumBy', ITERATEE],
  ['meanBy', ITERATEE],
  ['mapValues', ITERATEE],
  ['merge', MERGE],
  ['mergeWith', MERGE],
  ['defaultsDeep', MERGE],
  ['defaults', MERGE],
  ['assign', MERGE],
  ['assignIn', MERGE],
  ['assignWith', MERGE],
  ['assignInWith', MERGE],
  ['extend', MERGE],
  ['zipObjectDeep', MERGE],
  ['partial', { kind: 'partial', bound: 1 }],
  ['partialRight', { kind: 'partial', bound: 1 }],
  ['curry', { kind: 'partial', bound: 1 }],
  ['bind', { kind: 'partial', bound: 2 }],
]);

/** Wrapper methods that end a chain and hand back a plain value. */
export const CHAIN_EXITS: ReadonlySet<string> = new Set(['value', 'valueOf', 'toJSON', 'toString']);

/** Names that, called or read on the global object (or handed to `method`), reach what profiles forbid. */
export const FORBIDDEN_NAMES: ReadonlySet<string> = new Set(['eval', 'Function', 'require', 'process']);
