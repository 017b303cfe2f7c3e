/**
 * The crash patterns measured as contained in `in-process` isolation (crash-patterns.ts) stay contained:
 * each runs in-process inside its own probe child, so that a regression that makes one abort fails this
 * test instead of killing the runner. The probe child prints the execution's code and whether the
 * runtime served the next request.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { CRASH_PATTERNS } from './crash-patterns.js';
import { runProbe } from './crash-probe.js';

const CONTAINED = CRASH_PATTERNS.filter((p) => p.inProcess === 'contained');
const PROBE_LIMIT_MS = 45_000;
const CODED = new Set(['ERR_MEMORY_LIMIT', 'ERR_TIMEOUT', 'ERR_SCRIPT_ERROR']);

test(`${CONTAINED.length} contained patterns leave an in-process host alive and serving`, async () => {
  // Two probes at a time: each may allocate up to the isolate's hard limit, a few times over.
  const results: [string, Awaited<ReturnType<typeof runProbe>>][] = [];
  for (let i = 0; i < CONTAINED.length; i += 2) {
    const pair = CONTAINED.slice(i, i + 2);
    const done = await Promise.all(pair.map((p) => runProbe(p.id, 'in-process', PROBE_LIMIT_MS)));
    for (const [j, p] of pair.entries()) results.push([p.id, done[j]!]);
  }
  for (const [id, r] of results) {
    assert.is(r.signal, null, `${id} ended its host with ${r.signal}: ${r.stderrTail.slice(-300)}`);
    assert.is(r.status, 0, `${id} exit status`);
    const code = r.outcome?.ok ? 'ok' : String(r.outcome?.code);
    assert.ok(code === 'ok' || CODED.has(code), `${id}: ${code}`);
  }
});

// Found by the probes (intermittent, 2 of 5 runs; fixed by collecting a returned isolate's garbage before it
// serves again): a guest that fills the isolate's heap with garbage near
// its hard limit and returns succeeds, and the *next* execution on that isolate (possibly another
// tenant's) fails with ERR_MEMORY_LIMIT. Repro (in-process): `execute({ code: 'const n = 1e6; return typeof JSON.parse("[".repeat(n)
// + "]".repeat(n))', scan: false })` then `execute({ code: 'return "served"' })` -> ERR_MEMORY_LIMIT.
test('an innocent execution after a near-limit one is served', async () => {
  const r = await runProbe('json-parse-deep', 'in-process', PROBE_LIMIT_MS);
  assert.is(r.outcome?.after, 'served');
});

test.run();
