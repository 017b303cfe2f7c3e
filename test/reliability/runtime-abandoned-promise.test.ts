/**
 * abandoned-promise: a guest awaiting a promise nothing can settle (`await new Promise(() => {})`) has
 * its whole promise chain collected by V8 if a GC runs while it waits; isolated-vm then rejects the call
 * with "Promise was abandoned". That once came back as ERR_SCRIPT_ERROR (found by the soak, 1 run in 10).
 * It must end as every never-settling execution does: ERR_TIMEOUT at the deadline, or the code of an
 * earlier kill. A GC on the isolate's thread during the wait forces the collection here.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { BUILTIN_PROFILES, DEFAULT_FETCH_POLICY, internals, SandboxError } from '../../runtime/index.js';

const NEVER = [
  'await new Promise(() => {}); return 1',
  'await Promise.all([new Promise(() => {}), new Promise(() => {})])',
  'for await (const x of { [Symbol.asyncIterator]: () => ({ next: () => new Promise(() => {}) }) }) {}',
];

const LIMITS: internals.OutputLimits = { maxLogEntries: 10, maxLogBytes: 1_000, maxResultBytes: 100_000 };

/** A job for the bare isolate: no fetch origin. */
const isolateJob = (code: string, timeoutMs: number): internals.ExecutionJob => ({
  executionId: 'abandoned-promise',
  code,
  inputJson: undefined,
  timeoutMs,
  fetchPolicy: DEFAULT_FETCH_POLICY,
});

async function codeOf(run: Promise<unknown>): Promise<string> {
  try {
    await run;
    return 'ok';
  } catch (error) {
    assert.instance(error, SandboxError);
    return (error as SandboxError).code;
  }
}

for (const code of NEVER) {
  test(`a GC while the guest awaits forever still ends in ERR_TIMEOUT: ${code.slice(0, 40)}`, async () => {
    const isolate = new internals.SandboxIsolate(BUILTIN_PROFILES['ultra-secure'], 16, LIMITS);
    try {
      const run = isolate.execute(isolateJob(code, 300));
      await new Promise((r) => setTimeout(r, 30));
      assert.ok(await isolate.collectGarbage(), 'the GC ran while the guest waited');
      assert.is(await codeOf(run), 'ERR_TIMEOUT');
      assert.ok(isolate.isDisposed, 'the isolate is recycled, as after any timeout');
    } finally {
      isolate.dispose();
    }
  });
}

test('a disposal during that wait ends it at once with ERR_DISPOSED', async () => {
  const isolate = new internals.SandboxIsolate(BUILTIN_PROFILES['high-security'], 16, LIMITS);
  const run = isolate.execute(isolateJob(NEVER[0]!, 30_000));
  await new Promise((r) => setTimeout(r, 30));
  await isolate.collectGarbage();
  await new Promise((r) => setTimeout(r, 20));
  isolate.dispose('disposed');
  assert.is(await codeOf(run), 'ERR_DISPOSED');
});

test.run();
