/**
 * Figures for the pool and the audit log, measured in one run (in-process isolation, so that only the
 * pool and the audit differ): a pooled execution against one that gets a fresh isolate every time
 * (`recycleAfter: 1`), the pool's reuse ratio, and the cost the audit log adds per execution for each sink.
 * Run: node --no-node-snapshot --import tsx bench/probes/pool-and-audit-cost.ts [N]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRuntime, type RuntimeOptions } from '../../runtime/index.js';
import { sequentialLatency } from '../lib/sequential-latency.js';

const N = Number(process.argv[2] ?? 1_000);
const request = { code: 'return input.n * 2', input: { n: 21 }, scan: false };

async function measure(options: RuntimeOptions) {
  const rt = createRuntime({ isolation: 'in-process', ...options });
  const latency = await sequentialLatency(() => rt.execute(request), N, 50);
  const stats = rt.stats();
  await rt.dispose();
  return { p50: latency.p50, p99: latency.p99, reuse: stats.reused / stats.executions };
}

const dir = mkdtempSync(join(tmpdir(), 'sandproof-bench-'));
const rows: Array<[string, Awaited<ReturnType<typeof measure>>]> = [
  ['pooled (memory audit)', await measure({ pool: { min: 2 } })],
  ['fresh isolate each time', await measure({ pool: { min: 0, recycleAfter: 1 } })],
  [
    'pooled, file audit, fsync never',
    await measure({ pool: { min: 2 }, audit: { path: join(dir, 'a.jsonl'), fsync: 'never' } }),
  ],
  [
    'pooled, file audit, fsync always',
    await measure({ pool: { min: 2 }, audit: { path: join(dir, 'b.jsonl'), fsync: 'always' } }),
  ],
];
rmSync(dir, { recursive: true });
const base = rows[0]![1];
for (const [name, r] of rows) {
  console.log(
    `${name.padEnd(34)} p50 ${r.p50.toFixed(3)} ms  p99 ${r.p99.toFixed(3)} ms  reuse ${(r.reuse * 100).toFixed(1)}%  p50 ${(r.p50 / base.p50).toFixed(2)}x pooled`,
  );
}
