/**
 * The resource oracle still fails a sandbox with the lifetime and accounting holes when its samples run
 * several at once, each on an instance of the adapter of its own, beside the other samples (the lanes of
 * measured-lanes.ts), as it does when they run one at a time: guest CPU after the execution ended, and
 * resident memory past the profile's bound during it. A well-behaved sample in the next lane, watched at
 * the same moment, is not blamed for its neighbour's CPU. The fake sandbox runs in real child processes
 * (fixtures/leaky-sandbox-process.mjs), since the oracle reads what the kernel says about them.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { AdapterOutcome, SandboxAdapter } from '../adapters/adapter.js';
import { canMeasure } from '../resource-oracle.js';
import type { RunRecord } from '../run-record.js';
import { runConformance } from '../runner.js';
import { makeSample, PRISTINE } from './fixtures.js';

const CHILD = fileURLToPath(new URL('./fixtures/leaky-sandbox-process.mjs', import.meta.url));
const PROBE = 'Reflect.ownKeys';
const absent = { outcome: 'contained', hasValue: true, value: 'absent' } as const;

const lifetime = (id: string, code: string) =>
  makeSample(id, code, absent, { category: 'lifetime', path: `malicious/lifetime/${id}.js` });
const accounting = (id: string, code: string) =>
  makeSample(id, code, absent, { category: 'accounting', path: `malicious/accounting/${id}.js` });

const SAMPLES = [
  lifetime('lt-finalization-cleanup-01-spin', 'SPIN'),
  lifetime('lt-finalization-cleanup-02-quiet', 'QUIET'),
  lifetime('lt-finalization-cleanup-03-quiet', 'QUIET'),
  accounting('ac-resizable-buffer-01-grow', 'GROW'),
  accounting('ac-resizable-buffer-02-quiet', 'QUIET'),
  makeSample('cg-direct-eval-01-plain', 'OTHER', absent),
  makeSample('cg-direct-eval-02-plain', 'OTHER', absent),
];

/**
 * One instance: its own sandbox process, which spins or grows on the samples that say so. It resolves
 * once the process has started, as a sandbox's processes are up before it takes executions.
 */
async function leakyAdapter(opened: ChildProcess[]): Promise<SandboxAdapter> {
  const child = fork(CHILD, [], { stdio: ['ignore', 'ignore', 'ignore', 'ipc'] });
  opened.push(child);
  await new Promise((resolve) => child.once('message', resolve));
  let next = 0;
  const ask = (cmd: string) =>
    new Promise<void>((resolve) => {
      const id = ++next;
      const onMessage = (m: { id?: number }) => {
        if (m.id !== id) return;
        child.off('message', onMessage);
        resolve();
      };
      child.on('message', onMessage);
      child.send({ cmd, id });
    });
  return {
    name: 'leaky',
    capabilities: { profiles: ['ultra-secure'], scanner: false },
    async execute(sample): Promise<AdapterOutcome> {
      if (sample.code.includes(PROBE)) return PRISTINE;
      await ask(sample.code === 'SPIN' ? 'spin' : sample.code === 'GROW' ? 'grow' : 'noop');
      return { status: 'completed', value: 'absent', logs: [] };
    },
    async dispose() {
      if (child.connected) child.disconnect();
    },
    sandboxProcesses: () => (child.pid === undefined || child.exitCode !== null ? [] : [child.pid]),
  };
}

async function run(lanes: boolean): Promise<{ records: RunRecord[]; instances: number }> {
  const opened: ChildProcess[] = [];
  const adapter = await leakyAdapter(opened);
  try {
    const { records } = await runConformance({
      adapter,
      samples: SAMPLES,
      expectations: { adapter: 'leaky', knownFailures: [] },
      profiles: ['ultra-secure'],
      ...(lanes ? { openAdapter: () => leakyAdapter(opened) } : {}),
    });
    return { records, instances: opened.length };
  } finally {
    await adapter.dispose();
    for (const child of opened) child.kill('SIGKILL');
  }
}

const failed = (records: RunRecord[]) =>
  Object.fromEntries(records.filter((r) => !r.pass).map((r) => [r.sampleId, r.reason ?? '']));

for (const lanes of [true, false]) {
  const how = lanes ? 'in lanes of their own, beside the rest' : 'one at a time, after the rest';
  test(`watched samples run ${how}: the spinning and the growing sandbox fail, no other sample does`, async () => {
    if (!canMeasure(() => [])) {
      console.log('skipped: no /proc to read the sandbox processes from');
      return;
    }
    const { records, instances } = await run(lanes);
    assert.is(records.length, SAMPLES.length);
    const failures = failed(records);
    assert.equal(Object.keys(failures).sort(), [
      'ac-resizable-buffer-01-grow',
      'lt-finalization-cleanup-01-spin',
    ]);
    assert.match(failures['lt-finalization-cleanup-01-spin']!, /guest code ran after its execution ended/);
    assert.match(failures['ac-resizable-buffer-01-grow']!, /memory no budget counted/);
    // With lanes, the five watched samples ran on instances other than the first.
    assert.is(instances > 1, lanes, `instances opened: ${instances}`);
  });
}

test('a sample the scanner refused is not charged with what the sandbox process grew meanwhile', async () => {
  if (!canMeasure(() => [])) {
    console.log('skipped: no /proc to read the sandbox processes from');
    return;
  }
  const opened: ChildProcess[] = [];
  const inner = await leakyAdapter(opened);
  // The process grows while the scanner refuses: the growth is something else's (load, an earlier sample).
  const adapter: SandboxAdapter = {
    ...inner,
    capabilities: { profiles: ['ultra-secure'], scanner: true },
    async execute(sample, options): Promise<AdapterOutcome> {
      if (sample.code.includes(PROBE) || !options.scan) return inner.execute(sample, options);
      await inner.execute({ ...sample, code: 'GROW' }, options);
      return { status: 'refused-by-scan', report: { grade: 'F' } };
    },
  };
  const refused = { outcome: 'blocked' as const, stages: ['scan' as const, 'runtime' as const] };
  const sample = makeSample('ac-resizable-buffer-03-refused', 'QUIET', refused, {
    category: 'accounting',
    path: 'malicious/accounting/ac-resizable-buffer-03-refused.js',
  });
  try {
    const { records } = await runConformance({
      adapter,
      samples: [sample],
      expectations: { adapter: 'leaky', knownFailures: [] },
      profiles: ['ultra-secure'],
    });
    const scanned = records.find((r) => r.scan);
    assert.ok(scanned !== undefined, 'a run with the scanner on');
    assert.is(scanned.pass, true, scanned.reason);
  } finally {
    await inner.dispose();
    for (const child of opened) child.kill('SIGKILL');
  }
});

test.run();
