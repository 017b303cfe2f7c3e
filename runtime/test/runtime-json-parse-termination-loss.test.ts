/**
 * A loop of `JSON.parse` on deeply nested text lost the deadline in-process: `for (;;) JSON.parse(...)` on
 * text nested 10^5 deep with a 1 s deadline did not settle for 20-40 s (at 10^4 deep it settled after
 * 18.9 s); process mode was saved only by the watchdog killing the child. Each call is now bounded: text
 * nested deeper than MAX_JSON_DEPTH is a RangeError before V8 parses it (json-taming-source.ts).
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { MAX_JSON_DEPTH } from '../guest/json-taming-source.js';
import { createRuntime, type Runtime } from '../runtime.js';
import { type Outcome, outcome } from './helpers.js';

const runtimes: Runtime[] = [];
const runtime = (isolation: 'in-process' | 'process'): Runtime => {
  const rt = createRuntime({ isolation, processes: 1, pool: { min: 0 } });
  runtimes.push(rt);
  return rt;
};

/** The outcome, or 'unsettled' when execute() has not settled long after its deadline (a generous guard). */
async function settled(rt: Runtime, code: string, profile: string): Promise<Outcome | 'unsettled'> {
  let timer: NodeJS.Timeout | undefined;
  const guard = new Promise<'unsettled'>((resolve) => {
    timer = setTimeout(() => resolve('unsettled'), 15_000);
  });
  try {
    return await Promise.race([outcome(rt, { code, profile, scan: false, timeoutMs: 1_000 }), guard]);
  } finally {
    clearTimeout(timer);
  }
}

const nested = (depth: number) => `'{"a":'.repeat(${depth}) + '1' + '}'.repeat(${depth})`;
const arrays = (depth: number) => `'['.repeat(${depth}) + ']'.repeat(${depth})`;

for (const isolation of ['in-process', 'process'] as const) {
  test(`${isolation}: a JSON.parse loop on text nested 10^5 deep ends at the deadline`, async () => {
    const rt = runtime(isolation);
    for (const profile of ['ultra-secure', 'tenant-isolated']) {
      const refused = [
        `for (;;) JSON.parse(${nested(100_000)})`,
        `for (;;) JSON.parse(${arrays(10_000)})`,
        `return JSON.parse(${nested(MAX_JSON_DEPTH + 1)}, (k, v) => v)`,
        `return JSON.parse('[' + ${nested(MAX_JSON_DEPTH)} + ']')`,
        `return JSON.parse(']'.repeat(5000) + ${arrays(MAX_JSON_DEPTH + 1)})`,
      ];
      for (const code of refused) {
        assert.equal(
          await settled(rt, code, profile),
          { ok: false, code: 'ERR_SCRIPT_ERROR', guestName: 'RangeError' },
          `${profile}: ${code.slice(0, 80)}`,
        );
      }
      const timedOut = [
        `const t = ${nested(100_000)}; for (;;) { try { JSON.parse(t); } catch {} }`,
        `const t = ${arrays(MAX_JSON_DEPTH)}; for (;;) JSON.parse(t)`,
        `const t = ${nested(MAX_JSON_DEPTH)}; for (;;) JSON.parse(t, (k, v) => v)`,
      ];
      for (const code of timedOut) {
        assert.equal(
          await settled(rt, code, profile),
          { ok: false, code: 'ERR_TIMEOUT' },
          `${profile}: ${code.slice(0, 80)}`,
        );
      }
    }
  });
}

test('JSON.parse at the bound and below behaves as before, reviver included', async () => {
  const rt = runtime('in-process');
  const code = `
    const atBound = JSON.parse(${arrays(MAX_JSON_DEPTH)});
    let depth = 0;
    for (let a = atBound; Array.isArray(a) && a.length; a = a[0]) depth++;
    const revived = JSON.parse('{"a":[1,2,{"b":3}],"c":"[[[{{{"}', (k, v) => (typeof v === 'number' ? v * 10 : v));
    const quoted = JSON.parse('"' + '[\\\\"'.repeat(5000) + '"');
    let symbolError = null;
    try { JSON.parse(Symbol()); } catch (e) { symbolError = e.name; }
    let syntaxError = null;
    try { JSON.parse('{'); } catch (e) { syntaxError = e.name; }
    let toStringCalls = 0;
    const once = JSON.parse({ toString() { toStringCalls++; return '[1]'; } });
    return [depth, revived, quoted.length, symbolError, syntaxError, once, toStringCalls,
      JSON.parse.name, JSON.parse.length, JSON.parse('null'), JSON.parse(' 7 ')];
  `;
  assert.equal(await outcome(rt, { code, scan: false }), {
    ok: true,
    value: [
      MAX_JSON_DEPTH - 1,
      { a: [10, 20, { b: 30 }], c: '[[[{{{' },
      10_000,
      'TypeError',
      'SyntaxError',
      [1],
      1,
      'parse',
      2,
      null,
      7,
    ],
    logs: [],
  });
});

test('a toString that answers shallow to the check and deep to the parser is read once', async () => {
  const rt = runtime('in-process');
  const code = `
    let calls = 0;
    const tricky = { toString() { calls++; return calls > 1 ? ${nested(100_000)} : '1'; } };
    return [JSON.parse(tricky), calls];
  `;
  assert.equal(await outcome(rt, { code, scan: false }), { ok: true, value: [1, 1], logs: [] });
});

test.after(async () => {
  await Promise.all(runtimes.map((rt) => rt.dispose()));
});

test.run();
