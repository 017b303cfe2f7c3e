/**
 * Node 20 crashes when isolated-vm creates an isolate in a process started without
 * `--no-node-snapshot` (upstream #420/#424). The runtime refuses to start instead of crashing later.
 */
import { SandboxError } from './errors.js';

const FLAG = '--no-node-snapshot';

/** True when this process was started with `--no-node-snapshot` (argv or NODE_OPTIONS). */
export function hasNoNodeSnapshot(): boolean {
  if (process.execArgv.includes(FLAG)) return true;
  return (process.env.NODE_OPTIONS ?? '').split(/\s+/).includes(FLAG);
}

/** Throws `ERR_INTERNAL` with the fix when the flag is missing. */
export function assertNodeFlags(): void {
  if (hasNoNodeSnapshot()) return;
  throw new SandboxError(
    'ERR_INTERNAL',
    'sandproof needs Node.js started with --no-node-snapshot (isolated-vm crashes without it on Node 20): ' +
      'run `node --no-node-snapshot app.js` or set NODE_OPTIONS=--no-node-snapshot',
  );
}
