/**
 * The entry of an adapter worker process (see `worker-pool.ts`). It loads the adapter named by
 * `SANDPROOF_ADAPTER_WORKER`, plants its own host oracle, and answers `execute` messages one at a time,
 * each with what that oracle found: its tripwires, and its canary's token in the outcome.
 * An exception that escapes the adapter (a stray timer callback) is reported as `fatal` before the worker
 * exits: the harness charges it to the execution in flight and starts a new worker.
 */
import { HostOracle, markerViolations } from '../oracle.js';
import type { AdapterOutcome, SandboxAdapter } from './adapter.js';
import { boundMessage } from './adapter.js';
import { loadAdapter } from './load-adapter.js';
import { type FromWorker, type ToWorker, WORKER_ADAPTER_ENV } from './worker-protocol.js';

const send = (message: FromWorker): void => {
  process.send?.(message);
};

/** Sends a result; an outcome the channel cannot carry (a cycle, a BigInt) is the adapter's error. */
function reply(id: number, outcome: AdapterOutcome, hostFindings: string[]): void {
  try {
    send({ type: 'result', id, outcome, hostFindings });
  } catch (error) {
    const message = `the adapter returned an outcome that is not JSON data: ${(error as Error).message}`;
    send({ type: 'adapter-error', id, message: boundMessage(message), hostFindings });
  }
}

let oracle: HostOracle | null = null;

/** Ends the worker: the oracle's exit guard (which throws for the guest) is lifted first. */
function exit(code: number): void {
  oracle?.dispose();
  oracle = null;
  process.exit(code);
}

function fatal(error: unknown): void {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  send({ type: 'fatal', message: boundMessage(`uncaught in the adapter: ${text}`) });
  // Give the IPC channel a moment to carry the message, then go.
  setTimeout(() => exit(70), 50).unref();
}

async function main(): Promise<void> {
  const spec = process.env[WORKER_ADAPTER_ENV];
  let adapter: SandboxAdapter;
  try {
    if (!spec) throw Object.assign(new Error(`${WORKER_ADAPTER_ENV} is not set`), { code: 'ERR_USAGE' });
    adapter = await loadAdapter(spec);
  } catch (error) {
    const err = error as { code?: unknown; message?: unknown };
    send({ type: 'load-failed', code: String(err.code ?? 'ERR_ADAPTER_LOAD'), message: String(err.message) });
    setTimeout(() => exit(2), 50).unref();
    return;
  }
  process.on('uncaughtException', fatal);
  // A guest's forgotten rejection is the adapter's affair; it must not end the worker.
  process.on('unhandledRejection', () => {});
  const tripwires = new HostOracle();
  oracle = tripwires;
  // What the adapter itself did to the worker before any guest ran (SES's lockdown freezes every
  // intrinsic) is the worker's starting state, not a guest's doing.
  const preexisting = new Set(tripwires.check());
  const findings = (): string[] => {
    const found = tripwires.check().filter((finding) => !preexisting.has(finding));
    if (found.length > 0) tripwires.restore();
    return found;
  };
  let queue = Promise.resolve();
  process.on('message', (message: ToWorker) => {
    if (message.type === 'dispose') {
      queue = queue.then(async () => {
        await adapter.dispose().catch(() => {});
        exit(0);
      });
      return;
    }
    const { id, sample, options } = message;
    queue = queue.then(async () => {
      try {
        const outcome = await adapter.execute(sample, options);
        // The canary this worker planted has a token of its own, unknown to the harness: a guest that
        // read it (host access in this process) is judged here, where the token lives.
        reply(id, outcome, [...markerViolations(outcome), ...findings()]);
      } catch (error) {
        const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
        send({ type: 'adapter-error', id, message: boundMessage(text), hostFindings: findings() });
      }
    });
  });
  process.on('disconnect', () => exit(0));
  send({ type: 'ready', name: adapter.name, capabilities: adapter.capabilities });
}

await main();
