/**
 * Memory that no budget counted, and budgets that counted what was not held. Each allocation path a guest
 * has is either refused within the budget or removed; every attack test measures the sandbox child's
 * resident memory (/proc VmRSS, sampled every 10 ms), not only V8's heap statistics, which these paths
 * escape. The bound asserted is the isolate's hard limit (16 MB in the shared profiles, 32 MB in
 * tenant-isolated): what a refused attack may still cost while it runs, far below what each one held
 * before (100 to 571 MiB).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createRuntime, type Runtime } from '../runtime.js';
import { outcome } from './helpers.js';
import { hasProc, watchRss } from './proc-stats.js';

const MiB = 1024 * 1024;
const HARD_LIMIT: Record<string, number> = {
  'ultra-secure': 16 * MiB,
  'high-security': 16 * MiB,
  'tenant-isolated': 32 * MiB,
};

let server: Server;
let origin = '';
let rt: Runtime;

test.before(async () => {
  server = createServer((_req, res) => {
    res.end('x'.repeat(MiB));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  rt = createRuntime({ processes: 1, pool: { min: 0 }, fetchAllowlist: { t: [origin] } });
});

test.after(async () => {
  await rt.dispose();
  await new Promise((resolve) => server.close(resolve));
});

/** Runs `code` and measures the sandbox child's RSS growth while it runs. */
async function measured(code: string, profile: string, timeoutMs = 5_000) {
  await outcome(rt, { code: 'return 0', profile, tenantId: 't', scan: false });
  const [pid] = rt.stats().sandboxPids;
  if (pid === undefined || !hasProc)
    return { o: await outcome(rt, { code, profile, tenantId: 't', scan: false, timeoutMs }), growth: 0 };
  const watch = watchRss(pid);
  const o = await outcome(rt, { code, profile, tenantId: 't', scan: false, timeoutMs });
  return { o, growth: watch.stop() };
}

function withinHardLimit(growth: number, profile: string): void {
  if (!hasProc) console.log('RSS not measured: no /proc on this system');
  assert.ok(growth < HARD_LIMIT[profile]!, `the sandbox child grew by ${(growth / MiB).toFixed(1)} MiB`);
}

test('resizable ArrayBuffer: a 100 MiB maxByteLength is refused in ultra-secure, and the child does not grow', async () => {
  const { o, growth } = await measured(
    'const b = new ArrayBuffer(1, { maxByteLength: 100 * 2 ** 20 }); b.resize(100 * 2 ** 20); new Uint8Array(b).fill(1); globalThis.keep = b; return b.byteLength',
    'ultra-secure',
  );
  assert.equal(o, { ok: false, code: 'ERR_SCRIPT_ERROR', guestName: 'RangeError' });
  withinHardLimit(growth, 'ultra-secure');
});

test('growable SharedArrayBuffer: a 100 MiB maxByteLength is refused in high-security, and the child does not grow', async () => {
  const { o, growth } = await measured(
    'const b = new SharedArrayBuffer(1, { maxByteLength: 100 * 2 ** 20 }); b.grow(100 * 2 ** 20); new Uint8Array(b).fill(1); globalThis.keep = b; return b.byteLength',
    'high-security',
  );
  assert.equal(o, { ok: false, code: 'ERR_SCRIPT_ERROR', guestName: 'RangeError' });
  withinHardLimit(growth, 'high-security');
});

test('resizable buffers each under the budget are refused once their maxima together pass it', async () => {
  const { o, growth } = await measured(
    `const kept = []; let refused = null;
     for (let i = 0; i < 60; i++) {
       try { const b = new ArrayBuffer(0, { maxByteLength: 2 ** 20 }); b.resize(2 ** 20); new Uint8Array(b).fill(1); kept.push(b); }
       catch (e) { refused = e.name; break; }
     }
     globalThis.keep = kept; return [kept.length, refused]`,
    'tenant-isolated',
  );
  // 8 MB of maxima in tenant-isolated: the ninth 1 MiB buffer is refused.
  assert.equal(o, { ok: true, value: [8, 'RangeError'], logs: [] });
  withinHardLimit(growth, 'tenant-isolated');
});

test('a valueOf that lies about maxByteLength reserves what V8 is given', async () => {
  const { o } = await measured(
    `let calls = 0; const max = { valueOf() { calls++; return calls === 1 ? 1024 : 2 ** 30; } };
     const b = new ArrayBuffer(0, { maxByteLength: max });
     return [b.maxByteLength, calls]`,
    'ultra-secure',
  );
  assert.equal(o, { ok: true, value: [1024, 1], logs: [] });
});

test('WebAssembly.Memory with a NaN, negative, fractional or infinite maximum is refused and does not poison the ledger', async () => {
  const { o, growth } = await measured(
    `const names = [];
     for (const maximum of [NaN, -1, 1.5, Infinity, 70000]) {
       try { new WebAssembly.Memory({ initial: 1, maximum }); names.push('made'); } catch (e) { names.push(e.name); }
     }
     const kept = [];
     for (let i = 0; i < 4; i++) {
       try { const m = new WebAssembly.Memory({ initial: 4096, maximum: 65536 }); new Uint8Array(m.buffer).fill(1); kept.push(m); }
       catch (e) { names.push(e.name); break; }
     }
     globalThis.keep = kept; return [names, kept.length]`,
    'tenant-isolated',
  );
  assert.equal(o, {
    ok: true,
    value: [['RangeError', 'RangeError', 'RangeError', 'RangeError', 'RangeError', 'RangeError'], 0],
    logs: [],
  });
  withinHardLimit(growth, 'tenant-isolated');
});

test('Intl.Segmenter is removed from every profile: its iterators held ICU copies off the heap', async () => {
  for (const profile of ['ultra-secure', 'high-security', 'tenant-isolated']) {
    const { o, growth } = await measured(
      `if (typeof Intl.Segmenter !== 'undefined') {
         const s = new Intl.Segmenter('en', { granularity: 'grapheme' }); const t = 'ab'.repeat(2 ** 20); const keep = [];
         for (let i = 0; i < 60; i++) { const it = s.segment(t)[Symbol.iterator](); it.next(); keep.push(it); }
         globalThis.keep = keep;
       }
       return typeof Intl.Segmenter`,
      profile,
    );
    assert.equal(o, { ok: true, value: 'undefined', logs: [] }, profile);
    withinHardLimit(growth, profile);
  }
});

test('Intl.v8BreakIterator adoptText memory: the non-standard iterator is removed from every profile, and the child does not grow', async () => {
  for (const profile of ['ultra-secure', 'high-security', 'tenant-isolated']) {
    // Before: sixty iterators over one 3-million-character text returned ok and held about 370 MiB of RSS.
    const { o, growth } = await measured(
      `const B = Intl.v8BreakIterator;
       if (typeof B === 'function') {
         const s = 'ab cd '.repeat(2 ** 19); const keep = [];
         for (let i = 0; i < 60; i++) { const it = new B('en', { type: 'word' }); it.adoptText(s); keep.push(it); }
         globalThis.keep = keep;
       }
       return [typeof B, Object.getOwnPropertyNames(Intl).includes('v8BreakIterator')]`,
      profile,
    );
    assert.equal(o, { ok: true, value: ['undefined', false], logs: [] }, profile);
    withinHardLimit(growth, profile);
  }
});

test('Intl.DateTimeFormat formatRange memory: the interval formatter each formatter keeps is charged, and the child does not grow', async () => {
  // Before: 250 formatters, each after one formatRange and one formatRangeToParts, held 21.7-24.3 MiB of
  // RSS in tenant-isolated (8 MB budget) and returned ok: 55 KiB per formatter was not charged.
  const { o, growth } = await measured(
    `const keep = [];
     for (let i = 0; i < 250; i++) {
       const f = new Intl.DateTimeFormat('en', { dateStyle: 'full', timeStyle: 'full' });
       f.formatRange(new Date(0), new Date(1e12)); f.formatRangeToParts(new Date(0), new Date(2e12)); keep.push(f);
     }
     globalThis.keep = keep; return keep.length`,
    'tenant-isolated',
  );
  assert.equal(o, { ok: false, code: 'ERR_SCRIPT_ERROR', guestName: 'RangeError' });
  withinHardLimit(growth, 'tenant-isolated');
});

test('Intl.DisplayNames dateTimeField memory: the pattern generator each one keeps is charged, in every profile', async () => {
  // Before: each was charged 2 KiB and kept 37-39 KiB off the heap; 2,000 of them grew the child by 60 MiB
  // in ultra-secure, 96 MiB in high-security and 181 MiB in tenant-isolated, and returned ok.
  for (const profile of ['ultra-secure', 'high-security', 'tenant-isolated']) {
    const { o, growth } = await measured(
      `const keep = [];
       for (let i = 0; i < 2000; i++) {
         const d = new Intl.DisplayNames('en', { type: 'dateTimeField' }); d.of('era'); keep.push(d);
       }
       globalThis.keep = keep; return keep.length`,
      profile,
    );
    assert.equal(o, { ok: false, code: 'ERR_SCRIPT_ERROR', guestName: 'RangeError' }, profile);
    withinHardLimit(growth, profile);
  }
});

test('Intl.DisplayNames of the other types stays cheap: 200 region names run in ultra-secure', async () => {
  const { o } = await measured(
    `const keep = [];
     for (let i = 0; i < 200; i++) { const d = new Intl.DisplayNames('en', { type: 'region' }); d.of('US'); keep.push(d); }
     return keep.length`,
    'ultra-secure',
  );
  assert.equal(o, { ok: true, value: 200, logs: [] });
});

test('Intl.DateTimeFormat Japanese calendar memory: its era tables are charged, with and without formatRange', async () => {
  // Measured 148 KiB per formatter off the heap (319 KiB after formatRange), against 32 KiB charged before.
  for (const range of [false, true]) {
    const { o, growth } = await measured(
      `const keep = [];
       for (let i = 0; i < 250; i++) {
         const f = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', { dateStyle: 'full', timeStyle: 'full', timeZone: 'Asia/Tokyo' });
         ${range ? 'f.formatRange(new Date(0), new Date(1e12));' : 'f.format(0);'} keep.push(f);
       }
       globalThis.keep = keep; return keep.length`,
      'tenant-isolated',
    );
    assert.equal(o, { ok: false, code: 'ERR_SCRIPT_ERROR', guestName: 'RangeError' }, String(range));
    withinHardLimit(growth, 'tenant-isolated');
  }
});

test('Intl range methods and Japanese dates still work within the budget', async () => {
  const { o } = await measured(
    `const f = new Intl.DateTimeFormat('en', { year: 'numeric', timeZone: 'UTC' });
     const j = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', { era: 'long', year: 'numeric', timeZone: 'UTC' });
     return [f.formatRange(new Date(0), new Date(1e12)), f.formatRangeToParts(new Date(0), new Date(0)).length,
       f.formatRange(new Date(0), new Date(2e12)), j.format(new Date(1e12)).length > 0,
       new Intl.NumberFormat('en').formatRange(1, 5), new Intl.PluralRules('en').selectRange(1, 5)]`,
    'ultra-secure',
  );
  assert.equal(o, {
    ok: true,
    value: ['1970\u2009–\u20092001', 1, '1970\u2009–\u20092033', true, '1–5', 'other'],
    logs: [],
  });
});

test('Intl formatters made in a loop, kept or dropped, are refused past the budget, and the child does not grow', async () => {
  for (const code of [
    'const k = []; for (let i = 0; i < 200000; i++) k.push(new Intl.DateTimeFormat("en-US")); globalThis.keep = k; return k.length',
    'let n = 0; for (let i = 0; i < 200000; i++) n += new Intl.DateTimeFormat("en-US").format(0).length; return n',
    'let n = 0; const d = new Date(0); for (let i = 0; i < 200000; i++) n += d.toLocaleString("en-US", { timeZone: "UTC" }).length; return n',
    'const k = []; for (let i = 0; i < 200000; i++) k.push(Intl.NumberFormat("de-DE")); globalThis.keep = k; return k.length',
  ]) {
    const { o, growth } = await measured(code, 'ultra-secure');
    assert.equal(o, { ok: false, code: 'ERR_SCRIPT_ERROR', guestName: 'RangeError' }, code);
    withinHardLimit(growth, 'ultra-secure');
  }
});

test('Intl still formats within the budget', async () => {
  const { o } = await measured(
    `const nf = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });
     const df = Intl.DateTimeFormat('en-US', { timeZone: 'UTC', year: 'numeric' });
     return [nf.format(1234.56), df.format(0), new Date(0).toLocaleDateString('en-US', { timeZone: 'UTC' }),
       nf instanceof Intl.NumberFormat, Object.getPrototypeOf(df).constructor === Intl.DateTimeFormat]`,
    'ultra-secure',
  );
  assert.equal(o, { ok: true, value: ['1,234.6', '1970', '1/1/1970', true, true], logs: [] });
});

test('fetch: 300 parallel 1 MiB responses are refused past 4 in flight, and the child does not grow', async () => {
  const { o, growth } = await measured(
    `const url = ${JSON.stringify(`${origin}/big`)};
     const started = []; let refused = 0;
     for (let i = 0; i < 300; i++) { try { started.push(fetch(url)); } catch (e) { refused++; } }
     const bodies = await Promise.all(started.map((p) => p.then((r) => r.text())));
     return [started.length, refused, bodies.every((b) => b.length === 2 ** 20)]`,
    'tenant-isolated',
  );
  assert.equal(o, { ok: true, value: [4, 296, true], logs: [] });
  // Four 1 MiB responses, each copied a few times on the way in (read, decoded, wrapped, parsed):
  // bounded by 64 MiB, where the same attack once took the child to 571 MiB.
  assert.ok(growth < 64 * MiB, `the sandbox child grew by ${(growth / MiB).toFixed(1)} MiB`);
});

test('fetch.maxInFlight must be a positive integer: a NaN bound would lift it', () => {
  for (const maxInFlight of [Number.NaN, 0, -1, 1.5, '4']) {
    try {
      createRuntime({ fetch: { maxInFlight } as never });
      assert.unreachable(`accepted ${String(maxInFlight)}`);
    } catch (error) {
      assert.equal((error as { code?: string }).code, 'ERR_INVALID_REQUEST');
    }
  }
});

test('fetch: requests may start again once earlier ones are delivered', async () => {
  const { o } = await measured(
    `const url = ${JSON.stringify(`${origin}/big`)}; let done = 0;
     for (let round = 0; round < 3; round++) {
       const batch = []; for (let i = 0; i < 4; i++) batch.push(fetch(url));
       for (const r of await Promise.all(batch)) { await r.text(); done++; }
     }
     return done`,
    'tenant-isolated',
  );
  assert.equal(o, { ok: true, value: 12, logs: [] });
});

// --- budget false positives: the budget covers what the snippet holds, not its input or its garbage ---

const INPUTS: Record<string, unknown> = {
  'a string': { s: 'x'.repeat(800_000) },
  'an array of small objects': Array.from({ length: 47_000 }, (_, i) => ({ a: i % 100, b: 'v' })),
  'an array of short strings': Array.from({ length: 92_000 }, (_, i) => `v${i % 100_000}`),
  'an array of numbers': Array.from({ length: 117_000 }, (_, i) => i * 7),
};

for (const [shape, input] of Object.entries(INPUTS)) {
  test(`a 0.8 MB input (${shape}) passes ultra-secure, and the budget still applies to what the snippet holds`, async () => {
    const size = JSON.stringify(input).length;
    assert.ok(size > 750_000 && size < 850_000, `input of ${size} bytes`);
    const ok = await outcome(rt, {
      code: 'globalThis.keep = new Uint8Array(1_500_000); return Array.isArray(input) ? input.length : input.s.length',
      profile: 'ultra-secure',
      input,
      scan: false,
      timeoutMs: 5_000,
    });
    assert.equal(ok.ok, true, JSON.stringify(ok));
    const over = await outcome(rt, {
      // 2x the budget: garbage an earlier execution left (here a large input and a 1.5 MB buffer),
      // collected during this one, can hide part of what it allocates (SECURITY.md, claim 6); measured
      // up to about 1 MB after these inputs, so the line is tested with room to spare.
      code: 'globalThis.keep = new Uint8Array(4_000_000); return 1',
      profile: 'ultra-secure',
      input,
      scan: false,
      timeoutMs: 5_000,
    });
    assert.equal(over, { ok: false, code: 'ERR_MEMORY_LIMIT' });
  });
}

test('an input over maxInputBytes is still refused before it runs', async () => {
  const o = await outcome(rt, {
    code: 'return 1',
    profile: 'ultra-secure',
    input: { s: 'x'.repeat(1_100_000) },
    scan: false,
  });
  assert.equal(o.ok, false);
  if (!o.ok) assert.equal(o.code, 'ERR_INVALID_REQUEST');
});

test('garbage three times the budget, dropped before completion, is not held: ultra-secure completes', async () => {
  const o = await outcome(rt, {
    code: `let sum = 0;
      for (let i = 0; i < 30; i++) { const chunk = new Array(25_000).fill(0).map((_, j) => ({ j })); sum += chunk.length; }
      return sum`,
    profile: 'ultra-secure',
    scan: false,
    timeoutMs: 5_000,
  });
  assert.equal(o, { ok: true, value: 750_000, logs: [] });
});

test('garbage dropped while awaiting is not held either, and memory held past the budget still is', async () => {
  const garbage = await outcome(rt, {
    code: `for (let i = 0; i < 20; i++) { let chunk = new Array(25_000).fill(0).map((_, j) => ({ j })); await new Promise((r) => Promise.resolve().then(r)); chunk = null; }
      return 'done'`,
    profile: 'ultra-secure',
    scan: false,
    timeoutMs: 5_000,
  });
  assert.equal(garbage, { ok: true, value: 'done', logs: [] });
  const held = await outcome(rt, {
    code: `const keep = []; for (let i = 0; i < 20; i++) { keep.push(new Array(25_000).fill(0).map((_, j) => ({ j }))); await 0; }
      globalThis.keep = keep; return keep.length`,
    profile: 'ultra-secure',
    scan: false,
    timeoutMs: 5_000,
  });
  assert.equal(held, { ok: false, code: 'ERR_MEMORY_LIMIT' });
});

test.run();
