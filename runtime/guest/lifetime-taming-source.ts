/**
 * The lifetime part of the hardening script: no guest code runs after its execution ended. V8 runs some
 * guest callbacks as platform tasks, whenever the embedder next enters the isolate: after the result was
 * returned, during the next execution (another tenant's, in shared profiles) or during background
 * preparation, with no deadline armed. Each such path is closed here or where it is made:
 *
 * - `FinalizationRegistry` cleanups: the constructor wraps the guest's callback in one that calls it only
 *   while the execution runs (`lifetime.ended` turns true when `run` has serialized the result).
 * - `WebAssembly.compile` / `instantiate` compile and instantiate synchronously and return a settled
 *   promise (wasm-taming-source.ts), so their reactions run in the execution's own microtask checkpoint.
 * - `fetch` responses delivered after the end are dropped (`deliverFetch`), as the host stops delivering.
 * - `Atomics.waitAsync` is removed (bootstrap-source.ts).
 *
 * Runs inside the bootstrap function, whose captured intrinsics (`g`, `R`, `apply`, `defineProperty`,
 * `TypeErrorCtor`) are in scope; it defines `lifetime`.
 */
export const LIFETIME_TAMING_SOURCE = `
  const lifetime = { ended: false };
  if (typeof g.FinalizationRegistry === 'function') {
    const OrigRegistry = g.FinalizationRegistry;
    const constructRegistry = R.construct;
    const Registry = function FinalizationRegistry(cleanup) {
      if (new.target === undefined) throw new TypeErrorCtor("Constructor FinalizationRegistry requires 'new'");
      if (typeof cleanup !== 'function') throw new TypeErrorCtor('FinalizationRegistry: cleanup must be callable');
      const guarded = function (held) {
        if (!lifetime.ended) apply(cleanup, undefined, [held]);
      };
      return constructRegistry(OrigRegistry, [guarded], new.target);
    };
    defineProperty(Registry, 'length', { value: 1 });
    defineProperty(Registry, 'prototype', { value: OrigRegistry.prototype, writable: false, enumerable: false, configurable: false });
    defineProperty(OrigRegistry.prototype, 'constructor', { value: Registry, writable: true, enumerable: false, configurable: true });
    defineProperty(g, 'FinalizationRegistry', { value: Registry, writable: true, enumerable: false, configurable: true });
  }
`;
