/**
 * `sandproof selfcheck`: a quick proof, on this machine, that each built-in profile holds the rows
 * of the profile contract: a handful of executions per profile, each with the outcome the contract
 * demands. The conformance suite is the full certification; this is the thirty-second smoke test.
 */

import { type CliIo, type Command, defineCommand } from '../cli/index.js';
import { PROFILE_NAMES } from '../contract/index.js';
import { BUILTIN_PROFILES, createRuntime, expectedGlobalNames, SandboxError } from '../runtime/index.js';

type Expect = { value: unknown } | { code: string };
interface Check {
  name: string;
  code: string;
  expect: (profile: string) => Expect;
}

const blockedUnless = (allowed: string[], value: unknown) => (p: string) =>
  allowed.includes(p) ? { value } : { code: 'ERR_SCRIPT_ERROR' };

const CHECKS: Check[] = [
  {
    name: 'benign arithmetic',
    code: 'return [1, 2, 3].map((x) => x * 2)',
    expect: () => ({ value: [2, 4, 6] }),
  },
  { name: 'eval blocked', code: 'return (0, eval)("1 + 1")', expect: () => ({ code: 'ERR_SCRIPT_ERROR' }) },
  {
    name: 'Function constructor per profile',
    code: 'return (() => 0).constructor.constructor("return 7")()',
    expect: blockedUnless(['tenant-isolated'], 7),
  },
  {
    name: 'process absent',
    code: 'return typeof process + typeof require("x")',
    expect: () => ({ code: 'ERR_SCRIPT_ERROR' }),
  },
  {
    name: 'lodash per profile',
    code: 'return require("lodash").sum([1, 2, 3])',
    expect: blockedUnless(['high-security', 'tenant-isolated'], 6),
  },
  { name: 'infinite loop killed', code: 'for (;;) {}', expect: () => ({ code: 'ERR_TIMEOUT' }) },
  {
    name: 'never-settling promise killed',
    code: 'await new Promise(() => {})',
    expect: () => ({ code: 'ERR_TIMEOUT' }),
  },
  {
    name: 'memory budget enforced',
    code: 'const b = new Uint8Array(12 * 1024 * 1024); return b.length',
    expect: () => ({ code: 'ERR_MEMORY_LIMIT' }),
  },
];

function matches(expect: Expect, outcome: { value?: unknown; code?: string }): boolean {
  if ('code' in expect) return outcome.code === expect.code;
  return outcome.code === undefined && JSON.stringify(outcome.value) === JSON.stringify(expect.value);
}

const USAGE = `Usage: sandproof selfcheck

Runs a few executions per built-in profile and checks each outcome against the profile contract.
Exit codes: 0 every profile holds, 1 a check failed, 2 usage error.`;

/** Runs the self-check; exit 0 when every profile holds, 1 otherwise, 2 on any argument. */
export const runSelfCheck: Command = defineCommand({
  name: 'sandproof selfcheck',
  usage: USAGE,
  options: {},
  maxPositionals: 0,
  run: (_args, io) => selfCheck(io),
});

async function selfCheck(io: CliIo): Promise<number> {
  const runtime = createRuntime({ pool: { min: 1 } });
  let failures = 0;
  try {
    for (const profile of PROFILE_NAMES) {
      const globals = JSON.stringify(expectedGlobalNames(BUILTIN_PROFILES[profile]));
      const checks = [
        ...CHECKS,
        {
          name: 'global scope is the allowlist',
          code: 'return Reflect.ownKeys(globalThis).map(String).sort()',
          expect: () => ({ value: JSON.parse(globals) }),
        },
      ];
      for (const check of checks) {
        let outcome: { value?: unknown; code?: string };
        try {
          const r = await runtime.execute({
            code: check.code,
            profile,
            scan: false,
            timeoutMs: 300,
            tenantId: 'selfcheck',
          });
          outcome = { value: r.value };
        } catch (error) {
          outcome = { code: error instanceof SandboxError ? error.code : 'ERR_INTERNAL' };
        }
        const ok = matches(check.expect(profile), outcome);
        if (!ok) failures++;
        io.stdout(
          `${ok ? 'PASS' : 'FAIL'}  ${profile.padEnd(16)} ${check.name}${ok ? '' : ` (got ${JSON.stringify(outcome)})`}\n`,
        );
      }
    }
  } finally {
    await runtime.dispose();
  }
  io.stdout(failures === 0 ? 'selfcheck: every profile holds\n' : `selfcheck: ${failures} check(s) failed\n`);
  return failures === 0 ? 0 : 1;
}
