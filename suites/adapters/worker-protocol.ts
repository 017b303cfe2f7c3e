/**
 * Messages between the harness and an adapter worker process (over the IPC channel of `fork`). The worker
 * loads one adapter, runs one execution at a time, and checks its own host tripwires after each: the guest
 * runs in the worker's process, so that is where an escape shows.
 */
import type { AdapterCapabilities, AdapterExecuteOptions, AdapterOutcome, AdapterSample } from './adapter.js';

/** Harness to worker. */
export type ToWorker =
  | { type: 'execute'; id: number; sample: AdapterSample; options: AdapterExecuteOptions }
  | { type: 'dispose' };

/** Worker to harness. */
export type FromWorker =
  | { type: 'ready'; name: string; capabilities: AdapterCapabilities }
  | { type: 'load-failed'; code: string; message: string }
  | { type: 'result'; id: number; outcome: AdapterOutcome; hostFindings: string[] }
  | { type: 'adapter-error'; id: number; message: string; hostFindings: string[] }
  | { type: 'fatal'; message: string };

/** Set in a worker's environment; holds the adapter spec (built-in name or module path) to load. */
export const WORKER_ADAPTER_ENV = 'SANDPROOF_ADAPTER_WORKER';
