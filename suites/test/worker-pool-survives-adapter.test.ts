import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { AdapterOutcome, SandboxAdapter } from '../adapters/adapter.js';
import { AdapterLoadError } from '../adapters/load-adapter.js';
import { createWorkerPoolAdapter, incidentOf, workerFindingsOf } from '../adapters/worker-pool.js';

const FIXTURE = fileURLToPath(new URL('./fixtures/misbehaving-adapter.mjs', import.meta.url));
const options = { profile: 'ultra-secure', tenantId: 'w0-a', scan: false, timeoutMs: 200 };

async function withPool(run: (adapter: SandboxAdapter) => Promise<void>): Promise<void> {
  const adapter = await createWorkerPoolAdapter({ spec: FIXTURE, workers: 1, graceMs: 1500 });
  try {
    await run(adapter);
  } finally {
    await adapter.dispose();
  }
}

const exec = (adapter: SandboxAdapter, code: string): Promise<AdapterOutcome> =>
  adapter.execute({ id: 'sample', code }, options);

test('a worker pool takes the name and capabilities its worker loaded', async () => {
  await withPool(async (adapter) => {
    assert.is(adapter.name, 'misbehaving');
    assert.equal(adapter.capabilities.profiles, ['ultra-secure']);
  });
});

test('an adapter that blocks its thread is recorded as a hang and the next execution runs', async () => {
  await withPool(async (adapter) => {
    const hung = await exec(adapter, 'hang');
    assert.is(hung.status, 'crashed');
    assert.is(incidentOf(hung), 'hang');
    const next = await exec(adapter, 'return 1');
    assert.equal(next, { status: 'completed', value: 1, logs: [], hostFindings: [] });
  });
});

test('an adapter that kills its process is recorded as a crash and the worker is replaced', async () => {
  await withPool(async (adapter) => {
    const died = await exec(adapter, 'die');
    assert.is(incidentOf(died), 'crash');
    assert.match((died as { message: string }).message, /SIGKILL/);
    assert.is((await exec(adapter, 'return 1')).status, 'completed');
  });
});

test('an adapter whose execute throws is recorded as an adapter-error and the worker stays', async () => {
  await withPool(async (adapter) => {
    const threw = await exec(adapter, 'throw');
    assert.is(incidentOf(threw), 'adapter-error');
    assert.match((threw as { message: string }).message, /RangeError: adapter bug/);
    assert.is((await exec(adapter, 'return 1')).status, 'completed');
  });
});

test('an exception from a stray adapter timer is charged to the execution in flight as a crash', async () => {
  await withPool(async (adapter) => {
    const stray = await exec(adapter, 'stray');
    assert.is(incidentOf(stray), 'crash');
    assert.match((stray as { message: string }).message, /stray timer in the adapter/);
    assert.is((await exec(adapter, 'return 1')).status, 'completed');
  });
});

test("a change to the worker's host intrinsics comes back as a host finding", async () => {
  await withPool(async (adapter) => {
    const polluted = await exec(adapter, 'pollute');
    assert.is(polluted.status, 'completed');
    assert.match(workerFindingsOf(polluted).join('\n'), /Object\.prototype was changed/);
  });
});

test("a guest that reads its worker's host canary is seen: the worker's token is evidence", async () => {
  await withPool(async (adapter) => {
    const read = await exec(adapter, 'read-canary');
    assert.is(read.status, 'completed');
    assert.match(workerFindingsOf(read).join('\n'), /the value carries the host canary token/);
    const logged = await exec(adapter, 'log-canary');
    assert.match(workerFindingsOf(logged).join('\n'), /the logs carry the host canary token/);
    assert.equal(workerFindingsOf(await exec(adapter, 'return 1')), [], 'no finding without the token');
  });
});

test('an adapter module that does not load rejects with AdapterLoadError', async () => {
  try {
    await createWorkerPoolAdapter({ spec: '/nonexistent/adapter.mjs' });
    assert.unreachable('should have rejected');
  } catch (error) {
    assert.instance(error, AdapterLoadError);
    assert.match((error as Error).message, /cannot import adapter/);
  }
});

test.run();
