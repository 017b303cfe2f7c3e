/**
 * The WebAssembly part of the hardening script, for profiles that keep `WebAssembly`. Wasm memory is
 * reserved by V8 outside the JavaScript heap and outside isolated-vm's ArrayBuffer accounting, so the
 * per-execution budget cannot see it; instead every memory must declare a maximum, and the sum of the
 * maxima reserved by one execution (memories made by `new WebAssembly.Memory` and memories declared by
 * instantiated modules) must fit in the budget. V8 enforces each maximum on `grow`, from JS or from wasm,
 * so the bound is sound; it is conservative (a maximum counts in full before it is used).
 *
 * The maxima share one ledger with resizable buffers (`reserveBytes`, accounting-taming-source.ts). A
 * maximum must be an integer page count from 0 to 65,536: NaN, negative or fractional maxima are refused
 * before they reach V8 or the ledger (a NaN once poisoned the sum, after which any memory was accepted).
 *
 * `compile` and `instantiate` compile and instantiate synchronously and return an already-settled
 * promise: V8's asynchronous compilation resolves its promise from a platform task, which would run the
 * guest's reactions whenever the host next entered the isolate, after the execution's deadline.
 *
 * Compiled code is reserved in the same ledger, from the module's section counts (per module, per declared
 * function, per entry of the other sections) and its size: V8 keeps it in its code space and native
 * metadata, which neither the heap reading nor the hard limit covers.
 *
 * Module bytes are copied before they are parsed and compiled, so the guest cannot change them between
 * the check and the compilation. The namespace keeps an allowlist of members: streaming compilation,
 * JSPI, `JSTag` and any member a future V8 adds are removed.
 *
 * Runs inside the bootstrap function, whose captured intrinsics (`g`, `O`, `R`, `apply`, `lock`, `getProto`, `create`,
 * `StringCtor`, `ErrorCtor`, `TypeErrorCtor`, `PromiseCtor`), `config` and `reserveBytes` are in scope.
 */
export const WASM_TAMING_SOURCE = `
  if (typeof g.WebAssembly === 'object' && g.WebAssembly !== null) {
    const W = g.WebAssembly;
    const construct = R.construct;
    const RangeErrorCtor = RangeError;
    const U8 = Uint8Array;
    const isView = ArrayBuffer.isView;
    const OrigModule = W.Module;
    const OrigInstance = W.Instance;
    const OrigMemory = W.Memory;
    const pow = Math.pow;
    const isInteger = Number.isInteger;
    const resolved = PromiseCtor.resolve;
    const rejected = PromiseCtor.reject;
    const MAX_PAGES = 65536;
    const taLength = O.getOwnPropertyDescriptor(getProto(U8.prototype), 'length').get;
    const PAGE = 65536;
    // Compiled code and its metadata live outside the heap the budget reads, so each module reserves, before
    // V8 parses it, at least what V8 was measured to keep for it (bench/wasm-code-cost.ts: RSS growth minus
    // heap growth, every function run once): 16-22 KiB per distinct module, 571-593 bytes per declared
    // function for modules of 10,000 to 200,000 one-instruction functions, plus 1.05-1.25 bytes per byte of
    // function body, about 250 bytes per export. Charged with margin: a fixed cost per module, one per
    // declared function, one per entry of the other sections (types, imports, tables, globals, exports,
    // element and data segments, tags), and four bytes per byte of the binary. Charged per byte alone, a
    // 1.58 MB module of 200,000 functions was charged 6.3 MB and held 107-127 MiB.
    const CODE_BYTES_PER_MODULE_BYTE = 4;
    const CODE_BYTES_PER_MODULE = 32768;
    const CODE_BYTES_PER_FUNCTION = 1024;
    const CODE_BYTES_PER_ENTRY = 512;
    const budgetPages = Math.floor(config.memoryBudgetBytes / PAGE);
    const modulePages = new WeakMap();
    const wmGet = WeakMap.prototype.get;
    const wmSet = WeakMap.prototype.set;

    function reserve(pages) {
      if (pages > budgetPages) {
        throw new RangeErrorCtor('WebAssembly memory over the execution budget (' + budgetPages + ' pages)');
      }
      reserveBytes(pages * PAGE, 'WebAssembly memory');
    }
    function copyBytes(source) {
      let view;
      if (isView(source)) view = new U8(source.buffer, source.byteOffset, source.byteLength);
      else view = new U8(source);
      const n = apply(taLength, view, []);
      const copy = new U8(n);
      for (let i = 0; i < n; i++) copy[i] = view[i];
      return copy;
    }
    function readLeb(bytes, state) {
      let result = 0;
      let shift = 0;
      for (let i = 0; i < 10; i++) {
        const b = bytes[state.at++];
        if (b === undefined) throw new RangeErrorCtor('truncated WebAssembly module');
        result += (b & 0x7f) * pow(2, shift);
        if ((b & 0x80) === 0) return result;
        shift += 7;
      }
      throw new RangeErrorCtor('malformed WebAssembly module');
    }
    // One pass over the module's sections (each starts with its id and byte size; the vector sections open
    // with their entry count): the pages its own memories may reach (imported memories were checked when
    // made) and the off-heap bytes V8 keeps for it, charged before V8 parses it. V8 rejects a module whose
    // counts disagree with its contents, so the counts bound what it builds.
    function moduleCost(bytes) {
      const state = { at: 8 };
      const n = apply(taLength, bytes, []);
      let pages = 0;
      let functions = 0;
      let entries = 0;
      while (state.at < n) {
        const id = bytes[state.at++];
        const size = readLeb(bytes, state);
        const end = state.at + size;
        if (id === 3) functions += readLeb(bytes, state);
        else if (id === 5) {
          const count = readLeb(bytes, state);
          entries += count;
          for (let i = 0; i < count; i++) {
            const flags = readLeb(bytes, state);
            readLeb(bytes, state);
            if ((flags & 1) === 0) throw new RangeErrorCtor('WebAssembly memories must declare a maximum');
            pages += readLeb(bytes, state);
          }
        } else if (id !== 0 && id !== 8 && id !== 10 && id !== 12 && id <= 13) entries += readLeb(bytes, state);
        state.at = end;
      }
      if (pages > budgetPages) throw new RangeErrorCtor('WebAssembly memory over the execution budget (' + budgetPages + ' pages)');
      const code = CODE_BYTES_PER_MODULE + n * CODE_BYTES_PER_MODULE_BYTE + functions * CODE_BYTES_PER_FUNCTION + entries * CODE_BYTES_PER_ENTRY;
      return { pages, code };
    }
    function pagesOf(module) {
      const pages = apply(wmGet, modulePages, [module]);
      if (pages === undefined) throw new TypeErrorCtor('WebAssembly.Instance: not a module of this sandbox');
      return pages;
    }
    function Module(bytes) {
      if (new.target === undefined) throw new TypeErrorCtor('WebAssembly.Module must be called with new');
      const copy = copyBytes(bytes);
      const cost = moduleCost(copy);
      reserveBytes(cost.code, 'WebAssembly compiled code');
      const module = construct(OrigModule, [copy], new.target);
      apply(wmSet, modulePages, [module, cost.pages]);
      return module;
    }
    function Instance(module, imports) {
      if (new.target === undefined) throw new TypeErrorCtor('WebAssembly.Instance must be called with new');
      reserve(pagesOf(module));
      return construct(OrigInstance, [module, imports], new.target);
    }
    function Memory(descriptor) {
      if (new.target === undefined) throw new TypeErrorCtor('WebAssembly.Memory must be called with new');
      const initial = descriptor.initial;
      const maximum = descriptor.maximum;
      const shared = descriptor.shared === true;
      if (typeof maximum !== 'number') throw new RangeErrorCtor('WebAssembly memories must declare a maximum');
      if (!isInteger(maximum) || maximum < 0 || maximum > MAX_PAGES) {
        throw new RangeErrorCtor('WebAssembly memory maximum must be an integer from 0 to ' + MAX_PAGES + ' pages');
      }
      if (typeof initial !== 'number' || !isInteger(initial) || initial < 0 || initial > maximum) {
        throw new RangeErrorCtor('WebAssembly memory initial size must be an integer from 0 to its maximum');
      }
      reserve(maximum);
      return construct(OrigMemory, [{ initial, maximum, shared }], new.target);
    }
    const pairs = [[Module, OrigModule], [Instance, OrigInstance], [Memory, OrigMemory]];
    for (let i = 0; i < pairs.length; i++) {
      const tame = pairs[i][0];
      const orig = pairs[i][1];
      lock(tame, 'prototype', orig.prototype);
      lock(orig.prototype, 'constructor', tame);
      const statics = ['exports', 'imports', 'customSections'];
      for (let j = 0; j < statics.length; j++) if (typeof orig[statics[j]] === 'function') lock(tame, statics[j], orig[statics[j]]);
      lock(W, orig.name, tame);
    }
    // Synchronous on purpose (see the header): the promise is settled before it is returned.
    lock(W, 'compile', function compile(bytes) {
      try {
        return apply(resolved, PromiseCtor, [construct(Module, [bytes])]);
      } catch (e) {
        return apply(rejected, PromiseCtor, [e]);
      }
    });
    lock(W, 'instantiate', function instantiate(source, imports) {
      try {
        if (apply(wmGet, modulePages, [source]) !== undefined) {
          return apply(resolved, PromiseCtor, [construct(Instance, [source, imports])]);
        }
        const module = construct(Module, [source]);
        const instance = construct(Instance, [module, imports]);
        return apply(resolved, PromiseCtor, [{ module, instance }]);
      } catch (e) {
        return apply(rejected, PromiseCtor, [e]);
      }
    });
    // The namespace keeps an allowlist of members (fail closed): streaming compilation, JSPI
    // (\`promising\`, \`Suspending\`, \`SuspendError\`), \`JSTag\` and whatever a future V8 adds are removed.
    const kept = create(null);
    const keep = ['compile', 'validate', 'instantiate', 'Module', 'Instance', 'Memory', 'Table', 'Global', 'Tag',
      'Exception', 'CompileError', 'LinkError', 'RuntimeError'];
    for (let i = 0; i < keep.length; i++) kept[keep[i]] = true;
    const members = R.ownKeys(W);
    for (let i = 0; i < members.length; i++) {
      const key = members[i];
      if (typeof key === 'string' && kept[key] === true) continue;
      if (typeof key === 'symbol' && key === Symbol.toStringTag) continue;
      if (!delete W[key]) throw new ErrorCtor('sandproof: cannot remove WebAssembly.' + StringCtor(key));
    }
  }
`;
