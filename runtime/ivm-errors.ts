/**
 * The only module that reads isolated-vm's error strings. isolated-vm reports disposal, memory kills
 * and timeouts as plain `Error`s whose messages are its only signal; they are matched here, in one
 * place, so that an upstream wording change breaks one file (and its test), not the whole runtime.
 */
import { boundGuestText, SandboxError } from './errors.js';

const MEMORY_LIMIT = /memory limit/i;
const TIMED_OUT = /Script execution timed out/;
const DISPOSED = /Isolate (was|is) disposed/i;

/** Why the host ended an execution early, if it did: that reason wins over what isolated-vm says. */
export type KillReason = 'timeout' | 'memory' | 'disposed' | null;

/**
 * Maps an error thrown by an isolated-vm call (not by guest code) to a SandboxError.
 * `killed` is the host's own reason when it disposed the isolate itself.
 */
export function mapIsolateError(error: unknown, killed: KillReason): SandboxError {
  if (killed === 'timeout') return new SandboxError('ERR_TIMEOUT', 'execution exceeded its time budget');
  if (killed === 'memory')
    return new SandboxError('ERR_MEMORY_LIMIT', 'execution exceeded its memory budget');
  if (killed === 'disposed')
    return new SandboxError('ERR_DISPOSED', 'the runtime was disposed during execution');
  const message = error instanceof Error ? error.message : String(error);
  if (MEMORY_LIMIT.test(message)) {
    return new SandboxError('ERR_MEMORY_LIMIT', 'execution exceeded the isolate memory limit');
  }
  if (TIMED_OUT.test(message)) return new SandboxError('ERR_TIMEOUT', 'execution exceeded its time budget');
  if (DISPOSED.test(message))
    return new SandboxError('ERR_INTERNAL', 'the isolate was disposed during execution');
  if (/Isolate is disposed|Context is released/i.test(message)) {
    return new SandboxError('ERR_INTERNAL', 'the isolate was disposed during execution');
  }
  return new SandboxError('ERR_INTERNAL', `isolate failure: ${boundGuestText(message, 200)}`);
}

const ABANDONED = /^Promise was abandoned$/;

/**
 * True when isolated-vm gave up on a guest promise because V8 collected it while it was still pending:
 * nothing can settle it any more. (Found by the soak: a GC during `await new Promise(() => {})`.)
 */
export function isAbandonedPromise(error: unknown): boolean {
  return error instanceof Error && ABANDONED.test(error.message);
}
