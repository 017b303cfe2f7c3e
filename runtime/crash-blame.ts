/**
 * Who is to blame when a sandbox child process ends with executions on it, and what each of them gets.
 * A pure decision, kept apart from the process plumbing so that every rule is tested without a process.
 *
 * - The watchdog killed the child for one execution: that execution is the culprit (`ERR_TIMEOUT`).
 * - The child ended itself (a V8 out-of-memory report on its stderr, an abort or a fault signal, or a
 *   non-zero exit): something it ran caused it. With one execution on it, that execution is the culprit
 *   (`ERR_MEMORY_LIMIT` after an out-of-memory report, else `ERR_INTERNAL`). With several, the culprit
 *   cannot be told apart: none of them runs again (re-running the culprit would crash another child and
 *   its tenants), and each fails with `ERR_INTERNAL`.
 * - The child was ended from outside (SIGKILL or SIGTERM not sent by the watchdog, such as the kernel's
 *   out-of-memory killer or an operator, or a clean exit): no execution on it is to blame.
 *
 * An execution that is not the culprit did not cause the crash, so it is run again, transparently, on
 * another child; it is never blamed with a resource code. It fails with `ERR_INTERNAL` instead when its
 * profile can make network requests (it must not run twice) or when it has witnessed
 * {@link MAX_CRASHES} crashes. The culprit is never run again.
 */
import type { SandboxErrorCode } from './errors.js';

/** Crashes an execution may witness as a bystander before it fails itself. */
export const MAX_CRASHES = 3;

/** Signals a process gets from its own failure (V8 aborts on a fatal error; faults in native code). */
const SELF_INFLICTED = new Set(['SIGABRT', 'SIGSEGV', 'SIGBUS', 'SIGILL', 'SIGTRAP', 'SIGFPE']);

/** How the child ended. */
export interface ChildEnd {
  /** The execution the watchdog killed the child for, if it did. */
  killedFor: number | null;
  /** The child's stderr reported a V8 out-of-memory. */
  outOfMemory: boolean;
  exitCode: number | null;
  signal: string | null;
}

/** One execution the child held when it ended. */
export interface Orphan {
  id: number;
  /** Crashes this execution witnessed, this one included. */
  crashes: number;
  /** Its profile can make network requests: it must never run twice. */
  sideEffects: boolean;
}

/** What becomes of an orphan: fail with a code, or run again on another child. */
export type Verdict = { retry: true } | { retry: false; code: SandboxErrorCode; message: string };

/** Why the child ended, as far as blame goes. */
export function crashCause(end: ChildEnd): 'watchdog' | 'self' | 'external' {
  if (end.killedFor !== null) return 'watchdog';
  if (end.outOfMemory) return 'self';
  if (end.signal !== null) return SELF_INFLICTED.has(end.signal) ? 'self' : 'external';
  return end.exitCode !== null && end.exitCode !== 0 ? 'self' : 'external';
}

const fail = (code: SandboxErrorCode, message: string): Verdict => ({ retry: false, code, message });

/** The verdict for each orphan of a child that ended as `end`, in the order given. */
export function blame(end: ChildEnd, orphans: readonly Orphan[]): Verdict[] {
  const cause = crashCause(end);
  return orphans.map((orphan) => {
    if (cause === 'watchdog' && orphan.id === end.killedFor)
      return fail('ERR_TIMEOUT', 'execution exceeded its time budget');
    if (cause === 'self' && orphans.length === 1) {
      return end.outOfMemory
        ? fail('ERR_MEMORY_LIMIT', 'the sandbox process ran out of memory during this execution')
        : fail('ERR_INTERNAL', 'the sandbox process crashed during this execution');
    }
    if (cause === 'self') {
      return fail(
        'ERR_INTERNAL',
        'the sandbox process crashed while it ran several executions; the one that caused it is not known',
      );
    }
    if (orphan.sideEffects)
      return fail('ERR_INTERNAL', 'the sandbox process ended during execution; it may have made requests');
    if (orphan.crashes >= MAX_CRASHES)
      return fail('ERR_INTERNAL', 'the sandbox process ended during execution, repeatedly');
    return { retry: true };
  });
}
