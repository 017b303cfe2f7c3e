/**
 * Host (Node, browser, other runtime) globals that no profile provides: `process`, `module`, `exports`,
 * `__filename`, `__dirname`, `Buffer`, `global`, timers, `performance`, network objects, and `fetch` where
 * the profile does not grant it. In the runtime they are absent (ReferenceError); referencing them is a
 * sign of an escape attempt. `queueMicrotask` is deliberately not listed: it schedules nothing a promise
 * cannot, and the wall-clock deadline covers microtasks. `require` is its own rule (`require-module`).
 */
import type { AnyNode } from 'acorn';
import type { GlobalAccess } from '../global-access.js';
import type { Rule, RuleContext } from '../rule.js';
import type { Severity } from '../types.js';
import { reportGlobalAccesses } from './report-global-access.js';

const ABSENT = 'a host object absent from every profile';
const NODE_DATA = 'a Node.js object absent from every profile (code written for Node.js)';
/**
 * Node names that hold data, not capabilities: `exports` is a plain object (its route to code generation,
 * `exports.constructor.constructor`, is `constructor-chain`'s finding whatever the name). CommonJS library
 * code calls its siblings through it (`exports.isAbsolute(path)`): medium, a ReferenceError in the sandbox,
 * not an escape attempt on its own. Host capabilities (`process`, `module` with its `require`, `Buffer` with
 * its pooled and uninitialised memory, `global`, timers, network) stay high.
 */
const DATA_NAMES = new Set(['exports']);
const TIMER = 'timers are absent (and string arguments would be code generation)';
const TIMERS = new Set([
  'setTimeout',
  'setInterval',
  'setImmediate',
  'clearTimeout',
  'clearInterval',
  'clearImmediate',
]);

const ALWAYS = new Map<string, string>([
  ['process', ABSENT],
  ['module', ABSENT],
  ['exports', NODE_DATA],
  ['__filename', ABSENT],
  ['__dirname', ABSENT],
  [
    'Buffer',
    'a host object absent from every profile (and a past escape conduit: pooled and uninitialised memory)',
  ],
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
      'Feature detection such as `typeof process !== "undefined"` (info); timers given a function (medium); ' +
      'code written for several ' +
      'environments that checks before use.',
    falseNegatives:
      'Host objects reached through unfolded keys of the global object (see global-dynamic-key).',
    recommendation: 'Use only the ECMAScript builtins, `console`, `input` and what the profile grants.',
  },
  check(ctx) {
    const names = ctx.profile.fetch
      ? ALWAYS
      : new Map([...ALWAYS, ['fetch', 'network access is not granted']]);
    // Feature probes are informational; a timer is medium (absent: a ReferenceError at worst) unless it is
    // given a string, which would be code generation.
    reportGlobalAccesses(ctx, {
      names,
      probeSeverity: 'info',
      severity: (access) => accessSeverity(ctx, access),
    });
  },
};

function accessSeverity(ctx: RuleContext, access: GlobalAccess): Severity | undefined {
  if (DATA_NAMES.has(access.name)) return 'medium';
  if (!TIMERS.has(access.name)) return undefined;
  const parent = ctx.index.parentOf(access.node);
  if (parent?.type !== 'CallExpression' || parent.callee !== access.node) return 'medium';
  const first: AnyNode | undefined = parent.arguments[0];
  if (!first) return 'medium';
  return ctx.values.resolve(first).kind === 'string' ? 'high' : 'medium';
}
