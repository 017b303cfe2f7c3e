/**
 * The result envelope, built inside the isolate by the hardening script after the guest ran. The guest
 * shares this realm and may have changed anything in it by then: `Object.prototype.toJSON`, a setter for
 * `value` or `0` on `Object.prototype` / `Array.prototype`, `Array.prototype.join`, `String.prototype.slice`.
 * So the envelope is never an object handed to `JSON.stringify`: it is text, written field by field here,
 * and `JSON.stringify` (captured) is only ever applied to the guest's own value or to primitive strings
 * (a primitive never consults `toJSON`). What the guest controls is its value's JSON text, nothing around it:
 * not the fields, not `ok`, not the error code the host derives, not the logs or their bound.
 *
 * The console buffer (`logs`) is a null-prototype array appended through its own length, so no inherited
 * setter sees a line. Results nested deeper than {@link MAX_RESULT_DEPTH} are refused here (the host checks
 * the text again): such values break the caller's own `JSON.stringify` and the process channel.
 *
 * Runs inside the bootstrap function, whose captured intrinsics (`apply`, `stringify`, `StringCtor`,
 * `strSlice`, `codeAt`) and `config`, `logs`, `dropped` are in scope; `describe` is defined there too.
 */
export const MAX_RESULT_DEPTH = 1000;

export const ENVELOPE_SOURCE = `
  const MAX_DEPTH = ${MAX_RESULT_DEPTH};
  // The deepest nesting of arrays and objects in a JSON text: brackets outside strings.
  function jsonDepth(text) {
    let depth = 0;
    let max = 0;
    let inString = false;
    const n = text.length;
    for (let i = 0; i < n; i++) {
      const c = codeAt(text, i);
      if (inString) {
        if (c === 92) i++;
        else if (c === 34) inString = false;
      } else if (c === 34) inString = true;
      else if (c === 91 || c === 123) {
        depth++;
        if (depth > max) max = depth;
      } else if (c === 93 || c === 125) depth--;
    }
    return max;
  }
  function quote(text) {
    return stringify(typeof text === 'string' ? text : StringCtor(text));
  }
  function logsText() {
    let text = '[';
    for (let i = 0; i < logs.length; i++) text += (i === 0 ? '' : ',') + quote(logs[i]);
    return text + ']';
  }
  function tail(withLogs) {
    return ',"logs":' + (withLogs ? logsText() : '[]') + ',"dropped":' + dropped + '}';
  }
  function notTransferable(why, withLogs) {
    return '{"ok":false,"notTransferable":' + quote(why) + tail(withLogs);
  }
  function errorEnvelope(field, error, withLogs) {
    return '{"ok":false,"' + field + '":{"name":' + quote(error.name) + ',"message":' + quote(error.message) + '}' + tail(withLogs);
  }
  function valueEnvelope(value) {
    const t = typeof value;
    if (t === 'function' || t === 'symbol' || t === 'bigint') return notTransferable('the result is a ' + t, true);
    let text;
    try {
      text = stringify(value);
    } catch (e) {
      return notTransferable(describe(e).message, true);
    }
    if (text !== undefined && jsonDepth(text) > MAX_DEPTH) {
      return notTransferable('the result is nested deeper than ' + MAX_DEPTH + ' levels', true);
    }
    const out = '{"ok":true' + (text === undefined ? '' : ',"value":' + text) + tail(true);
    if (out.length > config.maxResultBytes) {
      return notTransferable('the result is larger than ' + config.maxResultBytes + ' bytes', false);
    }
    return out;
  }
`;
