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
 * setter sees a line. Results nested deeper than {@link MAX_RESULT_DEPTH} are refused by the host, which
 * counts the nesting of the envelope's text before it parses it (a native pass over at most the size cap; the
 * same pass in guest code took 10x longer): such values break the caller's own `JSON.stringify` and the
 * process channel.
 *
 * Runs inside the bootstrap function, whose captured intrinsics (`stringify`, `StringCtor`) and `config`,
 * `logs`, `dropped` are in scope; `describe` is defined there too.
 */
export const MAX_RESULT_DEPTH = 1000;

export const ENVELOPE_SOURCE = `
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
  // JSON.stringify drops a function or symbol held in an object and writes null for one in an array: the
  // caller would get a different value than the guest returned, silently. They are refused, as at the top.
  const untransferable = { kind: '' };
  function refuseNested(key, v) {
    const t = typeof v;
    if (t === 'function' || t === 'symbol') {
      untransferable.kind = t;
      throw untransferable;
    }
    return v;
  }
  function valueEnvelope(value) {
    const t = typeof value;
    if (t === 'function' || t === 'symbol' || t === 'bigint') return notTransferable('the result is a ' + t, true);
    let text;
    try {
      text = stringify(value, refuseNested);
    } catch (e) {
      if (e === untransferable) return notTransferable('the result holds a ' + e.kind, true);
      return notTransferable(describe(e).message, true);
    }
    const out = '{"ok":true' + (text === undefined ? '' : ',"value":' + text) + tail(true);
    // A cheap first cut in UTF-16 units (each is at least one UTF-8 byte); the host counts the UTF-8 bytes
    // natively (result-envelope.ts): the same count in this realm's code took 150-200 ms for 1 MiB.
    if (out.length > config.maxResultBytes) {
      return notTransferable('the result is larger than ' + config.maxResultBytes + ' bytes', false);
    }
    return out;
  }
`;
