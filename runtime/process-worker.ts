/**
 * The entry point of a sandbox child process (`createRuntime({ isolation: 'process' })`). It runs an
 * in-process executor and answers the parent over IPC. It holds no audit log and no scanner: those
 * stay in the parent, so a crash here loses no record.
 */
import { SandboxError } from './errors.js';
import { createInProcessExecutor, type Executor } from './in-process-executor.js';
import type { PoolOptions } from './isolate-pool.js';
import type { Profile } from './profiles.js';
import type { ExecutionJob, OutputLimits } from './sandbox-isolate.js';

/** Messages from the parent. */
export type ParentMessage =
  | { type: 'init'; pool: PoolOptions; limits: OutputLimits; profiles: Profile[] }
  | { type: 'execute'; id: number; profile: string; tenantId: string; job: ExecutionJob }
  | { type: 'dispose' };

/** Messages to the parent. */
export type ChildMessage =
  | { type: 'ready' }
  | {
      type: 'done';
      id: number;
      output?: unknown;
      error?: { code: string; message: string; guestName?: string };
      stats: unknown;
    };

function send(message: ChildMessage): void {
  process.send?.(message);
}

function start(): void {
  let executor: Executor | undefined;
  const profiles = new Map<string, Profile>();
  process.on('message', async (message: ParentMessage) => {
    if (message.type === 'init') {
      executor = createInProcessExecutor(message.pool, message.limits);
      for (const p of message.profiles) profiles.set(p.name, p);
      send({ type: 'ready' });
    } else if (message.type === 'execute' && executor !== undefined) {
      const profile = profiles.get(message.profile);
      try {
        if (profile === undefined)
          throw new SandboxError('ERR_INTERNAL', 'unknown profile in the sandbox process');
        const output = await executor.execute(profile, message.tenantId, message.job);
        send({ type: 'done', id: message.id, output, stats: executor.stats() });
      } catch (caught) {
        const e =
          caught instanceof SandboxError ? caught : new SandboxError('ERR_INTERNAL', 'internal failure');
        const error = {
          code: e.code,
          message: e.message,
          ...(e.guestName === undefined ? {} : { guestName: e.guestName }),
        };
        send({ type: 'done', id: message.id, error, stats: executor.stats() });
      }
    } else if (message.type === 'dispose') {
      await executor?.dispose();
      process.disconnect?.();
    }
  });
  process.on('disconnect', () => process.exit(0));
}

if (process.send !== undefined) start();
