/**
 * The cost of `isolation: 'process'` against in-process isolates, measured in the same run: median and
 * p99 latency of sequential executions, and throughput at concurrency 32.
 * Run: node --no-node-snapshot --import tsx bench/probes/isolation-cost.ts [N]
 */
import { createRuntime } from '../../runtime/index.js';
import { sequentialLatency } from '../lib/sequential-latency.js';

const N = Number(process.argv[2] ?? 2_000);
const request = {
  code: 'return input.values.map((x) => x * 2).length',
  input: { values: [1, 2, 3] },
  scan: true,
};

async function measure(isolation: 'in-process' | 'process') {
  const rt = createRuntime({ isolation, pool: { min: 2 } });
  const latency = await sequentialLatency(() => rt.execute(request), N, 200);
  const started = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: 32 }, async () => {
      while (next++ < N) await rt.execute(request);
    }),
  );
  const throughput = N / ((performance.now() - started) / 1000);
  await rt.dispose();
  return { p50: latency.p50, p99: latency.p99, throughput };
}

const inProcess = await measure('in-process');
const isolated = await measure('process');
for (const [name, r] of [
  ['in-process', inProcess],
  ['process', isolated],
] as const) {
  console.log(
    `${name.padEnd(11)} p50 ${r.p50.toFixed(3)} ms  p99 ${r.p99.toFixed(3)} ms  ${Math.round(r.throughput)} exec/s at concurrency 32`,
  );
}
console.log(
  `process / in-process: p50 ${(isolated.p50 / inProcess.p50).toFixed(2)}x, throughput ${(isolated.throughput / inProcess.throughput).toFixed(2)}x`,
);
