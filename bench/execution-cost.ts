/**
 * The cost of one pooled execution per profile, scanner included, median and p99 over N runs, with the
 * raw isolated-vm floor (a new context on a warm isolate, trivial eval) measured in the same run.
 * Run: node --no-node-snapshot --import tsx bench/execution-cost.ts [N]
 */
import ivm from 'isolated-vm';
import { createRuntime } from '../runtime/runtime.js';

const N = Number(process.argv[2] ?? 1_000);
const SNIPPET = 'const xs = input.values.map((x) => x * 2); return xs.reduce((a, b) => a + b, 0)';

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

async function measure(run: () => Promise<unknown>): Promise<{ p50: number; p99: number }> {
  for (let i = 0; i < 50; i++) await run();
  const times: number[] = [];
  for (let i = 0; i < N; i++) {
    const t = performance.now();
    await run();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { p50: quantile(times, 0.5), p99: quantile(times, 0.99) };
}

const isolate = new ivm.Isolate({ memoryLimit: 64 });
const floor = await measure(async () => {
  const context = await isolate.createContext();
  await context.eval('1 + 1');
  context.release();
});
console.log(`floor.fresh-context          p50 ${floor.p50.toFixed(3)} ms  p99 ${floor.p99.toFixed(3)} ms`);
const rt = createRuntime({ pool: { min: 2 } });
for (const profile of ['ultra-secure', 'high-security', 'tenant-isolated']) {
  for (const scan of [true, false]) {
    const r = await measure(() => rt.execute({ code: SNIPPET, profile, input: { values: [1, 2, 3] }, scan }));
    console.log(
      `${profile.padEnd(16)} scan=${String(scan).padEnd(5)}  p50 ${r.p50.toFixed(3)} ms  p99 ${r.p99.toFixed(3)} ms  (${(r.p50 / floor.p50).toFixed(2)}x floor)`,
    );
  }
}
await rt.dispose();
isolate.dispose();
