/**
 * isolated-vm asks for `--no-node-snapshot` on Node >= 20: V8's shared read-only heap can abort the process
 * when isolates built from different snapshots meet (upstream #420). On Node 24 the probes in
 * docs/engine.md did not reproduce a crash without it, which proves nothing, so the runtime still refuses to
 * start without the flag instead of risking an abort later.
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
    'sandproof needs Node.js started with --no-node-snapshot (isolated-vm asks for it on Node >= 20): ' +
      'run `node --no-node-snapshot app.js` or set NODE_OPTIONS=--no-node-snapshot',
  );
}
