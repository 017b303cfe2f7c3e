/**
 * `SharedArrayBuffer` and `Atomics` where the profile does not provide them: with a second thread they make a
 * high-resolution clock, and `Atomics.wait` blocks. Not a finding under high-security or tenant-isolated.
 */
import type { Rule } from '../rule.js';
import { reportGlobalAccesses } from './report-global-access.js';

const NAMES = new Map([
  ['SharedArrayBuffer', 'shared memory is absent under this profile'],
  ['Atomics', 'Atomics is absent under this profile'],
]);

/** Flags references to shared memory where the profile lacks it. */
export const sharedMemoryRule: Rule = {
  meta: {
    id: 'shared-memory',
    description: 'References to SharedArrayBuffer or Atomics where the profile does not provide them.',
    severity: 'high',
    profiles: (profile) => !profile.sharedArrayBuffer,
    falsePositives: 'Feature detection (`typeof SharedArrayBuffer`, reported low).',
    falseNegatives: 'Reached through unfolded global keys; the runtime leaves them absent.',
    recommendation: 'Use ArrayBuffer, or a profile that grants shared memory.',
  },
  check(ctx) {
    reportGlobalAccesses(ctx, { names: NAMES });
  },
};
