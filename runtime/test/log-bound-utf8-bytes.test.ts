/**
 * Attack: the "64 KiB" log bound counted UTF-16 units, so 300 × `console.log('一'.repeat(1000))` came back as
 * 65 entries and 195,196 UTF-8 bytes (3x the bound); the 1 MiB result bound likewise let a 3 MiB CJK string
 * through. Both bounds now count UTF-8 bytes (a lone surrogate as U+FFFD, 3 bytes), inside the isolate and
 * again on the host. Lines are kept or dropped whole, never cut. Runs in both isolation modes, scanner off.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { decodeEnvelope } from '../result-envelope.js';
import { createRuntime, type Runtime } from '../runtime.js';
import { outcome } from './helpers.js';

const KIB = 1024;
const runtimes: Record<string, Runtime> = {
  'in-process': createRuntime({ isolation: 'in-process', pool: { min: 0 } }),
  process: createRuntime({ isolation: 'process', pool: { min: 0 } }),
};
const utf8 = (lines: readonly string[]) => lines.reduce((n, line) => n + Buffer.byteLength(line, 'utf8'), 0);

async function logsOf(isolation: string, code: string) {
  const rt = runtimes[isolation] as Runtime;
  const result = await rt.execute({ code, profile: 'ultra-secure', scan: false });
  return { logs: result.logs, dropped: result.logsDropped };
}

for (const isolation of Object.keys(runtimes)) {
  test(`${isolation}: 300 CJK log lines of 3,000 UTF-8 bytes keep 21 lines, at most 64 KiB of UTF-8`, async () => {
    const { logs, dropped } = await logsOf(
      isolation,
      "for (let i = 0; i < 300; i++) console.log('\\u4e00'.repeat(1000)); return 1",
    );
    assert.is(logs.length, 21);
    assert.is(dropped, 279);
    assert.is(utf8(logs), 21 * 3000);
  });

  test(`${isolation}: emoji (surrogate pairs, 4 bytes) and lone surrogates (3 bytes) count as UTF-8 does`, async () => {
    const emoji = await logsOf(
      isolation,
      "for (let i = 0; i < 50; i++) console.log('\\u{1F600}'.repeat(1000)); return 1",
    );
    assert.is(emoji.logs.length, 16);
    assert.ok(utf8(emoji.logs) <= 64 * KIB);
    const lone = await logsOf(
      isolation,
      "for (let i = 0; i < 50; i++) console.log('\\uD800'.repeat(1000)); return 1",
    );
    assert.is(lone.logs.length, 21);
    assert.is(utf8(lone.logs), 21 * 3000);
  });

  test(`${isolation}: a line of exactly 64 KiB of UTF-8 is kept, one byte more is dropped`, async () => {
    // 21,845 × 3 bytes + 1 = 65,536.
    const exact = await logsOf(isolation, "console.log('\\u4e00'.repeat(21845) + 'a'); return 1");
    assert.equal([exact.logs.length, utf8(exact.logs)], [1, 64 * KIB]);
    const over = await logsOf(isolation, "console.log('\\u4e00'.repeat(21845) + '\\u00e9'); return 1");
    assert.equal([over.logs.length, over.dropped], [0, 1]);
  });

  test(`${isolation}: the 1 MiB result bound counts UTF-8 bytes`, async () => {
    const rt = runtimes[isolation] as Runtime;
    const fits = await outcome(rt, {
      code: "return '\\u4e00'.repeat(300000)",
      profile: 'ultra-secure',
      scan: false,
    });
    assert.is(fits.ok, true);
    const over = await outcome(rt, {
      code: "return '\\u4e00'.repeat(400000)",
      profile: 'ultra-secure',
      scan: false,
    });
    assert.equal(over, { ok: false, code: 'ERR_RESULT_NOT_TRANSFERABLE' });
  });
}

test('host side: a forged envelope over the bounds in UTF-8 is bounded again by decodeEnvelope', () => {
  const limits = { maxLogEntries: 200, maxLogBytes: 64 * KIB, maxResultBytes: 1024 * KIB };
  const line = '\u4e00'.repeat(1000);
  const decoded = decodeEnvelope(
    JSON.stringify({ ok: true, value: 1, logs: Array(100).fill(line), dropped: 0 }),
    limits,
  );
  assert.equal([decoded.logs.length, decoded.logsDropped], [21, 79]);
  const big = JSON.stringify({ ok: true, value: '\u4e00'.repeat(400_000), logs: [], dropped: 0 });
  assert.throws(
    () => decodeEnvelope(big, limits),
    (e: Error & { code?: string }) => e.code === 'ERR_RESULT_NOT_TRANSFERABLE',
  );
});

test.after(async () => {
  for (const rt of Object.values(runtimes)) await rt.dispose();
});

test.run();
