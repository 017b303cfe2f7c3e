/**
 * ICU collation does not check for termination, so one call runs to its end whatever the deadline. Found:
 * a loop of `localeCompare` (or `Intl.Collator` `compare`) on multi-million-character strings ended 33 s
 * after a 1 s deadline in-process; one call on 2^28 characters took 21 s. Each call is now bounded: a
 * string longer than 2^20 characters is a RangeError before ICU sees it (collation-taming-source.ts).
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { MAX_COLLATION_CHARS } from '../guest/collation-taming-source.js';
import { createRuntime, type Runtime } from '../runtime.js';
import { outcome } from './helpers.js';

const runtimes: Runtime[] = [];
const runtime = (isolation: 'in-process' | 'process'): Runtime => {
  const rt = createRuntime({ isolation, processes: 1, pool: { min: 0 } });
  runtimes.push(rt);
  return rt;
};

const OVER = `'\u00e4'.repeat(${MAX_COLLATION_CHARS}) + 'b'`;

for (const isolation of ['in-process', 'process'] as const) {
  test(`${isolation}: a localeCompare loop on multi-million-character strings is refused per call, not run past the deadline`, async () => {
    const rt = runtime(isolation);
    for (const profile of ['ultra-secure', 'tenant-isolated']) {
      const loops = [
        `const a = ${OVER}, b = ${OVER}; let n = 0; for (;;) n += a.localeCompare(b); return n`,
        `const c = new Intl.Collator('en'); const a = ${OVER}, b = ${OVER}; let n = 0; for (;;) n += c.compare(a, b); return n`,
        `const a = ${OVER}; return ['x', a, 'y'].sort(new Intl.Collator('de').compare)`,
        `const a = ${OVER}; return 'x'.localeCompare(a, 'en', { sensitivity: 'base' })`,
      ];
      for (const code of loops) {
        assert.equal(
          await outcome(rt, { code, profile, scan: false, timeoutMs: 1_000 }),
          { ok: false, code: 'ERR_SCRIPT_ERROR', guestName: 'RangeError' },
          `${profile}: ${code.slice(0, 80)}`,
        );
      }
    }
  });
}

test('collation at the bound and below behaves as before', async () => {
  const rt = runtime('in-process');
  const code = `
    const at = 'a'.repeat(${MAX_COLLATION_CHARS});
    const c = new Intl.Collator('de');
    const viaGetter = Object.getOwnPropertyDescriptor(Intl.Collator.prototype, 'compare').get.call(c);
    let symbolError = null;
    try { 'a'.localeCompare(Symbol()); } catch (e) { symbolError = e.name; }
    let nullError = null;
    try { String.prototype.localeCompare.call(null, 'a'); } catch (e) { nullError = e.name; }
    return [
      at.localeCompare(at + ''), at.localeCompare('b'), 'a'.localeCompare('B'), 'b'.localeCompare('a', 'en'),
      ['b', '\u00e4', 'a'].sort(c.compare), c.compare === c.compare, viaGetter === c.compare,
      c.compare.length, '\u00e4'.localeCompare('a\u0308'), symbolError, nullError,
    ];
  `;
  assert.equal(await outcome(rt, { code, scan: false }), {
    ok: true,
    value: [0, -1, -1, 1, ['a', '\u00e4', 'b'], true, true, 2, 0, 'TypeError', 'TypeError'],
    logs: [],
  });
});

test('a toString that answers short to the check and long to ICU is read once', async () => {
  const rt = runtime('in-process');
  const code = `
    let calls = 0;
    const tricky = { toString() { calls++; return calls > 1 ? 'a'.repeat(${MAX_COLLATION_CHARS * 4}) : 'a'; } };
    const c = new Intl.Collator('en');
    return [ 'a'.localeCompare(tricky), calls, c.compare(tricky, 'a'), calls ];
  `;
  // Each call converts once: the first sees 'a' (equal), the second a long string, refused.
  assert.equal(await outcome(rt, { code, scan: false }), {
    ok: false,
    code: 'ERR_SCRIPT_ERROR',
    guestName: 'RangeError',
  });
  const first = `
    let calls = 0;
    const tricky = { toString() { calls++; return calls > 1 ? 'a'.repeat(${MAX_COLLATION_CHARS * 4}) : 'a'; } };
    return ['a'.localeCompare(tricky), calls];
  `;
  assert.equal(await outcome(rt, { code: first, scan: false }), { ok: true, value: [0, 1], logs: [] });
});

test.after(async () => {
  await Promise.all(runtimes.map((rt) => rt.dispose()));
});

test.run();
