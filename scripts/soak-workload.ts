/**
 * The soak's mix of executions: benign snippets with known values (four fifths by weight) and hostile ones
 * (one fifth): infinite loops, never-settling promises, memory bombs, escape attempts, hostile results,
 * console floods, syntax errors, guest exceptions, unhandled rejections and invalid requests. Each kind
 * says which outcomes it accepts; a kind that returns the `ESCAPED` marker has escaped, whatever it accepts.
 *
 * Escape probes test what a guest can reach, not the scanner: they run with the scan off.
 */
import { PROFILE_NAMES as PROFILES } from '../contract/index.js';
import type { ExecuteRequest } from '../runtime/index.js';

/** One kind of execution in the soak. */
export interface SoakKind {
  name: string;
  hostile: boolean;
  /** Relative frequency. */
  weight: number;
  /** Profiles the kind runs under (all three when absent). */
  profiles?: readonly string[];
  request: (n: number) => Omit<ExecuteRequest, 'profile' | 'tenantId'>;
  /** Whether `code` (`ok` or an error code) and `value` are an outcome this kind may have. */
  accept: (code: string, value: unknown) => boolean;
}

const WITH_REQUIRE = ['high-security', 'tenant-isolated'] as const;
/** Timeout of hostile executions that can only end by their deadline: short, to keep the soak fast. */
const HOSTILE_TIMEOUT_MS = 150;

const is = (expected: unknown) => (code: string, value: unknown) =>
  code === 'ok' && JSON.stringify(value) === JSON.stringify(expected);
const oneOf =
  (...codes: string[]) =>
  (code: string) =>
    codes.includes(code);
const contained = (code: string, value: unknown) =>
  (code === 'ok' && value === 'contained') || code === 'ERR_SCRIPT_ERROR' || code === 'ERR_SYNTAX';

/** Every kind, benign first. Weights: benign 80, hostile 20. */
export const WORKLOAD: readonly SoakKind[] = [
  {
    name: 'arithmetic on input',
    hostile: false,
    weight: 30,
    request: (n) => ({ code: 'return input.a * 2 + input.b', input: { a: n, b: 1 } }),
    accept: () => true, // refined by `expectValue` below: the value depends on n
  },
  {
    name: 'strings and json',
    hostile: false,
    weight: 15,
    request: () => ({
      code: 'const o = { xs: [1, 2, 3].map((x) => x * x) }; return JSON.stringify(o) + "!".repeat(3)',
    }),
    accept: is('{"xs":[1,4,9]}!!!'),
  },
  {
    name: 'async and logs',
    hostile: false,
    weight: 15,
    request: () => ({ code: 'console.log("step", 1); await null; return [await Promise.resolve(7)]' }),
    accept: is([7]),
  },
  {
    name: 'allowed module',
    hostile: false,
    weight: 10,
    profiles: WITH_REQUIRE,
    request: () => ({ code: 'return require("lodash").sum([1, 2, 3, 4])' }),
    accept: is(10),
  },
  {
    name: 'classes and collections',
    hostile: false,
    weight: 10,
    request: () => ({
      code: 'class P { #x = 2; get x() { return this.#x; } } const m = new Map([[1, new P()]]); return m.get(1).x ?? 0',
    }),
    accept: is(2),
  },
  {
    name: 'infinite loop',
    hostile: true,
    weight: 2,
    request: () => ({ code: 'for (;;) {}', scan: false, timeoutMs: HOSTILE_TIMEOUT_MS }),
    accept: oneOf('ERR_TIMEOUT'),
  },
  {
    name: 'never-settling promise',
    hostile: true,
    weight: 2,
    request: () => ({
      code: 'await new Promise(() => {}); return 1',
      scan: false,
      timeoutMs: HOSTILE_TIMEOUT_MS,
    }),
    accept: oneOf('ERR_TIMEOUT'),
  },
  {
    name: 'memory bomb',
    hostile: true,
    weight: 2,
    request: () => ({
      code: 'const keep = []; for (;;) keep.push(new Array(10_000).fill(keep.length))',
      scan: false,
      timeoutMs: 2_000,
    }),
    accept: oneOf('ERR_MEMORY_LIMIT', 'ERR_TIMEOUT'),
  },
  {
    name: 'retained over budget',
    hostile: true,
    weight: 1,
    // Twice the largest budget: garbage of earlier executions collected meanwhile can hide less than that.
    request: () => ({
      code: 'globalThis.keep = Array.from({ length: 4 }, () => new Uint8Array(4 * 2 ** 20)); await null; return 1',
      scan: false,
    }),
    // An allocation the isolate refuses is the guest's RangeError: refused too.
    accept: oneOf('ERR_MEMORY_LIMIT', 'ERR_SCRIPT_ERROR'),
  },
  {
    name: 'escape: host globals',
    hostile: true,
    weight: 2,
    request: () => ({
      code: `const names = ['process', 'require', 'Buffer', 'module', '__sandproofSoakCanary', 'setTimeout'];
        const hits = names.filter((n) => typeof globalThis[n] !== 'undefined' && !(n === 'require'));
        return hits.length === 0 ? 'contained' : 'ESCAPED:' + hits.join(',')`,
      scan: false,
    }),
    accept: contained,
  },
  {
    name: 'escape: constructor chain',
    hostile: true,
    weight: 2,
    request: () => ({
      code: `let p;
        try { p = (function () {}).constructor.constructor('return typeof process === "object" ? process : null')(); }
        catch (e) { return 'contained'; }
        return p && p.versions ? 'ESCAPED' : 'contained'`,
      scan: false,
    }),
    accept: contained,
  },
  {
    name: 'escape: forbidden module',
    hostile: true,
    weight: 1,
    profiles: WITH_REQUIRE,
    request: () => ({
      code: `for (const id of ['fs', 'child_process', 'node:fs', '../../package.json']) {
          let m; try { m = require(id); } catch (e) { continue; }
          if (m) return 'ESCAPED:' + id;
        }
        return 'contained'`,
      scan: false,
    }),
    accept: contained,
  },
  {
    name: 'persistence: pollute then look',
    hostile: true,
    weight: 2,
    request: () => ({
      code: `const seen = ({}).__soakLeak ?? globalThis.__soakLeak2 ?? Array.prototype.__soakLeak3;
        Object.prototype.__soakLeak = 'ESCAPED:proto'; globalThis.__soakLeak2 = 'ESCAPED:global';
        Array.prototype.__soakLeak3 = 'ESCAPED:array';
        return seen === undefined ? 'contained' : seen`,
      scan: false,
    }),
    accept: contained,
  },
  {
    name: 'hostile result',
    hostile: true,
    weight: 2,
    request: (n) => ({
      code: [
        'const a = {}; a.self = a; return a',
        'return 10n',
        'return () => 1',
        'return { toJSON() { throw new Error("no") } }',
        'return { get x() { for (;;) {} } }',
        'return new Proxy({}, { ownKeys() { for (;;) {} } })',
      ][n % 6] as string,
      scan: false,
      timeoutMs: HOSTILE_TIMEOUT_MS,
    }),
    accept: oneOf('ERR_RESULT_NOT_TRANSFERABLE', 'ERR_TIMEOUT', 'ERR_SCRIPT_ERROR'),
  },
  {
    name: 'console flood',
    hostile: true,
    weight: 1,
    request: () => ({
      code: 'for (let i = 0; i < 5_000; i++) console.log("flood", i, "x".repeat(64)); return "flooded"',
      scan: false,
    }),
    accept: is('flooded'),
  },
  {
    name: 'syntax error',
    hostile: true,
    weight: 2,
    request: (n) => ({ code: n % 2 ? 'return )(' : 'let let = ;', scan: n % 4 < 2 }),
    accept: oneOf('ERR_SYNTAX', 'ERR_SECURITY_SCAN_FAILED'),
  },
  {
    name: 'guest exception',
    hostile: true,
    weight: 2,
    request: (n) => ({
      code: n % 2 ? 'throw new TypeError("boom")' : 'await null; null.x; return 1',
    }),
    accept: oneOf('ERR_SCRIPT_ERROR'),
  },
  {
    name: 'unhandled rejection',
    hostile: true,
    weight: 1,
    request: () => ({ code: 'Promise.reject(new RangeError("late")); return "returned"', scan: false }),
    accept: (code, value) => code === 'ERR_SCRIPT_ERROR' || (code === 'ok' && value === 'returned'),
  },
];

/** The value `arithmetic on input` must return for execution `n`. */
const arithmetic = (n: number): number => n * 2 + 1;

/** One planned execution. */
export interface PlannedExecution {
  kind: SoakKind;
  request: ExecuteRequest;
}

/** Deterministic choices from a seed (mulberry32): the same seed gives the same mix. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Plans execution `n` of a soak: a kind by weight, a profile it allows, one of `tenants` tenants. */
export function workloadPicker(seed: number, tenants: number): (n: number) => PlannedExecution {
  const next = random(seed);
  const total = WORKLOAD.reduce((sum, k) => sum + k.weight, 0);
  return (n) => {
    let roll = next() * total;
    const kind =
      WORKLOAD.find((k) => {
        roll -= k.weight;
        return roll < 0;
      }) ?? WORKLOAD[0]!;
    const profiles = kind.profiles ?? PROFILES;
    const profile = profiles[Math.floor(next() * profiles.length)]!;
    const tenantId = `tenant-${Math.floor(next() * tenants)}`;
    const base = kind.request(n);
    const accept =
      kind.name === 'arithmetic on input'
        ? (c: string, v: unknown) => c === 'ok' && v === arithmetic(n)
        : kind.accept;
    return { kind: { ...kind, accept }, request: { ...base, profile, tenantId } };
  };
}
