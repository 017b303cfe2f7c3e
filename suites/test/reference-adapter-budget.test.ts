import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { SandboxAdapter } from '../adapters/adapter.js';
import { createReferenceAdapter } from '../adapters/reference-adapter.js';

let adapter: SandboxAdapter | undefined;

test.before(async () => {
  adapter = await createReferenceAdapter();
});

test.after(async () => {
  await adapter?.dispose();
});

test('a budget above the profile timeout (the harness re-runs ask for patience) is clamped, not refused', async () => {
  const outcome = await adapter!.execute(
    { id: 'patient', code: 'return 6 * 7;' },
    { profile: 'ultra-secure', tenantId: 'patient', scan: false, timeoutMs: 10 * 60_000 },
  );
  assert.is(outcome.status, 'completed', JSON.stringify(outcome));
  if (outcome.status === 'completed') assert.is(outcome.value, 42);
});

test.run();
