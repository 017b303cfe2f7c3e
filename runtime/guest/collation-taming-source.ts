/**
 * The collation part of the hardening script: ICU collation never runs long past the deadline.
 *
 * `String.prototype.localeCompare` and `Intl.Collator.prototype.compare` run in ICU, which does not check
 * for V8's termination: one call on two strings of 2^28 characters ran 21 s on Node 24 (a loop of calls
 * on multi-million-character strings ended 33 s after a 1 s deadline in-process). The deadline can end
 * the execution only between calls, so each call is bounded instead: both strings are made text once
 * (so that a `toString` cannot answer differently to the check and to ICU) and a call with a string
 * longer than `MAX_COLLATION_CHARS` throws a `RangeError` before ICU sees it. Measured on this bound
 * (2^20 characters, Node 24, a loaded two-core machine): at most about 0.2 s per call, over Latin,
 * combining marks, Hangul, CJK, Thai and surrogate pairs, with five locales.
 *
 * `compare` is an accessor on `Intl.Collator.prototype` that returns a function bound to its collator;
 * the getter is replaced by one that returns a bounded wrapper of that function (the same wrapper for
 * the same collator), so the unbounded function is never reachable.
 *
 * Runs inside the bootstrap function, whose captured intrinsics (`g`, `O`, `R`, `apply`, `defineProperty`,
 * `StringCtor`, `TypeErrorCtor`, `RangeErrorCtor`) are in scope.
 */
export const MAX_COLLATION_CHARS = 2 ** 20;

export const COLLATION_TAMING_SOURCE = `
  const maxCollationChars = ${MAX_COLLATION_CHARS};
  function collationText(value, what) {
    if (typeof value === 'symbol') throw new TypeErrorCtor('Cannot convert a Symbol value to a string');
    const text = StringCtor(value);
    if (text.length > maxCollationChars) {
      throw new RangeErrorCtor(what + ': strings longer than ' + maxCollationChars + ' characters are not compared in this sandbox');
    }
    return text;
  }
  {
    const origLocaleCompare = StringCtor.prototype.localeCompare;
    const tame = {
      localeCompare(that) {
        if (this === null || this === undefined) {
          throw new TypeErrorCtor('String.prototype.localeCompare called on null or undefined');
        }
        const a = collationText(this, 'localeCompare');
        const b = collationText(that, 'localeCompare');
        return apply(origLocaleCompare, a, [b, arguments[1], arguments[2]]);
      },
    }.localeCompare;
    defineProperty(StringCtor.prototype, 'localeCompare', { value: tame, writable: true, enumerable: false, configurable: true });
  }
  if (typeof Intl === 'object' && Intl !== null && typeof Intl.Collator === 'function') {
    const proto = Intl.Collator.prototype;
    const origGet = O.getOwnPropertyDescriptor(proto, 'compare').get;
    const wrappers = new WeakMap();
    const wmGet = WeakMap.prototype.get;
    const wmSet = WeakMap.prototype.set;
    const getCompare = {
      get compare() {
        const bound = apply(origGet, this, []);
        let wrapper = apply(wmGet, wrappers, [bound]);
        if (wrapper === undefined) {
          wrapper = function (x, y) {
            return bound(collationText(x, 'Intl.Collator compare'), collationText(y, 'Intl.Collator compare'));
          };
          defineProperty(wrapper, 'name', { value: '' });
          defineProperty(wrapper, 'length', { value: 2 });
          apply(wmSet, wrappers, [bound, wrapper]);
        }
        return wrapper;
      },
    };
    defineProperty(proto, 'compare', {
      get: O.getOwnPropertyDescriptor(getCompare, 'compare').get,
      set: undefined,
      enumerable: false,
      configurable: true,
    });
  }
`;
