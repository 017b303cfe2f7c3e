/**
 * The cost of one execution per profile, scanner included: median and p99 over N sequential warm
 * executions (default 1,000), for both isolation modes, with the raw isolated-vm floor (a new context on a
 * warm isolate) measured in the same run.
 * Run: node --no-node-snapshot --import tsx bench/probes/profile-cost.ts [N]
 */
import ivm from 'isolated-vm';
import { PROFILE_NAMES } from '../../contract/index.js';
import { createRuntime } from '../../runtime/index.js';
import { sequentialLatency } from '../lib/sequential-latency.js';

const N = Number(process.argv[2] ?? 1_000);
const request = {
  code: 'return input.values.map((x) => x * 2).reduce((a, b) => a + b, 0)',
  input: { values: [1, 2, 3] },
};

const quantiles = (run: () => Promise<unknown>) => sequentialLatency(run, N, 100);

const isolate = new ivm.Isolate({ memoryLimit: 128 });
const floor = await quantiles(async () => {
  const context = await isolate.createContext();
  await context.eval('1 + 1');
  context.release();
});
isolate.dispose();
console.log(
  `floor (new context, warm isolate)  p50 ${floor.p50.toFixed(3)} ms  p99 ${floor.p99.toFixed(3)} ms`,
);
for (const isolation of ['in-process', 'process'] as const) {
  const rt = createRuntime({ isolation, pool: { min: 2 } });
  for (const profile of PROFILE_NAMES) {
    const r = await quantiles(() => rt.execute({ ...request, profile }));
    console.log(
      `${isolation.padEnd(10)} ${profile.padEnd(16)} p50 ${r.p50.toFixed(3)} ms  p99 ${r.p99.toFixed(3)} ms  (${(r.p50 / floor.p50).toFixed(2)}x floor)`,
    );
  }
  await rt.dispose();
}
