/**
 * Host (Node, browser, other runtime) globals that no profile provides: `process`, `module`, `exports`,
 * `__filename`, `__dirname`, `Buffer`, `global`, timers, `performance`, network objects, and `fetch` where
 * the profile does not grant it. In the runtime they are absent (ReferenceError); referencing them is a
 * sign of an escape attempt. `queueMicrotask` is deliberately not listed: it schedules nothing a promise
 * cannot, and the wall-clock deadline covers microtasks. `require` is its own rule (`require-module`).
 */
import type { Rule } from '../rule.js';
import { reportGlobalAccesses } from './report-global-access.js';

const ABSENT = 'a host object absent from every profile';
const TIMER = 'timers are absent (and string arguments would be code generation)';

const ALWAYS = new Map<string, string>([
  ['process', ABSENT],
  ['module', ABSENT],
  ['exports', ABSENT],
  ['__filename', ABSENT],
  ['__dirname', ABSENT],
  ['Buffer', 'a host object absent from every profile (and a past escape conduit)'],
  ['global', 'the Node global alias is absent from every profile'],
  ['setTimeout', TIMER],
  ['setInterval', TIMER],
  ['setImmediate', TIMER],
  ['clearTimeout', TIMER],
  ['clearInterval', TIMER],
  ['clearImmediate', TIMER],
  ['performance', 'high-resolution timers are absent'],
  ['XMLHttpRequest', 'network access is absent'],
  ['WebSocket', 'network access is absent'],
  ['EventSource', 'network access is absent'],
  ['navigator', ABSENT],
  ['importScripts', 'script loading is absent'],
  ['Deno', ABSENT],
  ['Bun', ABSENT],
]);

/** Flags references to host globals that the profile does not provide. */
export const hostGlobalsRule: Rule = {
  meta: {
    id: 'host-globals',
    description:
      'References to host globals (process, module, Buffer, timers, network) absent from the profile.',
    severity: 'high',
    profiles: 'all',
    falsePositives:
      'Feature detection such as `typeof process !== "undefined"` (reported low); code written for several ' +
      'environments that checks before use.',
    falseNegatives:
      'Host objects reached through unfolded keys of the global object (see global-dynamic-key).',
    recommendation: 'Use only the ECMAScript builtins, `console`, `input` and what the profile grants.',
  },
  check(ctx) {
    const names = ctx.profile.fetch
      ? ALWAYS
      : new Map([...ALWAYS, ['fetch', 'network access is not granted']]);
    reportGlobalAccesses(ctx, { names });
  },
};
