/**
 * The messages between the process executor (process-executor.ts) and a sandbox child (process-worker.ts),
 * one union per direction. Both sides import these types, so a change to one side that the other does not
 * follow fails the typecheck. The parent still checks what it receives where a crashed or confused child
 * could lie: an error code it does not know becomes ERR_INTERNAL.
 */
import type { ExecutorStats } from './executor.js';
import type { PoolOptions } from './isolate-pool.js';
import type { Profile } from './profiles.js';
import type { ExecutionJob, ExecutionOutput, OutputLimits } from './sandbox-isolate.js';

/** Messages from the parent to a child. */
export type ParentMessage =
  /** The child's settings; it answers `ready`. */
  | { type: 'init'; pool: PoolOptions; limits: OutputLimits; profiles: Profile[] }
  /** Runs one job; the child answers `done` or `failed` with the same `id`. */
  | { type: 'execute'; id: number; profile: string; tenantId: string; job: ExecutionJob }
  /** Releases every isolate, then closes the channel; the child exits. */
  | { type: 'dispose' };

/** A failure as it crosses the channel: a `SandboxError`'s code, message and guest error name. */
export interface WireError {
  /** A `SandboxErrorCode` as the child sent it; the parent checks it before use. */
  code: string;
  message: string;
  guestName?: string;
}

/** Messages from a child to the parent. Each answer carries the child's pool counters after the job. */
export type ChildMessage =
  | { type: 'ready' }
  | { type: 'done'; id: number; output: ExecutionOutput; stats: ExecutorStats }
  | { type: 'failed'; id: number; error: WireError; stats: ExecutorStats };
