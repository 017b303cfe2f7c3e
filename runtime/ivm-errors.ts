/**
 * The only module that reads isolated-vm's error strings. isolated-vm reports disposal, memory kills
 * and timeouts as plain `Error`s whose messages are its only signal; they are matched here, in one
 * place, so that an upstream wording change breaks one file (and its test), not the whole runtime.
 *
 * Every text maps to a stable code with this project's own wording: no isolated-vm message (or its
 * spelling, such as "Isolated is disposed") reaches a caller. The table is {@link ISOLATE_FAILURES}.
 */
import { SandboxError, type SandboxErrorCode } from './errors.js';

/** Why the host ended an execution early, if it did: that reason wins over what isolated-vm says. */
export type KillReason = 'timeout' | 'memory' | 'disposed' | null;

/** One family of isolated-vm failure texts and what it becomes. */
interface IsolateFailure {
  pattern: RegExp;
  code: SandboxErrorCode;
  message: string;
}

const MEMORY = 'execution exceeded the isolate memory limit';
const ENDED = 'the isolate ended during execution';

/**
 * isolated-vm's failure texts (as its sources spell them, 7.0.1), matched whole; first match wins.
 * Anything else is ERR_INTERNAL 'the isolate failed', without the original text.
 */
export const ISOLATE_FAILURES: readonly IsolateFailure[] = [
  {
    pattern: /^Isolate was disposed during execution due to memory limit\.?$/,
    code: 'ERR_MEMORY_LIMIT',
    message: MEMORY,
  },
  { pattern: /^Catastrophic out-of-memory error\.?$/, code: 'ERR_MEMORY_LIMIT', message: MEMORY },
  {
    pattern: /^Script execution timed out\.?$/,
    code: 'ERR_TIMEOUT',
    message: 'execution exceeded its time budget',
  },
  // Including isolated-vm's own spelling "Isolated is disposed".
  {
    pattern:
      /^(?:Isolated? is disposed|Isolate is already disposed|Isolate was disposed during execution)\.?$/,
    code: 'ERR_INTERNAL',
    message: ENDED,
  },
  {
    pattern: /^(?:Context is released|(?:Script|Reference|Module|Copy) has been released)\.?$/,
    code: 'ERR_INTERNAL',
    message: ENDED,
  },
  // A guest promise V8 collected while it was pending, typically while its isolate was being ended.
  { pattern: /^Promise was abandoned\.?$/, code: 'ERR_INTERNAL', message: ENDED },
];

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
  const known = ISOLATE_FAILURES.find((f) => f.pattern.test(message));
  if (known !== undefined) return new SandboxError(known.code, known.message);
  return new SandboxError('ERR_INTERNAL', 'the isolate failed');
}

const ABANDONED = /^Promise was abandoned$/;

/**
 * True when isolated-vm gave up on a guest promise because V8 collected it while it was still pending:
 * nothing can settle it any more. (Found by the soak: a GC during `await new Promise(() => {})`.)
 */
export function isAbandonedPromise(error: unknown): boolean {
  return error instanceof Error && ABANDONED.test(error.message);
}
