/**
 * The JSON part of the hardening script: `JSON.parse` never runs long past the deadline.
 *
 * V8 parses deeply nested JSON text in a way that loses the isolate's termination request: in-process, a
 * loop of `JSON.parse` on text nested 10^5 deep (`{"a":{"a":...}}`) kept running 20-40 s after a 1 s
 * deadline, and at 10^4 deep it ended 18.9 s after it. The deadline can end the execution only between
 * calls, so each call is bounded instead: the text is made a string once (so that a `toString` cannot
 * answer differently to the check and to the parser), a linear scan counts the nesting of `[` and `{`
 * outside string literals, and text nested deeper than `MAX_JSON_DEPTH` throws a `RangeError` before V8
 * parses it. Text at or below the bound is parsed by the original `JSON.parse`, reviver and all.
 *
 * The replacement keeps the original's name and length; the original stays captured in this closure
 * only, reachable by no guest path.
 *
 * Runs inside the bootstrap function, whose captured intrinsics (`g`, `apply`, `getProto`, `defineProperty`,
 * `parse`, `StringCtor`, `TypeErrorCtor`, `RangeErrorCtor`) are in scope.
 */
export const MAX_JSON_DEPTH = 1_000;

export const JSON_TAMING_SOURCE = `
  {
    const maxJsonDepth = ${MAX_JSON_DEPTH};
    // An uncurried charCodeAt: a bound function calls its target directly, whatever the guest does later.
    const fnProto = getProto(apply);
    const charAt = apply(fnProto.bind, fnProto.call, [StringCtor.prototype.charCodeAt]);
    const JSONObj = g.JSON;
    function jsonDepthWithin(text) {
      const n = text.length;
      let depth = 0;
      let inString = false;
      for (let i = 0; i < n; i++) {
        const c = charAt(text, i);
        if (inString) {
          if (c === 92) i++; // backslash: the next character is escaped
          else if (c === 34) inString = false;
        } else if (c === 34) {
          inString = true;
        } else if (c === 91 || c === 123) {
          if (++depth > maxJsonDepth) return false;
        } else if ((c === 93 || c === 125) && depth > 0) {
          // Never below zero: closers ahead of their openers cannot buy depth for later text.
          depth--;
        }
      }
      return true;
    }
    const tame = {
      parse(text, reviver) {
        if (typeof text === 'symbol') throw new TypeErrorCtor('Cannot convert a Symbol value to a string');
        const source = StringCtor(text);
        if (!jsonDepthWithin(source)) {
          throw new RangeErrorCtor('JSON.parse: text nested deeper than ' + maxJsonDepth + ' levels is not parsed in this sandbox');
        }
        return apply(parse, JSONObj, [source, reviver]);
      },
    }.parse;
    defineProperty(JSONObj, 'parse', { value: tame, writable: true, enumerable: false, configurable: true });
  }
`;
