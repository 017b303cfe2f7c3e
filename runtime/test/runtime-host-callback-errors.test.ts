/**
 * Host frames in errors: no failure of a host callback (module loading, random bytes, fetch) reaches the
 * guest as a host error. The guest gets a fresh error of its own realm, with a fixed message, whose stack
 * names only `sandbox:` scripts: no host file path, no host function, no isolated-vm boundary frame.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { neverThrows } from '../host-callback.js';
import { createRuntime } from '../runtime.js';

const rt = createRuntime({ isolation: 'in-process', pool: { min: 0 } });

/** Runs `code` (which returns an error's `[name, message, stack, own-realm]`) in tenant-isolated. */
async function caught(code: string): Promise<[string, string, string, boolean]> {
  const result = await rt.execute({
    code,
    profile: 'tenant-isolated',
    tenantId: 'cb',
    scan: false,
    timeoutMs: 3000,
  });
  return result.value as [string, string, string, boolean];
}

const REPORT = 'return [e.name, e.message, String(e.stack), e instanceof Error]';
const HOST_TRACES = [process.cwd(), '.ts:', 'node:', 'IsolateCallbacks', 'isolated-vm', 'node_modules'];

function assertGuestOnly(stack: string): void {
  for (const trace of HOST_TRACES) assert.not.ok(stack.includes(trace), `host trace ${trace} in: ${stack}`);
}

test('Uint8Array replaced before require("uuid"): a guest RangeError without host frames', async () => {
  const [name, message, stack, ownRealm] = await caught(`
    globalThis.Uint8Array = function () { return { length: 1e9 } };
    try { require('uuid').v4(); return ['none', '', '', false] } catch (e) { ${REPORT} }`);
  assert.equal([name, message, ownRealm], ['RangeError', 'getRandomValues: invalid length', true]);
  assertGuestOnly(stack);
});

test('Uint8Array whose length is not a number: a guest RangeError without host frames', async () => {
  const [name, , stack] = await caught(`
    globalThis.Uint8Array = function () { return { length: { valueOf() { return 16 } } } };
    try { require('uuid').v4(); return ['none', '', '', false] } catch (e) { ${REPORT} }`);
  assert.is(name, 'RangeError');
  assertGuestOnly(stack);
});

test('uuid still works with the real Uint8Array', async () => {
  const result = await rt.execute({
    code: "return require('uuid').v4().length",
    profile: 'tenant-isolated',
    scan: false,
  });
  assert.is(result.value, 36);
});

test('fetch to a refused origin: a guest TypeError without host frames', async () => {
  const [name, message, stack, ownRealm] = await caught(
    `try { await fetch('http://127.0.0.1:9/'); return ['none', '', '', false] } catch (e) { ${REPORT} }`,
  );
  assert.equal([name, message, ownRealm], ['TypeError', 'fetch failed: origin not allowed', true]);
  assertGuestOnly(stack);
});

test('fetch with a request the host cannot read: a guest error without host frames', async () => {
  const [, , stack] = await caught(
    `try { await fetch('http://x/', { method: 'BREW', body: 'x'.repeat(600000) }); return ['none', '', '', false] } catch (e) { ${REPORT} }`,
  );
  assertGuestOnly(stack);
});

test('require of a module outside the allowlist: a guest error without host frames', async () => {
  const [name, , stack] = await caught(
    `try { require('fs'); return ['none', '', '', false] } catch (e) { ${REPORT} }`,
  );
  assert.is(name, 'Error');
  assertGuestOnly(stack);
});

test('neverThrows turns any host failure into null', () => {
  const wrapped = neverThrows((n: number) => {
    if (n < 0) throw new RangeError(`bad ${process.cwd()}`);
    return n * 2;
  });
  assert.is(wrapped(2), 4);
  assert.is(wrapped(-1), null);
});

test.after(() => rt.dispose());
test.run();
