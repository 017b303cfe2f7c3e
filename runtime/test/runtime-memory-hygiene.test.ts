/**
 * Garbage from released contexts must never kill a benign execution (a false out-of-memory): the
 * hard limit, the per-execution budget, GC and recycling work together over thousands of executions.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createRuntime } from '../runtime.js';

async function codesOf(runs: number, profile: string, code: string) {
  const rt = createRuntime({ pool: { min: 1, max: 2 } });
  const codes: Record<string, number> = {};
  for (let i = 0; i < runs; i++) {
    try {
      await rt.execute({ code, profile, scan: false });
      codes.ok = (codes.ok ?? 0) + 1;
    } catch (error) {
      const code = (error as { code: string }).code;
      codes[code] = (codes[code] ?? 0) + 1;
    }
  }
  const stats = rt.stats();
  await rt.dispose();
  return { codes, stats };
}

test('2,000 executions loading lodash in fresh contexts: no false out-of-memory', async () => {
  const { codes } = await codesOf(
    2_000,
    'high-security',
    'const _ = require("lodash"); return _.sum(_.range(100))',
  );
  assert.equal(codes, { ok: 2_000 });
});

test('2,000 executions allocating 1 MB each under ultra-secure: no false out-of-memory', async () => {
  const { codes } = await codesOf(
    2_000,
    'ultra-secure',
    'const a = new Array(60_000).fill(0).map((_, i) => i); return a.length',
  );
  assert.equal(codes, { ok: 2_000 });
});

test.run();
