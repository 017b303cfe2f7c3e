/**
 * Cost of one audit append per sink: memory, JSONL file with fsync after every record, JSONL file without
 * fsync; plus the cost of verifying a file per record and of recording one monitor sample, as context.
 *
 *   node --no-node-snapshot --import tsx bench/probes/audit-bench.ts [--time MS] [--json] [--help]
 *
 * Absolute numbers depend on the machine and above all on its storage (fsync cost is the disk's flush
 * latency); compare the ratios to the memory sink, measured in the same run.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Bench } from 'tinybench';
import {
  type AuditEntry,
  type AuditLog,
  createAuditLog,
  internals,
  verifyAuditLog,
} from '../../runtime/index.js';

const USAGE = `Usage: node --no-node-snapshot --import tsx bench/probes/audit-bench.ts [--time MS] [--json]

  --time MS  time budget per task in milliseconds (default 1000)
  --json     print results as JSON instead of a table
`;

/** Tasks in the bench; a run that completes fewer exits 1. */
const BENCH_TASKS = 5;
const CONCURRENCY = 64;
const CONCURRENT_TASK = `append x${CONCURRENCY} concurrent: file sink, fsync always`;

interface Row {
  task: string;
  /** Mean cost of one append (the task mean divided by the appends per iteration). */
  perAppendUs: number;
  meanUs: number;
  p50Us: number;
  p99Us: number;
  opsPerSecond: number;
  samples: number;
  vsMemory: number;
}

function parseArgs(argv: string[]): { time: number; json: boolean } | null {
  let time = 1_000;
  let json = false;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--json') json = true;
    else if (arg === '--time' && /^\d+$/.test(argv[i + 1] ?? '')) time = Number(argv[++i]);
    else return null;
  }
  return { time, json };
}

function entry(n: number): AuditEntry {
  return {
    executionId: `exec-${n}`,
    tenantId: 'tenant-a',
    profile: 'ultra-secure',
    code: 'return input.items.map((x) => x * 2).reduce((a, b) => a + b, 0);',
    input: { items: [1, 2, 3, 4, 5], label: 'bench' },
    startedAt: new Date().toISOString(),
    wallMs: 0.42,
    cpuMs: 0.31,
    outcome: 'ok',
    errorCode: null,
    scanScore: 10,
    scanSecure: true,
  };
}

async function measure(time: number, dir: string): Promise<Bench> {
  const logs: Record<string, AuditLog> = {
    'append: memory sink': createAuditLog(),
    'append: file sink, fsync always': createAuditLog({ path: join(dir, 'always.jsonl'), fsync: 'always' }),
    'append: file sink, fsync never': createAuditLog({ path: join(dir, 'never.jsonl'), fsync: 'never' }),
  };
  const bench = new Bench({ name: 'audit append', time, warmup: true });
  let n = 0;
  for (const [name, log] of Object.entries(logs)) {
    bench.add(name, async () => {
      await log.append(entry(n++));
    });
  }
  // 64 appends in flight at once, as a busy runtime produces them: the log commits them in shared writes.
  const concurrent = createAuditLog({ path: join(dir, 'concurrent.jsonl'), fsync: 'always' });
  logs[CONCURRENT_TASK] = concurrent;
  bench.add(CONCURRENT_TASK, async () => {
    await Promise.all(Array.from({ length: CONCURRENCY }, () => concurrent.append(entry(n++))));
  });
  const monitor = internals.createPerformanceMonitor();
  bench.add('monitor: record one sample', () => {
    monitor.record({
      profile: 'ultra-secure',
      wallMs: n++ % 97,
      cpuMs: 0.3,
      heapUsedBytes: 512_000,
      errorCode: null,
    });
  });
  await bench.run();
  await Promise.all(Object.values(logs).map((log) => log.close()));
  return bench;
}

function rows(bench: Bench): Row[] {
  const memory = bench.getTask('append: memory sink')?.result;
  const baseline = memory && 'latency' in memory ? memory.latency.mean : Number.NaN;
  return bench.tasks.flatMap((task) => {
    const result = task.result;
    if (!('latency' in result)) return [];
    return [
      {
        task: task.name,
        perAppendUs: round((result.latency.mean * 1_000) / (task.name === CONCURRENT_TASK ? CONCURRENCY : 1)),
        meanUs: round(result.latency.mean * 1_000),
        p50Us: round(result.latency.p50 * 1_000),
        p99Us: round(result.latency.p99 * 1_000),
        opsPerSecond: Math.round(result.throughput.mean),
        samples: result.latency.samplesCount,
        vsMemory: round(result.latency.mean / (task.name === CONCURRENT_TASK ? CONCURRENCY : 1) / baseline),
      },
    ];
  });
}

async function verifyCost(dir: string): Promise<{ records: number; usPerRecord: number }> {
  const file = join(dir, 'never.jsonl');
  const started = performance.now();
  const result = await verifyAuditLog(file);
  const elapsed = performance.now() - started;
  if (!result.ok) throw new Error(`benchmark log failed verification at line ${result.firstBadRecord}`);
  return { records: result.records, usPerRecord: round((elapsed * 1_000) / Math.max(1, result.records)) };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  if (argv.includes('--help')) {
    process.stdout.write(USAGE);
    return 0;
  }
  const options = parseArgs(argv);
  if (!options) {
    process.stderr.write(USAGE);
    return 2;
  }
  const dir = await mkdtemp(join(tmpdir(), 'sandproof-audit-bench-'));
  try {
    const table = rows(await measure(options.time, dir));
    const verify = await verifyCost(dir);
    if (options.json) process.stdout.write(`${JSON.stringify({ tasks: table, verify }, null, 2)}\n`);
    else {
      console.table(table);
      console.log(`verify: ${verify.records} records, ${verify.usPerRecord} µs per record`);
    }
    return table.length === BENCH_TASKS ? 0 : 1;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

process.exitCode = await main();
