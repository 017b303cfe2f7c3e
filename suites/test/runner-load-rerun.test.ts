import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { AdapterOutcome, SandboxAdapter } from '../adapters/adapter.js';
import { LOAD_RERUN_BUDGET_FACTOR, runConformance } from '../runner.js';
import { PROFILES } from '../sample.js';
import { makeSample, PRISTINE } from './fixtures.js';

const NONE = { adapter: 'slow', knownFailures: [] };
const PROBE = 'Reflect.ownKeys';
const BUDGET = 300;

/**
 * A correct sandbox on a loaded machine: its memory bomb reaches the wall-clock deadline before its memory
 * limit when the budget is the default, and its memory limit when the budget is larger.
 */
function loadedSandbox(budgets: number[]): SandboxAdapter {
  return {
    name: 'slow',
    capabilities: { profiles: [...PROFILES], scanner: false },
    execute: async (sample, options): Promise<AdapterOutcome> => {
      if (sample.code.includes(PROBE)) return PRISTINE;
      budgets.push(options.timeoutMs);
      return options.timeoutMs > BUDGET ? { status: 'memory' } : { status: 'timeout' };
    },
    dispose: async () => {},
  };
}

const bomb = makeSample('rx-big-buffer-90-load', 'return new Array(1e9).fill(0);', {
  outcome: 'blocked',
  stages: ['runtime'],
  errors: ['ERR_MEMORY_LIMIT'],
});

test('a memory bomb that hits the deadline under load is re-run with a larger budget and judged on that run', async () => {
  const budgets: number[] = [];
  const { records } = await runConformance({
    adapter: loadedSandbox(budgets),
    samples: [bomb],
    expectations: NONE,
    profiles: ['ultra-secure'],
    timeoutMs: BUDGET,
  });
  assert.equal(budgets, [BUDGET, BUDGET * LOAD_RERUN_BUDGET_FACTOR]);
  assert.is(records[0]?.rerun, true);
  assert.is(records[0]?.pass, true);
});

test('a sandbox without a memory limit still fails the re-run: the larger budget only gives it more time', async () => {
  const { records } = await runConformance({
    adapter: {
      name: 'slow',
      capabilities: { profiles: [...PROFILES], scanner: false },
      execute: async (sample) => (sample.code.includes(PROBE) ? PRISTINE : { status: 'timeout' }),
      dispose: async () => {},
    },
    samples: [bomb],
    expectations: NONE,
    profiles: ['ultra-secure'],
    timeoutMs: BUDGET,
  });
  assert.is(records[0]?.rerun, true);
  assert.is(records[0]?.pass, false);
  assert.is(records[0]?.failureKind, 'wrong-error');
});

test('a probe that misses its budget on a loaded machine is retried with a larger one, not charged as residue', async () => {
  const probeBudgets: number[] = [];
  let probes = 0;
  const { records } = await runConformance({
    adapter: {
      name: 'slow',
      capabilities: { profiles: [...PROFILES], scanner: false },
      execute: async (sample, options): Promise<AdapterOutcome> => {
        if (!sample.code.includes(PROBE)) return { status: 'completed', value: 1, logs: [] };
        probes++;
        // The two baseline probes complete; the first two probes after the sample run out of time.
        if (probes <= 2) return PRISTINE;
        probeBudgets.push(options.timeoutMs);
        return probeBudgets.length < 3 ? { status: 'timeout' } : PRISTINE;
      },
      dispose: async () => {},
    },
    samples: [
      makeSample('benign-90-load', 'return 1;', { outcome: 'allowed', value: 1 }, { kind: 'benign' }),
    ],
    expectations: NONE,
    profiles: ['ultra-secure'],
    timeoutMs: BUDGET,
  });
  assert.is(probeBudgets.length, 3);
  assert.ok(
    probeBudgets[0]! < probeBudgets[1]! && probeBudgets[1]! < probeBudgets[2]!,
    'each attempt gets more time',
  );
  assert.is(records[0]?.pass, true);
});

test('a probe that never completes after a sample is charged to that sample, and says why', async () => {
  let probes = 0;
  const { records } = await runConformance({
    adapter: {
      name: 'slow',
      capabilities: { profiles: [...PROFILES], scanner: false },
      execute: async (sample): Promise<AdapterOutcome> => {
        if (!sample.code.includes(PROBE)) return { status: 'completed', value: 1, logs: [] };
        return ++probes <= 2 ? PRISTINE : { status: 'timeout' };
      },
      dispose: async () => {},
    },
    samples: [
      makeSample('benign-91-wedge', 'return 1;', { outcome: 'allowed', value: 1 }, { kind: 'benign' }),
    ],
    expectations: NONE,
    profiles: ['ultra-secure'],
    timeoutMs: BUDGET,
  });
  assert.is(records[0]?.pass, false);
  assert.ok(records[0]?.reason?.includes('probe (did not complete: timeout)'), records[0]?.reason);
  // The next execution failing is no evidence of host access: a crash (re-run alone), not an escape.
  assert.is(records[0]?.failureKind, 'crash');
  assert.is(records[0]?.rerun, true);
});

test('a probe that fails once under load after a sample is re-run, and the sample passes', async () => {
  let probes = 0;
  const { records } = await runConformance({
    adapter: {
      name: 'slow',
      capabilities: { profiles: [...PROFILES], scanner: false },
      execute: async (sample): Promise<AdapterOutcome> => {
        if (!sample.code.includes(PROBE)) return { status: 'completed', value: 1, logs: [] };
        probes++;
        // Pristine for the baselines; then every attempt of the first probe after the sample fails.
        return probes <= 2 || probes > 5 ? PRISTINE : { status: 'crashed', message: 'ERR_INTERNAL' };
      },
      dispose: async () => {},
    },
    samples: [
      makeSample('benign-92-probe-load', 'return 1;', { outcome: 'allowed', value: 1 }, { kind: 'benign' }),
    ],
    expectations: NONE,
    profiles: ['ultra-secure'],
    timeoutMs: BUDGET,
  });
  assert.is(records[0]?.pass, true, records[0]?.reason);
  assert.is(records[0]?.rerun, true);
});

test('a benign sample the scanner refused (it fails closed when a loaded machine eats its budget) is re-run alone', async () => {
  let scans = 0;
  const { records } = await runConformance({
    adapter: {
      name: 'slow',
      capabilities: { profiles: [...PROFILES], scanner: true },
      execute: async (sample, options): Promise<AdapterOutcome> => {
        if (sample.code.includes(PROBE)) return PRISTINE;
        if (options.scan && ++scans === 1) return { status: 'refused-by-scan', report: { grade: 'F' } };
        return { status: 'completed', value: 1, logs: [] };
      },
      dispose: async () => {},
    },
    samples: [
      makeSample('benign-92-scan', 'return 1;', { outcome: 'allowed', value: 1 }, { kind: 'benign' }),
    ],
    expectations: NONE,
    profiles: ['ultra-secure'],
    timeoutMs: BUDGET,
  });
  const scanned = records.find((r) => r.scan);
  assert.is(scanned?.rerun, true);
  assert.is(scanned?.pass, true);
});

test('a scanner that always refuses benign code still fails after the re-run', async () => {
  const { records } = await runConformance({
    adapter: {
      name: 'slow',
      capabilities: { profiles: [...PROFILES], scanner: true },
      execute: async (sample, options): Promise<AdapterOutcome> => {
        if (sample.code.includes(PROBE)) return PRISTINE;
        return options.scan
          ? { status: 'refused-by-scan', report: { grade: 'F' } }
          : { status: 'completed', value: 1, logs: [] };
      },
      dispose: async () => {},
    },
    samples: [
      makeSample('benign-93-scan', 'return 1;', { outcome: 'allowed', value: 1 }, { kind: 'benign' }),
    ],
    expectations: NONE,
    profiles: ['ultra-secure'],
    timeoutMs: BUDGET,
  });
  const scanned = records.find((r) => r.scan);
  assert.is(scanned?.pass, false);
  assert.is(scanned?.failureKind, 'false-positive');
});

const timed = makeSample(
  'pp-protector-invalidation-90-load',
  'return fastPathsSlow() ? "ESCAPED: slowed" : "clean";',
  { outcome: 'contained', hasValue: true, value: 'clean' },
  { category: 'persistence', path: 'malicious/persistence/pp-protector-invalidation-90-load.js' },
);

/** A sandbox whose timing sample claims an escape on its first `claims` runs, then reads clean. */
function claimingSandbox(claims: number): SandboxAdapter {
  let runs = 0;
  return {
    name: 'slow',
    capabilities: { profiles: [...PROFILES], scanner: false },
    execute: async (sample): Promise<AdapterOutcome> => {
      if (sample.code.includes(PROBE)) return PRISTINE;
      runs++;
      return { status: 'completed', value: runs <= claims ? 'ESCAPED: slowed' : 'clean', logs: [] };
    },
    dispose: async () => {},
  };
}

test('a claimed escape that load caused (a timing sample preempted) is re-run alone and judged on that run', async () => {
  const { records } = await runConformance({
    adapter: claimingSandbox(1),
    samples: [timed],
    expectations: NONE,
    profiles: ['ultra-secure'],
    timeoutMs: BUDGET,
  });
  assert.is(records[0]?.rerun, true);
  assert.is(records[0]?.pass, true, records[0]?.reason);
});

test('a claimed escape that repeats on the serial re-run stands', async () => {
  const { records } = await runConformance({
    adapter: claimingSandbox(Number.POSITIVE_INFINITY),
    samples: [timed],
    expectations: NONE,
    profiles: ['ultra-secure'],
    timeoutMs: BUDGET,
  });
  assert.is(records[0]?.rerun, true);
  assert.is(records[0]?.pass, false);
  assert.is(records[0]?.failureKind, 'claimed-escape');
});

test.run();
