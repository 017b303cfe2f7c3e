/**
 * Regression (RX-atomics-wait, TC-sab-timer): `Atomics.waitAsync(cell, 0, 0, 1)` with a finite timeout
 * aborted the whole host process under isolated-vm 5.0.4. The hardening script removes it; run in a
 * child process so that a regression fails this test instead of killing the test runner.
 */
import { spawnSync } from 'node:child_process';
import { test } from 'uvu';
import * as assert from 'uvu/assert';

const SCRIPT = `
  const { createRuntime } = await import('./runtime/index.ts');
  const rt = createRuntime({ pool: { min: 0 } });
  const out = [];
  for (const profile of ['high-security', 'tenant-isolated']) {
    try {
      const r = await rt.execute({ profile, scan: false, code:
        'const cell = new Int32Array(new SharedArrayBuffer(4)); return typeof Atomics.waitAsync === "function" ? Atomics.waitAsync(cell, 0, 0, 1).async : "absent"' });
      out.push(r.value);
    } catch (e) { out.push(e.code); }
  }
  await rt.dispose();
  console.log(JSON.stringify(out));`;

test('Atomics.waitAsync is absent and the host survives', () => {
  const child = spawnSync(
    process.execPath,
    ['--no-node-snapshot', '--import', 'tsx', '--input-type=module', '-e', SCRIPT],
    {
      encoding: 'utf8',
      timeout: 60_000,
    },
  );
  assert.is(child.status, 0, child.stderr);
  assert.equal(JSON.parse(child.stdout.trim()), ['absent', 'absent']);
});

test.run();
