/**
 * Values carried through promise chains, combinators, reducers, iterator helpers and `arguments`, and the
 * stack-trace hook reached by aliases: each evasion is refused (or graded C or worse), and its benign
 * near-miss (the same carrier with harmless data) is not.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { ScanProfileName } from '../scan-profile.js';
import { SecurityScanner } from '../security-scanner.js';

const scanner = new SecurityScanner({ timeBudgetMs: 5_000 });
const STRICT: readonly ScanProfileName[] = ['ultra-secure', 'high-security'];
const ALL: readonly ScanProfileName[] = ['ultra-secure', 'high-security', 'tenant-isolated'];

function caught(name: string, code: string, profiles: readonly ScanProfileName[], rule: string): void {
  test(`evasion: ${name}`, () => {
    for (const profile of profiles) {
      const report = scanner.scanSync({ code, profile });
      const ids = report.findings.map((f) => f.ruleId);
      assert.ok(!report.secure && 'CDF'.includes(report.grade), `${profile}: ${report.grade} ${ids}`);
      assert.ok(ids.includes(rule), `${profile}: ${ids}`);
    }
  });
}

function benign(name: string, code: string): void {
  test(`near-miss stays clean: ${name}`, () => {
    for (const profile of ALL) {
      const report = scanner.scanSync({ code, profile });
      assert.ok(report.secure, `${profile}: ${report.findings.map((f) => `${f.ruleId}:${f.message}`)}`);
    }
  });
}

caught(
  'Function through a two-step then chain',
  'const C = await Promise.resolve(Math).then((m) => m.min).then((f) => f.constructor); return C("return 1")()',
  STRICT,
  'constructor-chain',
);
benign(
  'a then chain over data',
  'const n = await Promise.resolve(input).then((i) => i.items).then((xs) => xs.length); return n',
);
caught(
  'a prototype taken out of Promise.all',
  'const [P] = await Promise.all([Object.getPrototypeOf("")]); P.shout = 1; return "".shout',
  ALL,
  'prototype-write',
);
caught(
  'a prototype taken out of Promise.allSettled records',
  'const rs = await Promise.allSettled([Object.getPrototypeOf(new Set())]); rs[0].value.tag = 1; return 1',
  ALL,
  'prototype-write',
);
caught(
  'the global object won by Promise.race',
  'const g = await Promise.race([globalThis]); return g["ev" + "al"]("1")',
  ALL,
  'eval',
);
benign(
  'Promise.allSettled over data',
  'const rs = await Promise.allSettled([Promise.resolve(1), 2]); const o = {}; o.n = rs[0].value; return o',
);
caught(
  'Function out of a reduce accumulator',
  'const C = [Math.abs, Math.sign].reduceRight((acc, f) => f.constructor, 0); return C("return 1")()',
  STRICT,
  'constructor-chain',
);
benign('a reduce over numbers', 'return [1, 2, 3].reduce((acc, n) => acc + n.constructor.name.length, 0)');
caught(
  'Function out of iterator helpers',
  'const it = Iterator.from([Math.round]).map((f) => f.constructor); const [C] = it.toArray(); return C("return 1")()',
  STRICT,
  'constructor-chain',
);
caught(
  'the global object out of an iterator record',
  'const g = [globalThis].values().next().value; return g["e" + "val"]("1")',
  ALL,
  'eval',
);
benign(
  'iterator helpers over data',
  'return [1, 2, 3].values().filter((n) => n > 1).map((n) => n * 2).toArray()',
);
caught(
  'the global object through arguments',
  'function pick() { return arguments[arguments.length - 1]; } return pick(1, globalThis)["ev" + "al"]("1")',
  ALL,
  'eval',
);
benign(
  'arguments holding data',
  'function sum() { let t = 0; for (let i = 0; i < arguments.length; i++) t += arguments[i]; return t } return sum(1, 2)',
);

caught(
  'captureStackTrace from the prototype of an Error subclass',
  'const o = {}; Object.getPrototypeOf(URIError).captureStackTrace(o); return o.stack',
  ALL,
  'prepare-stack-trace',
);
caught(
  'captureStackTrace destructured with a rename',
  'const { captureStackTrace: grab } = Error; const o = {}; grab(o); return o.stack',
  ALL,
  'prepare-stack-trace',
);
caught(
  'captureStackTrace read with Reflect.get',
  'const o = {}; Reflect.get(Error, "capture" + "StackTrace")(o); return o.stack',
  ALL,
  'prepare-stack-trace',
);
caught(
  'captureStackTrace handed to Reflect.apply',
  'const o = {}; Reflect.apply(Error.captureStackTrace, null, [o]); return o.stack',
  ALL,
  'prepare-stack-trace',
);
caught(
  'captureStackTrace carried out of a then chain',
  'const hook = await Promise.resolve(TypeError).then((E) => E.captureStackTrace); const o = {}; hook(o); return o.stack',
  ALL,
  'prepare-stack-trace',
);
caught(
  'the global object out of a reduce over a list holding it',
  'const g = [1, globalThis].reduce((acc, x) => x, null); return g["pro" + "cess"].env',
  ALL,
  'host-globals',
);
benign(
  'an error class calling Error.captureStackTrace as written',
  'class AppError extends Error { constructor(m) { super(m); if (Error.captureStackTrace) Error.captureStackTrace(this, AppError) } } return new AppError("x").message',
);

test.run();
