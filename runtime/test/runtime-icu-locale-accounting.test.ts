/**
 * ICU memory a locale tag or a locale-formatting call keeps off the heap (claim 6): `Intl.Locale` and its
 * `maximize()` / `minimize()` results copy their whole tag into ICU, and are charged by its length; a
 * `Date.prototype.toLocale*String` call that V8 serves from its cached formatter is not charged, so
 * ordinary formatting loops are not refused. The attack tests measure the sandbox child's RSS (/proc).
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createRuntime, type Runtime } from '../runtime.js';
import { outcome, PROFILES } from './helpers.js';
import { hasProc, watchRss } from './proc-stats.js';

const MiB = 1024 * 1024;
const HARD_LIMIT: Record<string, number> = {
  'ultra-secure': 16 * MiB,
  'high-security': 16 * MiB,
  'tenant-isolated': 32 * MiB,
};
const LONG_TAG = `'en-x-' + 'abcdefgh-'.repeat(6666) + 'z'`;

let rt: Runtime;

test.before(() => {
  rt = createRuntime({ processes: 1, pool: { min: 0 } });
});

test.after(async () => {
  await rt.dispose();
});

/** Runs `code` and measures the sandbox child's RSS growth while it runs. */
async function measured(code: string, profile: string) {
  await outcome(rt, { code: 'return 0', profile, tenantId: 't', scan: false });
  const [pid] = rt.stats().sandboxPids;
  if (pid === undefined || !hasProc)
    return { o: await outcome(rt, { code, profile, tenantId: 't', scan: false }), growth: 0 };
  const watch = watchRss(pid);
  const o = await outcome(rt, { code, profile, tenantId: 't', scan: false, timeoutMs: 5_000 });
  return { o, growth: watch.stop() };
}

function withinHardLimit(growth: number, profile: string): void {
  if (!hasProc) console.log('RSS not measured: no /proc on this system');
  assert.ok(
    growth < HARD_LIMIT[profile]!,
    `the sandbox child grew by ${(growth / MiB).toFixed(1)} MiB (${profile})`,
  );
}

const REFUSED = { ok: false, code: 'ERR_SCRIPT_ERROR', guestName: 'RangeError' };

test('Intl.Locale maximize/minimize off-heap copies of a long tag: charged by length, refused in every profile, the child does not grow', async () => {
  // Before: one 60,000-char tag and 800 maximize()/minimize() results held 47-50 MiB of the child's RSS in
  // ultra-secure (1,500: 87-100 MiB in tenant-isolated) and returned ok; they were not charged at all.
  for (const profile of PROFILES) {
    const { o, growth } = await measured(
      `const tag = ${LONG_TAG}; const base = new Intl.Locale(tag); const keep = [];
       for (let i = 0; i < 1500; i++) keep.push(i % 2 ? base.maximize() : base.minimize());
       globalThis.keep = keep; return keep.length`,
      profile,
    );
    assert.equal(o, REFUSED, profile);
    withinHardLimit(growth, profile);
  }
});

test('Intl.Locale constructor with a long tag: each locale is charged by its tag, the child does not grow', async () => {
  const { o, growth } = await measured(
    `const tag = ${LONG_TAG}; const keep = [];
     for (let i = 0; i < 1500; i++) keep.push(new Intl.Locale(tag));
     globalThis.keep = keep; return keep.length`,
    'tenant-isolated',
  );
  assert.equal(o, REFUSED);
  withinHardLimit(growth, 'tenant-isolated');
});

test('Intl.Locale near miss: short tags, maximize, minimize and the info getters still run in ultra-secure', async () => {
  const { o } = await measured(
    `const keep = []; const tags = ['en', 'zh-Hant', 'sr-Cyrl-RS', 'ar-EG-u-ca-islamic', 'ja-JP-u-ca-japanese-hc-h23'];
     for (let i = 0; i < 200; i++) { const l = new Intl.Locale(tags[i % 5]); keep.push(l.maximize(), l.minimize()); }
     const l = new Intl.Locale('en-US');
     return [keep.length, keep[0].toString(), keep[1].toString(), l.getCalendars(), l.getHourCycles(),
       l.getWeekInfo().firstDay, Intl.getCanonicalLocales('EN-us'), Intl.NumberFormat.supportedLocalesOf(['en', 'de'])]`,
    'ultra-secure',
  );
  assert.equal(o, {
    ok: true,
    value: [400, 'en-Latn-US', 'en', ['gregory'], ['h12'], 7, ['en-US'], ['en', 'de']],
    logs: [],
  });
});

test('Intl.Locale methods keep their errors for a receiver that is not a locale', async () => {
  const { o } = await measured('return Intl.Locale.prototype.maximize.call({})', 'ultra-secure');
  assert.equal(o, { ok: false, code: 'ERR_SCRIPT_ERROR', guestName: 'TypeError' });
});

test('toLocaleDateString en-US budget false positive: 200 and 2,000 cached-formatter calls succeed in every profile', async () => {
  // Before: each call was charged 48 KiB for good; 200 calls were refused in all three profiles (ultra-secure
  // after about 42). V8 serves them from one cached formatter and keeps nothing per call.
  for (const profile of PROFILES) {
    for (const n of [200, 2000]) {
      const { o } = await measured(
        `const out = []; const d = new Date(Date.UTC(2020, 0, 1));
         for (let i = 0; i < ${n}; i++) {
           const x = new Date(d.getTime() + i * 86400000);
           out.push(x.toLocaleDateString('en-US'), x.toLocaleString('de-DE'), x.toLocaleTimeString(),
             (i * 1234.5).toLocaleString('de-DE'), 'a'.localeCompare('b', 'sv'));
         }
         out.push([d, d].toLocaleString('en-US'));
         return out.length`,
        profile,
      );
      assert.equal(o, { ok: true, value: n * 5 + 1, logs: [] }, `${profile} ${n}`);
    }
  }
});

test('toLocaleDateString calls that miss the formatter cache are still charged: locales in turn and options, the child does not grow', async () => {
  // Measured in a plain Node 24 process, 20,000 calls: six locales in turn +91 MiB of RSS, with options +93 MiB.
  for (const code of [
    `const d = new Date(0); const locs = ['en-US', 'de-DE', 'fr-FR']; let n = 0;
     for (let i = 0; i < 200000; i++) n += d.toLocaleDateString(locs[i % 3]).length; return n`,
    `const d = new Date(0); let n = 0;
     for (let i = 0; i < 200000; i++) n += d.toLocaleTimeString('en-US', { hour12: false }).length; return n`,
    `const d = new Date(0); let n = 0;
     for (let i = 0; i < 200000; i++) n += d.toLocaleString(['en-US']).length; return n`,
  ]) {
    const { o, growth } = await measured(code, 'ultra-secure');
    assert.equal(o, REFUSED, code);
    withinHardLimit(growth, 'ultra-secure');
  }
});

test.run();
