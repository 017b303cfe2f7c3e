/**
 * The oracle never blames the host's own state or the adapter's own churn: builtins frozen before the run
 * (a `lockdown()` in the harness's process) are not findings, and a sandbox whose pristine global changes
 * on every call (a random key per execution) is diagnosed once as an adapter defect, not charged to every
 * sample. Both traps still catch a real change.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { AdapterOutcome } from '../adapters/adapter.js';
import { rebaseline, stabilizeBaseline } from '../builtins-probe.js';
import { runConformance } from '../runner.js';
import { fakeAdapter, makeSample } from './fixtures.js';

const PROBE = 'Reflect.ownKeys';
const held = makeSample('re-quiet-01-plain', 'return "held";', {
  outcome: 'contained',
  hasValue: true,
  value: 'held',
});
const leaky = makeSample('pp-leak-01-plain', 'globalThis.leak = 1; return "held";', {
  outcome: 'contained',
  hasValue: true,
  value: 'held',
});

/** A sandbox that adds a random global key on every call; `leak` persists once a sample set it. */
function churningAdapter() {
  let leaked = false;
  return fakeAdapter('churn', (s): AdapterOutcome => {
    const random = `k${Math.random().toString(36).slice(2)}`;
    if (s.code.includes(PROBE)) {
      const keys = ['a', 'b', random, ...(leaked ? ['leak'] : [])];
      return { status: 'completed', value: { global: keys.join(','), probe: 'ok' }, logs: [] };
    }
    if (s.code.includes('globalThis.leak')) leaked = true;
    return { status: 'completed', value: 'held', logs: [] };
  });
}

test('false-escape trap: a random global per call is one adapter-defect warning, not an escape per sample', async () => {
  const samples = Array.from({ length: 5 }, (_, i) => ({ ...held, id: `re-quiet-0${i + 1}-plain` }));
  const { records, warnings } = await runConformance({
    adapter: churningAdapter(),
    samples,
    expectations: { adapter: 'churn', knownFailures: [] },
    profiles: ['ultra-secure'],
  });
  assert.equal(
    records.filter((r) => !r.pass).map((r) => `${r.sampleId} ${r.reason}`),
    [],
  );
  assert.is(warnings.filter((w) => w.includes('adapter defect')).length, 1);
});

test('the churn tolerance still sees residue: a key that persists beyond the churn is an escape', async () => {
  const { records } = await runConformance({
    adapter: churningAdapter(),
    samples: [held, leaky],
    expectations: { adapter: 'churn', knownFailures: [] },
    profiles: ['ultra-secure'],
    concurrency: 1,
  });
  const byId = new Map(records.map((r) => [r.sampleId, r]));
  assert.is(byId.get(held.id)?.pass, true);
  assert.is(byId.get(leaky.id)?.failureKind, 'escape');
});

test('stabilizeBaseline keeps agreed entries exact and tolerates only the churn it saw', () => {
  const { baseline, unstable } = stabilizeBaseline(
    { global: 'a,b,x1', probe: 'ok' },
    { global: 'a,b,x2', probe: 'ok' },
  );
  assert.equal(unstable, ['global']);
  assert.is(baseline.probe, 'ok');
  const next = rebaseline(baseline, { global: 'a,b,x9,leak', probe: 'ok' });
  assert.is(next.global, baseline.global, 'the tolerance survives a re-baseline');
});

const ORACLE = fileURLToPath(new URL('../oracle.ts', import.meta.url));

/** Runs `body` in a fresh Node process (with tsx), so freezing its builtins cannot touch this one. */
function inChild(body: string): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'sandproof-frozen-'));
  const file = join(dir, 'child.mts');
  writeFileSync(
    file,
    `import { HostOracle } from ${JSON.stringify(ORACLE)};\n${body}\nprocess.stdout.write(JSON.stringify(out));\n`,
  );
  const run = spawnSync(process.execPath, ['--import', 'tsx', file], { encoding: 'utf8', timeout: 60_000 });
  assert.is(run.status, 0, run.stderr);
  return JSON.parse(run.stdout) as string[];
}

test('false-escape trap: builtins frozen before the oracle is planted (a host lockdown) are not findings', () => {
  const out = inChild(`
for (const o of [Object.prototype, Array.prototype, Function.prototype, Error.prototype, Error, JSON, Reflect])
  Object.freeze(o);
const oracle = new HostOracle();
const out = oracle.check();
oracle.dispose();`);
  assert.equal(out, []);
});

test('a builtin frozen during the run is still a finding', () => {
  const out = inChild(`
const oracle = new HostOracle();
Object.preventExtensions(JSON);
const out = oracle.check();
oracle.dispose();`);
  assert.ok(out.some((f) => f.includes('JSON was made non-extensible')));
});

test('a builtin frozen for good during the run is charged once, not to every later sample', () => {
  const out = inChild(`
const oracle = new HostOracle();
Object.freeze(Reflect);
const first = oracle.check();
oracle.restore();
const out = [first.length > 0 ? 'charged' : 'missed', ...oracle.check()];
oracle.dispose();`);
  assert.equal(out, ['charged']);
});

test.run();
