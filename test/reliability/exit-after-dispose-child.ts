/**
 * Child process of runtime-inprocess-segfault-displaynames.test.ts: an in-process runtime serves one
 * tenant-isolated execution whose guest holds as many `Intl.DisplayNames` as its budget lets it (170 of
 * type `dateTimeField`: each keeps ICU objects that V8 destroys when it deletes the heap, which makes the
 * deletion slow), then the host calls `await runtime.dispose()` and `process.exit(0)` at once, as a
 * server that shuts down does. argv[2] says when: `returned` (the execution returned, the isolate is
 * preparing its next context), `timeout` (the execution was killed at its deadline) or `running` (the
 * disposal ends a running execution). Prints the execution's outcome before it exits; a host that dies at
 * the exit ends by a signal.
 */
import { createRuntime, SandboxError } from '../../runtime/index.js';

const SCENARIOS = ['returned', 'timeout', 'running'] as const;
type Scenario = (typeof SCENARIOS)[number];

const scenario = process.argv[2] as Scenario;
if (!SCENARIOS.includes(scenario)) {
  process.stderr.write(`usage: exit-after-dispose-child ${SCENARIOS.join('|')}\n`);
  process.exit(2);
}

const HOLD =
  'const held = []; try { for (let i = 0; i < 6000; i++) held.push(new Intl.DisplayNames([["de", "fr", "ja"][i % 3]], { type: "dateTimeField" })) } catch {} globalThis.held = held;';
const TAIL: Record<Scenario, string> = {
  returned: 'return held.length',
  timeout: 'for (;;) {}',
  running: 'for (;;) {}',
};

const runtime = createRuntime({ isolation: 'in-process' });
const execution = runtime
  .execute({
    profile: 'tenant-isolated',
    tenantId: 'tenant-a',
    code: `${HOLD} ${TAIL[scenario]}`,
    scan: false,
    // The profile's own timeout (15 s) unless the deadline is the point: at load 40 building the objects
    // alone took over a second.
    ...(scenario === 'timeout' ? { timeoutMs: 1_000 } : {}),
  })
  .then(
    (r) => `ok ${String(r.value)}`,
    (e: unknown) => (e instanceof SandboxError ? e.code : 'NOT_A_SANDBOX_ERROR'),
  );
if (scenario === 'running') {
  // Long enough for the guest to build its objects and enter the loop.
  await new Promise((resolve) => setTimeout(resolve, 1_500));
} else {
  await execution;
  // The pool starts preparing the isolate's next context on a later turn: the disposal meets it under way.
  await new Promise((resolve) => setImmediate(resolve));
  await new Promise((resolve) => setImmediate(resolve));
}
await runtime.dispose();
process.stdout.write(`${await execution}\n`);
process.exit(0);
