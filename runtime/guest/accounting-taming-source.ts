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
 * - The other `Intl` constructors, and `Date.prototype.toLocale*String` called with locales or options,
 *   each make an ICU object off the heap that V8 barely counts, and frees only when a collection happens to
 *   run (measured in ultra-secure: 1,000 `Intl.DateTimeFormat` objects cost 27 MB of RSS for 0.8 MB of
 *   heap; a loop making and dropping them reached 214 MiB in 5 s). Each such call reserves a fixed cost
 *   in the ledger, at least what it was measured to cost (RSS growth minus heap growth per kept object):
 *   48 KiB for a date-time formatter (160 KiB with the Japanese calendar), 64 KiB more (192 KiB) at its
 *   first `formatRange` or `formatRangeToParts`, which builds and keeps an interval formatter; 8 KiB for
 *   number formats, collators, plural rules, relative-time and duration formats, 2 KiB for the small
 *   ones (each measured at 0-6 KiB off the heap, range methods included), 48 KiB for a `DisplayNames` of
 *   type `dateTimeField` (37-39 KiB measured). The ledger is never credited
 *   back, so this bounds transient use as well as held.
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
  if (typeof Intl === 'object' && Intl !== null) {
    if (!delete Intl.Segmenter) throw new ErrorCtor('sandproof: cannot remove Intl.Segmenter');
    const KiB = 1024;
    // A date-time formatter's ICU cost depends on its calendar: the Japanese one (its era table) cost
    // 148 KiB per formatter, every other calendar 25-41 KiB. Its first formatRange / formatRangeToParts
    // builds an interval formatter that the formatter keeps: 55 KiB more (171 KiB for the Japanese
    // calendar). Measured per kept object as RSS growth minus heap growth, 200-400 objects, each calendar.
    const dateTimeCost = 48 * KiB;
    const japaneseExtraCost = 112 * KiB;
    const rangeCost = 64 * KiB;
    const japaneseRangeCost = 192 * KiB;
    // A DisplayNames of type 'dateTimeField' keeps a date-time pattern generator: 37-39 KiB off the heap
    // (en, ja, ar); the other types 0 (bench/probes/icu-offheap-cost.ts dn*). Charged 48 KiB in all.
    const dateTimeFieldExtraCost = 46 * KiB;
    const WeakMapCtor = WeakMap;
    const wmGetCost = WeakMap.prototype.get;
    const wmSetCost = WeakMap.prototype.set;
    const rangeCosts = new WeakMapCtor();
    const intlCosts = [['DateTimeFormat', dateTimeCost], ['NumberFormat', 8 * KiB], ['Collator', 8 * KiB],
      ['PluralRules', 8 * KiB], ['RelativeTimeFormat', 8 * KiB], ['ListFormat', 2 * KiB],
      ['DisplayNames', 2 * KiB], ['DurationFormat', 8 * KiB], ['Locale', 2 * KiB]];
    const constructIntl = R.construct;
    for (let i = 0; i < intlCosts.length; i++) {
      const name = intlCosts[i][0];
      const cost = intlCosts[i][1];
      const Orig = Intl[name];
      if (typeof Orig !== 'function') continue;
      // DateTimeFormat, NumberFormat and Collator may be called without new; the others throw then.
      const isDateTime = name === 'DateTimeFormat';
      const isDisplayNames = name === 'DisplayNames';
      const resolvedOptions = Orig.prototype.resolvedOptions;
      const Tame = function () {
        reserveBytes(cost, 'Intl.' + name);
        const made = constructIntl(Orig, arguments, new.target === undefined ? Orig : new.target);
        if (isDateTime) {
          // Read from the formatter V8 made, not from the guest's arguments: no getter of the guest runs.
          const japanese = apply(resolvedOptions, made, []).calendar === 'japanese';
          if (japanese) reserveBytes(japaneseExtraCost, 'Intl.DateTimeFormat (Japanese calendar)');
          apply(wmSetCost, rangeCosts, [made, japanese ? japaneseRangeCost : rangeCost]);
        }
        if (isDisplayNames && apply(resolvedOptions, made, []).type === 'dateTimeField') {
          reserveBytes(dateTimeFieldExtraCost, 'Intl.DisplayNames (dateTimeField)');
        }
        return made;
      };
      defineProperty(Tame, 'name', { value: name });
      defineProperty(Tame, 'length', { value: Orig.length });
      const statics = R.ownKeys(Orig);
      for (let j = 0; j < statics.length; j++) {
        const key = statics[j];
        if (key === 'length' || key === 'name') continue;
        defineProperty(Tame, key, O.getOwnPropertyDescriptor(Orig, key));
      }
      defineProperty(Orig.prototype, 'constructor', { value: Tame, writable: true, enumerable: false, configurable: true });
      defineProperty(Intl, name, { value: Tame, writable: true, enumerable: false, configurable: true });
    }
    // The interval formatter is made on a formatter's first range call and kept: charged then, once.
    const DateTimeProto = Intl.DateTimeFormat.prototype;
    const rangeMethods = ['formatRange', 'formatRangeToParts'];
    for (let i = 0; i < rangeMethods.length; i++) {
      const method = rangeMethods[i];
      const orig = DateTimeProto[method];
      if (typeof orig !== 'function') continue;
      const tame = {
        [method](startDate, endDate) {
          const pending = apply(wmGetCost, rangeCosts, [this]);
          if (pending !== undefined && pending > 0) {
            reserveBytes(pending, 'Intl.DateTimeFormat.prototype.' + method);
            apply(wmSetCost, rangeCosts, [this, 0]);
          }
          return apply(orig, this, arguments);
        },
      }[method];
      defineProperty(DateTimeProto, method, { value: tame, writable: true, enumerable: false, configurable: true });
    }
    const dateMethods = ['toLocaleString', 'toLocaleDateString', 'toLocaleTimeString'];
    for (let i = 0; i < dateMethods.length; i++) {
      const method = dateMethods[i];
      const orig = Date.prototype[method];
      // Without locales or options V8 reuses one cached formatter; with them it makes a new one per call.
      const tame = {
        [method]() {
          if (arguments.length > 0 && (arguments[0] !== undefined || arguments[1] !== undefined)) {
            reserveBytes(dateTimeCost, 'Date.prototype.' + method);
          }
          return apply(orig, this, arguments);
        },
      }[method];
      defineProperty(Date.prototype, method, { value: tame, writable: true, enumerable: false, configurable: true });
    }
  }
`;
