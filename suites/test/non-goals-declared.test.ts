import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { SandboxAdapter } from '../adapters/adapter.js';
import { certifyProfile } from '../certification.js';
import type { RunRecord } from '../run-record.js';
import { declaredNonGoal } from '../runner.js';

const adapter = (nonGoals?: string[]): SandboxAdapter => ({
  name: 'x',
  capabilities: { profiles: ['ultra-secure'], scanner: false, ...(nonGoals ? { nonGoals } : {}) },
  execute: async () => ({ status: 'completed', value: 1, logs: [] }),
  dispose: async () => {},
});

const record = (over: Partial<RunRecord>): RunRecord => ({
  sampleId: 's',
  kind: 'malicious',
  category: 'resource-exhaustion',
  generated: false,
  profile: 'ultra-secure',
  scan: false,
  expected: 'blocked',
  actual: 'completed 1',
  code: null,
  refusedByScan: false,
  scanExpected: false,
  pass: false,
  failureKind: 'not-blocked',
  blocking: true,
  durationMs: 1,
  ...over,
});

test('a failure in a category a declared non-goal covers is charged to that non-goal', () => {
  assert.is(declaredNonGoal(adapter(['memory-limit']), record({})), 'memory-limit');
});

test('without the declaration, the same failure claims and fails', () => {
  assert.is(declaredNonGoal(adapter(), record({})), undefined);
  assert.is(declaredNonGoal(adapter(['tenant-isolation']), record({})), undefined);
});

test('an escape is never excused by a non-goal', () => {
  assert.is(declaredNonGoal(adapter(['memory-limit']), record({ failureKind: 'escape' })), undefined);
});

test('per-category counts separate declared gaps from claimed-and-failed samples', () => {
  const records = [
    record({ sampleId: 'a', nonGoal: 'memory-limit' }),
    record({ sampleId: 'b' }),
    record({ sampleId: 'c', pass: true }),
  ];
  const cert = certifyProfile('ultra-secure', records, { reproduce: () => '' });
  const counts = cert.categories['resource-exhaustion'];
  const { findings, ...tally } = counts ?? {};
  assert.equal(tally, { samples: 3, passed: 1, failed: 2, escapes: 0, declaredGaps: 1 });
  assert.ok(findings !== undefined, 'the counts carry the findings per class too');
  assert.is(cert.failures.find((f) => f.sampleId === 'a')?.nonGoal, 'memory-limit');
  assert.is(cert.certified, false, 'a declared gap is documented, not forgiven');
});

test.run();
