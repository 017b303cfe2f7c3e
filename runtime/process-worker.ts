/**
 * The entry point of a sandbox child process (`createRuntime({ isolation: 'process' })`). It runs an
 * in-process executor and answers the parent over IPC (the messages are in process-protocol.ts). It holds
 * no audit log and no scanner: those stay in the parent, so a crash here loses no record.
 */
import { SandboxError } from './errors.js';
import type { Executor } from './executor.js';
import { createInProcessExecutor } from './in-process-executor.js';
import type { ChildMessage, ParentMessage, WireError } from './process-protocol.js';
import type { Profile } from './profiles.js';

/** One child's side of the protocol: an executor created on `init`, and the profiles it was given. */
class SandboxChild {
  private executor: Executor | undefined;
  private readonly profiles = new Map<string, Profile>();

  /** Handles one message from the parent. */
  async receive(message: ParentMessage): Promise<void> {
    if (message.type === 'init') this.init(message);
    else if (message.type === 'execute') await this.execute(message);
    else if (message.type === 'dispose') await this.dispose();
  }

  private init(message: Extract<ParentMessage, { type: 'init' }>): void {
    this.executor = createInProcessExecutor(message.pool, message.limits);
    for (const p of message.profiles) this.profiles.set(p.name, p);
    send({ type: 'ready' });
  }

  /** Runs one job and answers `done` or `failed`; a job that arrives before `init` is ignored. */
  private async execute(message: Extract<ParentMessage, { type: 'execute' }>): Promise<void> {
    const executor = this.executor;
    if (executor === undefined) return;
    const profile = this.profiles.get(message.profile);
    try {
      if (profile === undefined)
        throw new SandboxError('ERR_INTERNAL', 'unknown profile in the sandbox process');
      const output = await executor.execute(profile, message.tenantId, message.job);
      send({ type: 'done', id: message.id, output, stats: executor.stats() });
    } catch (caught) {
      send({ type: 'failed', id: message.id, error: wireError(caught), stats: executor.stats() });
    }
  }

  private async dispose(): Promise<void> {
    await this.executor?.dispose();
    process.disconnect?.();
  }
}

/** What crosses the channel for a failure: a SandboxError's fields, or ERR_INTERNAL for anything else. */
function wireError(caught: unknown): WireError {
  const e = caught instanceof SandboxError ? caught : new SandboxError('ERR_INTERNAL', 'internal failure');
  return {
    code: e.code,
    message: e.message,
    ...(e.guestName === undefined ? {} : { guestName: e.guestName }),
  };
}

function send(message: ChildMessage): void {
  process.send?.(message);
}

if (process.send !== undefined) {
  const child = new SandboxChild();
  process.on('message', (message: ParentMessage) => void child.receive(message));
  process.on('disconnect', () => process.exit(0));
}
