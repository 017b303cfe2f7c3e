/**
 * Where a warm execution's time goes, for the own targets the quick benchmark misses (ultra-secure,
 * in-process, scanner included, the same snippet as the bench):
 * 1. p50 back to back, and with 1 ms and 2 ms between requests, beside the same-run floor: shows what
 *    the background work of the previous execution (preparing the next context, GC) costs the next one;
 * 2. CPU per execution by thread over N back-to-back executions (from /proc; Linux only): the host's main
 *    thread and all other threads (isolated-vm's, V8's workers);
 * 3. the ratio to the floor with the pool's GC threshold at 0.5 (the ultra-secure default), 1 and 2 MB.
 * Run: node --no-node-snapshot --import tsx bench/probes/warm-path-breakdown.ts [N]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import ivm from 'isolated-vm';
import { createRuntime } from '../../runtime/index.js';
import { sequentialLatency } from '../lib/sequential-latency.js';
import { median } from '../lib/stats.js';
import { SMALL_INPUT, SMALL_SNIPPET } from '../scenarios/bench-snippets.js';

const N = Number(process.argv[2] ?? 2_000);
const MB = 1024 * 1024;
const request = { code: SMALL_SNIPPET, input: SMALL_INPUT };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const ms = (x: number) => `${x.toFixed(3)} ms`;

const isolate = new ivm.Isolate({ memoryLimit: 64 });
const floorRun = async () => {
  const context = await isolate.createContext();
  await context.eval('1 + 1');
  context.release();
};
const floor = await sequentialLatency(floorRun, N, 200);
console.log(`floor (new context, warm isolate)      p50 ${ms(floor.p50)}`);

const rt = createRuntime({ isolation: 'in-process', pool: { min: 2 } });
for (const gap of [0, 1, 2]) {
  const run = async () => {
    if (gap > 0) await sleep(gap);
    const started = performance.now();
    await rt.execute(request);
    return performance.now() - started;
  };
  for (let i = 0; i < 200; i++) await run();
  const times: number[] = [];
  for (let i = 0; i < N; i++) times.push(await run());
  const p50 = median(times);
  console.log(
    `warm, ${gap} ms between requests          p50 ${ms(p50)}  (${(p50 / floor.p50).toFixed(2)}x floor)`,
  );
}

if (existsSync('/proc/self/task')) {
  const ticks = (): Map<string, number> => {
    const out = new Map<string, number>();
    for (const tid of readdirSync('/proc/self/task')) {
      try {
        const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        out.set(tid, Number(fields[11]) + Number(fields[12]));
      } catch {
        // The thread ended between the listing and the read.
      }
    }
    return out;
  };
  const before = ticks();
  for (let i = 0; i < N; i++) await rt.execute(request);
  const after = ticks();
  let main = 0;
  let others = 0;
  for (const [tid, t] of after) {
    const spent = t - (before.get(tid) ?? 0);
    if (tid === String(process.pid)) main += spent;
    else others += spent;
  }
  // /proc counts in clock ticks of 10 ms.
  const perExecution = (t: number) => `${((t * 10_000) / N).toFixed(0)} µs`;
  console.log(`CPU per execution: main thread ${perExecution(main)}, other threads ${perExecution(others)}`);
}
await rt.dispose();

const thresholds = [0.5, 1, 2];
const runtimes = thresholds.map((t) =>
  createRuntime({ isolation: 'in-process', pool: { min: 2, gcHeapBytes: t * MB } }),
);
const rounds = 10;
const medians: number[][] = thresholds.map(() => []);
const floorRounds: number[] = [];
for (let round = 0; round < rounds; round++) {
  floorRounds.push((await sequentialLatency(floorRun, 50, 10)).p50);
  for (const [i, r] of runtimes.entries()) {
    medians[i]!.push((await sequentialLatency(() => r.execute(request), 50, 10)).p50);
  }
}
for (const [i, t] of thresholds.entries()) {
  const ratios = medians[i]!.map((m, round) => m / floorRounds[round]!);
  console.log(`GC threshold ${t} MB: warm/floor ${median(ratios).toFixed(2)} (median of ${rounds} rounds)`);
}
await Promise.all(runtimes.map((r) => r.dispose()));
isolate.dispose();
