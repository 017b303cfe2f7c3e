/**
 * `WebAssembly` where the profile does not provide it: compiling a module is code generation, and the
 * wasm surface carries its own escape history (JSTag, JSPI). Not a finding under tenant-isolated.
 */
import type { Rule } from '../rule.js';
import { reportGlobalAccesses } from './report-global-access.js';

const NAMES = new Map([['WebAssembly', 'WebAssembly is absent under this profile']]);

/** Flags references to `WebAssembly` where the profile lacks it. */
export const wasmRule: Rule = {
  meta: {
    id: 'wasm',
    description: 'References to WebAssembly where the profile does not provide it.',
    severity: 'high',
    profiles: (profile) => !profile.webAssembly,
    falsePositives: 'Feature detection (`typeof WebAssembly`, reported low).',
    falseNegatives: 'WebAssembly reached through unfolded global keys; the runtime leaves it absent.',
    recommendation: 'Use a profile that grants WebAssembly, or plain JavaScript.',
  },
  check(ctx) {
    reportGlobalAccesses(ctx, { names: NAMES });
  },
};
