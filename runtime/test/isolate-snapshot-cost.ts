/**
 * CPU (all threads of the process) of making an isolate and its first context, plain against from the
 * protector snapshot (runtime/protector-probe.ts), interleaved; medians and mins. A probe, not a test.
 *   node --no-node-snapshot --import tsx runtime/test/isolate-snapshot-cost.ts [ROUNDS]
 */
import ivm from 'isolated-vm';
import { protectorSnapshot } from '../protector-probe.js';

const n = Number(process.argv[2] ?? 40);
const snap = protectorSnapshot();
const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const rows: Record<string, number[]> = { plain: [], snapshot: [] };
for (let i = 0; i < n; i++) {
  for (const [k, opts] of [
    ['plain', { memoryLimit: 32 }],
    ['snapshot', { memoryLimit: 32, snapshot: snap }],
  ] as const) {
    const c = process.cpuUsage();
    const iso = new ivm.Isolate(opts as ivm.IsolateOptions);
    const ctx = iso.createContextSync();
    ctx.evalSync('1');
    const d = process.cpuUsage(c);
    rows[k]!.push((d.user + d.system) / 1000);
    iso.dispose();
  }
}
for (const [k, xs] of Object.entries(rows))
  console.log(
    `isolate + first context, ${k}: CPU median ${med(xs).toFixed(3)} ms, min ${Math.min(...xs).toFixed(3)} ms over ${n}`,
  );
