/**
 * Every finding class, judged end to end through the runner with fake sandboxes, and the false-escape
 * traps: a stub `process`, a claimed marker, benign code refused at run time, a policy deviation.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { AdapterOutcome } from '../adapters/adapter.js';
import { certifyProfile, coverageQualification } from '../certification.js';
import { classifyFailure, FINDING_BLOCKS, FINDING_CLASSES, recordClass } from '../findings.js';
import { judgeRun, overrunLimitMs } from '../judge.js';
import { CANARY_GLOBAL } from '../oracle.js';
import type { RunRecord } from '../run-record.js';
import { runConformance } from '../runner.js';
import type { Expectation, Sample } from '../sample.js';
import { fakeAdapter, makeSample, PRISTINE } from './fixtures.js';

const NONE = { adapter: 'fake', knownFailures: [] };
const PROBE = 'Reflect.ownKeys';

async function runOne(
  sample: Sample,
  behave: (code: string) => AdapterOutcome | Promise<AdapterOutcome>,
): Promise<RunRecord> {
  const adapter = fakeAdapter('fake', (s) => (s.code.includes(PROBE) ? PRISTINE : behave(s.code)));
  const { records } = await runConformance({
    adapter,
    samples: [sample],
    expectations: NONE,
    profiles: ['ultra-secure'],
  });
  return records[0]!;
}

const stubProcess = makeSample(
  'ha-process-stub-01-typeof',
  "return typeof process === 'object' ? 'ESCAPED' : 'held';",
  { outcome: 'contained', hasValue: true, value: 'held' },
  { category: 'host-access', technique: 'HA-process-global' },
);

test('false-escape trap: a stub `process` that claims ESCAPED with no host reach is a surface deviation', async () => {
  const record = await runOne(stubProcess, () => ({ status: 'completed', value: 'ESCAPED', logs: [] }));
  assert.is(record.failureKind, 'claimed-escape');
  assert.is(recordClass(record), 'surface');
  assert.is(record.blocking, false);
  const cert = certifyProfile('ultra-secure', [record], { reproduce: () => '', requiredCategories: [] });
  assert.is(cert.escapes, 0);
  assert.is.not(cert.grade, 'F');
});

test('false-escape trap: a claim in the logs of a contained sample is a claim, not an escape', async () => {
  const sample = makeSample('re-claim-01-log', 'console.log("ESCAPED"); return 1;', {
    outcome: 'contained',
    hasValue: false,
  });
  const record = await runOne(sample, () => ({ status: 'completed', value: 1, logs: ['ESCAPED'] }));
  assert.is(recordClass(record), 'surface');
});

test('escape: the host canary token in the value proves a read of host state', async () => {
  const record = await runOne(stubProcess, () => ({
    status: 'completed',
    value: `ESCAPED:${String((globalThis as Record<string, unknown>)[CANARY_GLOBAL])}`,
    logs: [],
  }));
  assert.is(record.failureKind, 'escape');
  assert.ok(record.reason?.includes('canary token'));
  assert.is(recordClass(record), 'escape');
});

test('escape: the token in the logs or in a thrown message is evidence too', async () => {
  const token = (): string => String((globalThis as Record<string, unknown>)[CANARY_GLOBAL]);
  const byLog = await runOne(stubProcess, () => ({ status: 'completed', value: 'held', logs: [token()] }));
  assert.is(byLog.failureKind, 'escape');
  const byThrow = await runOne(stubProcess, () => ({
    status: 'threw',
    errorCode: 'ERR_SCRIPT_ERROR',
    message: `leak ${token()}`,
  }));
  assert.is(byThrow.failureKind, 'escape');
});

test('a random hex string that is not a live token is not evidence', async () => {
  const sample = makeSample('re-hex-01-plain', 'return 1;', { outcome: 'contained', hasValue: false });
  const record = await runOne(sample, () => ({
    status: 'completed',
    value: 'held 0123456789abcdef0123456789abcdef',
    logs: [],
  }));
  assert.is(record.pass, true);
});

test('policy deviation: eval works where the profile forbids it', async () => {
  const sample = makeSample('cg-direct-eval-01-plain', "return eval('1');", {
    outcome: 'blocked',
    stages: ['runtime'],
  });
  const record = await runOne(sample, () => ({ status: 'completed', value: 1, logs: [] }));
  assert.is(record.failureKind, 'not-blocked');
  assert.is(recordClass(record), 'policy');
  assert.is(record.blocking, true);
});

test('budget failure: a bomb the profile must kill completes', async () => {
  const sample = makeSample(
    'rx-loop-01-infinite',
    'for (;;) {}',
    { outcome: 'blocked', stages: ['runtime'], errors: ['ERR_TIMEOUT'] },
    { category: 'resource-exhaustion', technique: 'RX-infinite-loop' },
  );
  const record = await runOne(sample, () => ({ status: 'completed', value: null, logs: [] }));
  assert.is(recordClass(record), 'budget');
  assert.is(record.blocking, true);
});

test('budget failure: a run far past its budget is an overrun even when it ends as expected', () => {
  const expectation: Expectation = { outcome: 'blocked', stages: ['runtime'], errors: ['ERR_TIMEOUT'] };
  const outcome: AdapterOutcome = { status: 'timeout' };
  const inside = judgeRun(expectation, outcome, [], {
    elapsedMs: 6500,
    budgetMs: 1000,
    steps: 1,
  });
  assert.is(inside.pass, true);
  const late = judgeRun(expectation, outcome, [], {
    elapsedMs: 106_000,
    budgetMs: 1000,
    steps: 1,
  });
  assert.is(late.kind, 'overrun');
  assert.ok(late.reason?.includes('106000 ms'));
  assert.ok(late.reason?.includes('7000 ms'), late.reason);
  assert.is(overrunLimitMs({ budgetMs: 1000, steps: 2 }), 14_000);
  assert.is(
    classifyFailure({ failureKind: 'overrun', kind: 'benign', category: 'data', expected: '' }),
    'budget',
  );
});

test('budget failure: a sample that hangs the adapter past the watchdog', () => {
  const verdict = judgeRun(
    { outcome: 'contained', hasValue: false },
    {
      status: 'crashed',
      message: 'adapter did not answer within 16200 ms',
    },
    [],
  );
  assert.is(verdict.kind, 'hang');
  assert.is(
    classifyFailure({ failureKind: 'hang', kind: 'malicious', category: 'realm-escape', expected: '' }),
    'budget',
  );
});

test('false refusal: benign code refused at run time counts as a false positive, like a scanner refusal', async () => {
  const benign = {
    ...makeSample('data-01-sum', 'return 6;', { outcome: 'allowed', value: 6 }),
    kind: 'benign' as const,
    category: 'data',
  };
  const runtime = await runOne(benign, () => ({
    status: 'threw',
    errorCode: 'ERR_SCRIPT_ERROR',
    name: 'TypeError',
    message: 'Float64Array is not a constructor',
  }));
  assert.is(recordClass(runtime), 'false-refusal');
  const scanned = await runOne(benign, () => ({ status: 'refused-by-scan', report: {} }));
  assert.is(recordClass(scanned), 'false-refusal');
  const cert = certifyProfile('ultra-secure', [runtime, { ...scanned, sampleId: 'data-02' }], {
    reproduce: () => '',
    requiredCategories: [],
  });
  assert.is(cert.falsePositives, 2);
  assert.is(cert.certified, false);
});

test('defect: a wrong result on benign code, or an adapter that throws', async () => {
  const benign = {
    ...makeSample('data-01-sum', 'return 6;', { outcome: 'allowed', value: 6 }),
    kind: 'benign' as const,
    category: 'data',
  };
  const wrong = await runOne(benign, () => ({ status: 'completed', value: 7, logs: [] }));
  assert.is(recordClass(wrong), 'defect');
  const thrown = await runOne(benign, () => {
    throw new Error('adapter bug');
  });
  assert.is(thrown.failureKind, 'crash');
  assert.is(recordClass(thrown), 'defect');
});

test('surface deviation: refused with another code than the contract names', async () => {
  const sample = makeSample('cg-direct-eval-02-code', "return eval('1');", {
    outcome: 'blocked',
    stages: ['runtime'],
    errors: ['ERR_SCRIPT_ERROR'],
  });
  const record = await runOne(sample, () => ({ status: 'threw', errorCode: 'ERR_INTERNAL', message: 'x' }));
  assert.is(recordClass(record), 'surface');
  assert.is(record.blocking, false);
});

test('only escape forces F: a profile full of policy failures is D, one escape is F', () => {
  const base: RunRecord = {
    sampleId: 's',
    kind: 'malicious',
    category: 'code-generation',
    generated: false,
    profile: 'ultra-secure',
    scan: false,
    expected: 'blocked [runtime]',
    actual: 'completed 1',
    code: null,
    refusedByScan: false,
    scanExpected: false,
    pass: false,
    failureKind: 'not-blocked',
    blocking: true,
    durationMs: 1,
  };
  const policy = Array.from({ length: 5 }, (_, i) => ({ ...base, sampleId: `p${i}` }));
  const options = { reproduce: () => '', requiredCategories: [] };
  const noEscape = certifyProfile('ultra-secure', policy, options);
  assert.is(noEscape.score, 0);
  assert.is(noEscape.grade, 'D');
  assert.is(noEscape.findings?.policy, 5);
  const withEscape = certifyProfile(
    'ultra-secure',
    [...policy, { ...base, sampleId: 'e', failureKind: 'escape' }],
    options,
  );
  assert.is(withEscape.grade, 'F');
  assert.is(withEscape.findings?.escape, 1);
});

test('every class has a weight, a colour, a label and a blocking rule; only surface does not block', () => {
  for (const c of FINDING_CLASSES) assert.type(FINDING_BLOCKS[c], 'boolean');
  assert.equal(
    FINDING_CLASSES.filter((c) => !FINDING_BLOCKS[c]),
    ['surface'],
  );
});

test('a two-sample custom corpus is qualified, not certified grade A', () => {
  const pass: RunRecord = {
    sampleId: 'a',
    kind: 'malicious',
    category: 'code-generation',
    generated: false,
    profile: 'ultra-secure',
    scan: false,
    expected: 'blocked [runtime]',
    actual: 'threw ERR_SCRIPT_ERROR',
    code: 'ERR_SCRIPT_ERROR',
    refusedByScan: false,
    scanExpected: false,
    pass: true,
    blocking: false,
    durationMs: 1,
  };
  const records = [pass, { ...pass, sampleId: 'b', kind: 'benign' as const, category: 'data' }];
  const cert = certifyProfile('ultra-secure', records, { reproduce: () => '' });
  assert.is(cert.certified, false);
  assert.ok(cert.qualification?.startsWith('qualified, not certified'));
  assert.ok(cert.qualification?.includes('9 of 9 threat categories'));
  assert.is.not(cert.grade, 'A');
  const full = Object.fromEntries(['code-generation', 'benign/data'].map((k) => [k, { samples: 3 }]));
  assert.is(coverageQualification(full, ['code-generation']), null);
});

test.run();
