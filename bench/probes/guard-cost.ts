/**
 * Per-warm-execution cost of the builtin guard: runtimes from up to three trees run side by side in one
 * process, interleaved batch by batch (in-process, ultra-secure by default, one pooled isolate each,
 * `return 1` with the scanner off). Per batch of back-to-back executions it takes the process CPU (all
 * threads) per execution, including the background preparation of the next context (each batch ends
 * with a pause that lets it finish), and the wall time of each execution. Reports median and min over
 * batches. A probe, not a test: figures depend on the machine and its load.
 *
 *   node --no-node-snapshot --import tsx bench/probes/guard-cost.ts [--rounds N] [--batch K]
 *     [--profile NAME] [--tree name=/path/to/checkout ...]
 *
 * Without --tree it measures this tree alone. Each tree must have its node_modules (a symlink will do).
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(name);
  return i === -1 ? fallback : (process.argv[i + 1] ?? fallback);
};
const rounds = Number(arg('--rounds', '40'));
const batch = Number(arg('--batch', '20'));
const profile = arg('--profile', 'ultra-secure');
const trees: Array<[string, string]> = [];
process.argv.forEach((a, i) => {
  if (a !== '--tree') return;
  const [name, path] = (process.argv[i + 1] ?? '').split('=');
  if (name && path) trees.push([name, resolve(path)]);
});
if (trees.length === 0) trees.push(['this', resolve(import.meta.dirname, '../..')]);

interface Runtime {
  execute(request: object): Promise<{ value: unknown; metrics: { heapUsedBytes: number } }>;
  dispose(): Promise<void>;
}
const runtimes: Array<{
  name: string;
  rt: Runtime;
  cpu: number[];
  wall: number[];
  drops: number;
  last: number;
  n: number;
}> = [];
for (const [name, path] of trees) {
  const mod = (await import(pathToFileURL(`${path}/runtime/index.ts`).href)) as {
    createRuntime(o: object): Runtime;
  };
  const rt = mod.createRuntime({ isolation: 'in-process', pool: { min: 1, max: 1 } });
  runtimes.push({ name, rt, cpu: [], wall: [], drops: 0, last: 0, n: 0 });
}
const request = { code: 'return 1', scan: false, profile };
const pause = () => new Promise((r) => setTimeout(r, 30));
async function runBatch(r: (typeof runtimes)[number], keep: boolean): Promise<void> {
  const c0 = process.cpuUsage();
  const walls: number[] = [];
  for (let i = 0; i < batch; i++) {
    const t0 = performance.now();
    const out = await r.rt.execute(request);
    walls.push(performance.now() - t0);
    if (keep) {
      r.n++;
      if (out.metrics.heapUsedBytes < r.last) r.drops++;
    }
    r.last = out.metrics.heapUsedBytes;
    if (out.value !== 1) throw new Error(`${r.name}: execution failed ${JSON.stringify(out)}`);
  }
  await pause();
  const c = process.cpuUsage(c0);
  if (!keep) return;
  r.cpu.push((c.user + c.system) / 1000 / batch);
  r.wall.push(...walls);
}
for (let i = 0; i < 3; i++) for (const r of runtimes) await runBatch(r, false);
for (let i = 0; i < rounds; i++) {
  // Rotate the order each round, so no tree always runs after the same one.
  for (let j = 0; j < runtimes.length; j++) await runBatch(runtimes[(i + j) % runtimes.length]!, true);
}
const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
const median = (xs: number[]) => sorted(xs)[Math.floor(xs.length / 2)] ?? Number.NaN;
const ms = (x: number) => `${x.toFixed(3)} ms`;
console.log(`${profile}, ${rounds} rounds x ${batch} executions per tree, interleaved`);
for (const r of runtimes) {
  console.log(
    `${r.name.padEnd(8)} CPU/execution median ${ms(median(r.cpu))} min ${ms(sorted(r.cpu)[0]!)} | wall/execution median ${ms(median(r.wall))} min ${ms(sorted(r.wall)[0]!)} | heap fell (a collection) after ${((100 * r.drops) / r.n).toFixed(0)}% of executions`,
  );
  await r.rt.dispose();
}
