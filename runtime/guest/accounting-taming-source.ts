/**
 * The accounting part of the hardening script: memory a guest can hold outside what the host measures
 * (V8's heap plus the ArrayBuffer allocator's external memory) is either reserved against the execution's
 * budget up front or removed from the profile.
 *
 * - Resizable `ArrayBuffer` and growable `SharedArrayBuffer` (`maxByteLength`): V8 reserves and commits
 *   their pages itself, outside the allocator the host reads (measured: 100 MiB held at completion with a
 *   heap delta below zero). Their constructors reserve `maxByteLength` in full, before V8 sees it, in the
 *   same ledger as WebAssembly memory maxima (see wasm-taming-source.ts): one execution reserves at most its
 *   budget by these paths. Fixed-length buffers are left alone: the allocator counts them.
 * - `Intl.Segmenter`: its iterators keep ICU copies of the segmented text off the V8 heap (measured: about
 *   120 MiB held while the heap grew 1.4 MB). It is removed from every profile.
 *
 * Runs inside the bootstrap function, whose captured intrinsics (`g`, `O`, `R`, `apply`, `defineProperty`,
 * `ErrorCtor`, `TypeErrorCtor`, `StringCtor`) and `config` are in scope; it defines `reserveBytes`, which
 * the WebAssembly taming uses.
 */
export const ACCOUNTING_TAMING_SOURCE = `
  const budgetBytes = config.memoryBudgetBytes;
  const RangeErrorForBudget = RangeError;
  const isFiniteNumber = Number.isFinite;
  let reservedBytes = 0;
  // One ledger per execution (a context serves one execution): memory that V8 commits outside the
  // measured heap, counted at its largest size before it is created.
  function reserveBytes(bytes, what) {
    if (typeof bytes !== 'number' || !isFiniteNumber(bytes) || bytes < 0) {
      throw new RangeErrorForBudget(what + ': the size must be a finite, non-negative number');
    }
    if (reservedBytes + bytes > budgetBytes) {
      throw new RangeErrorForBudget(what + ' over the execution budget (' + budgetBytes + ' bytes reserved at most)');
    }
    reservedBytes += bytes;
  }
  function tameResizable(name) {
    const Orig = g[name];
    if (typeof Orig !== 'function') return;
    const construct = R.construct;
    const toNumber = Number;
    const Tame = function (length, options) {
      if (new.target === undefined) throw new TypeErrorCtor('Constructor ' + name + " requires 'new'");
      if (options === null || typeof options !== 'object') return construct(Orig, [length], new.target);
      const requested = options.maxByteLength;
      if (requested === undefined) return construct(Orig, [length], new.target);
      // Read once and made a primitive here, so that the figure reserved is the figure V8 sees.
      let max = toNumber(requested);
      if (max !== max) max = 0;
      max = max - (max % 1);
      if (!(max >= 0) || !isFiniteNumber(max)) throw new RangeErrorForBudget('Invalid array buffer max length');
      reserveBytes(max, name + ' maxByteLength');
      return construct(Orig, [length, { maxByteLength: max }], new.target);
    };
    defineProperty(Tame, 'name', { value: name });
    defineProperty(Tame, 'length', { value: 1 });
    const statics = R.ownKeys(Orig);
    for (let i = 0; i < statics.length; i++) {
      const key = statics[i];
      if (key === 'length' || key === 'name') continue;
      defineProperty(Tame, key, O.getOwnPropertyDescriptor(Orig, key));
    }
    defineProperty(Orig.prototype, 'constructor', { value: Tame, writable: true, enumerable: false, configurable: true });
    defineProperty(g, name, { value: Tame, writable: true, enumerable: false, configurable: true });
  }
  tameResizable('ArrayBuffer');
  tameResizable('SharedArrayBuffer');
  if (typeof Intl === 'object' && Intl !== null && !delete Intl.Segmenter) {
    throw new ErrorCtor('sandproof: cannot remove Intl.Segmenter');
  }
`;
