/**
 * Guest patterns that may end the process hosting an isolate instead of failing one execution: V8 fatal
 * out-of-memory paths reached before isolated-vm's limit check (isolated-vm #137, #457, #460, #527) and
 * builtins that run for a long time without checking for termination. Data only: the probe child runs one,
 * the tests and the exit-code table run them all.
 *
 * `inProcess` is what was measured running the pattern with `isolation: 'in-process'` (see
 * crash-probe-table.ts): `'aborts'` patterns end the host with a signal or a fatal exit, `'hangs'` patterns
 * block the host thread past the watchdog, `'contained'` ones fail with a code and leave the host alive.
 * Only `'contained'` patterns may ever run in-process inside `npm test`.
 */

/** One probe: a snippet and what in-process mode was measured to do with it. */
export interface CrashPattern {
  id: string;
  code: string;
  /**
   * Measured outcome in in-process mode on Node 24.21 / isolated-vm 7.0.1, 64 MB hard limit, 5 s timeout.
   * `'hangs'` also covers a pattern that ends with a code only long after its deadline.
   */
  inProcess: 'aborts' | 'hangs' | 'contained';
  /** Set when the pattern aborts only sometimes (and otherwise completes): the rate seen. */
  intermittent?: string;
}

/** The probed patterns; ids name the technique, as the corpus does. */
export const CRASH_PATTERNS: readonly CrashPattern[] = [
  { id: 'array-fill-billion', code: 'const a = Array(1e9).fill(0); return a.length', inProcess: 'aborts' },
  {
    id: 'array-fill-call-max-length',
    code: 'Array.prototype.fill.call({ length: 2 ** 32 - 1 }, "x"); return 1',
    inProcess: 'hangs',
  },
  {
    id: 'new-array-max-fill',
    code: 'const a = new Array(2 ** 31 - 1).fill(); return a.length',
    inProcess: 'aborts',
  },
  {
    id: 'array-from-length-2-30',
    code: 'return Array.from({ length: 2 ** 30 }).length',
    inProcess: 'aborts',
  },
  {
    id: 'typed-to-array-from',
    code: 'return Array.from(new Uint8Array(16 * 2 ** 20)).length',
    inProcess: 'contained',
  },
  {
    id: 'typed-to-array-spread',
    code: 'return [...new Float64Array(2 ** 23)].length',
    inProcess: 'contained',
  },
  {
    id: 'typed-to-array-slice-call',
    code: 'return Array.prototype.slice.call(new Uint32Array(2 ** 24)).length',
    inProcess: 'contained',
  },
  {
    id: 'stringify-typed',
    code: 'return JSON.stringify(new Uint8Array(4 * 2 ** 20)).length',
    inProcess: 'contained',
  },
  {
    id: 'object-keys-typed',
    code: 'return Object.keys(new Uint8Array(2 ** 24)).length',
    inProcess: 'hangs',
  },
  {
    id: 'string-doubling-flattened',
    code: 'let s = "x"; for (;;) { s += s; s.charCodeAt(s.length - 1); }',
    inProcess: 'aborts',
  },
  {
    id: 'repeat-near-max-length',
    code: 'return "x".repeat(2 ** 29 - 24).length',
    // Node 20 / isolated-vm 5.0.4 aborted in 1 of 6 runs (an isolated-vm assertion); 0 of 7 on Node 24.
    inProcess: 'contained',
  },
  { id: 'join-huge-sparse', code: 'return new Array(2 ** 28).join("x").length', inProcess: 'contained' },
  {
    id: 'regexp-match-huge-string',
    code: 'return "x".repeat(2 ** 24).match(/x/g).length',
    inProcess: 'contained',
  },
  {
    id: 'regexp-replace-huge-string',
    code: 'return "a".repeat(2 ** 25).replace(/a/g, "bb").length',
    inProcess: 'hangs',
  },
  {
    id: 'json-parse-deep',
    code: 'const n = 1e6; return typeof JSON.parse("[".repeat(n) + "]".repeat(n))',
    inProcess: 'contained',
  },
  {
    id: 'json-clone-big',
    code: 'const a = Array(2 ** 21).fill("abcdefgh"); return JSON.parse(JSON.stringify(a)).length',
    inProcess: 'contained',
  },
  {
    id: 'concat-spread-copies',
    code: 'let a = Array(2 ** 20).fill(1.5); for (;;) a = [...a, ...a]; return a.length',
    inProcess: 'contained',
  },
  {
    id: 'heap-growth-push',
    code: 'const keep = []; for (;;) keep.push({ a: [1, 2, 3], s: "x" + keep.length }); return 1',
    inProcess: 'contained',
  },
];
