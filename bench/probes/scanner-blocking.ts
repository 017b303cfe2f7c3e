/**
 * How long `SecurityScanner.scan()` holds the calling thread, against its CPU-time budget, for large inputs
 * under the 256 KiB cap; and the same inputs through `WorkerScanner`. Prints, per input: the report's grade and
 * rule ids, wall and thread-CPU milliseconds of the scan, and the largest gap of a 5 ms host timer meanwhile.
 *
 *   node --no-node-snapshot --import tsx bench/probes/scanner-blocking.ts
 */
import { SecurityScanner, WorkerScanner } from '../../scanner/index.js';

const threadCpuMs = (): number => {
  const usage = (process as { threadCpuUsage?: () => { user: number; system: number } }).threadCpuUsage?.();
  return usage ? (usage.user + usage.system) / 1000 : Number.NaN;
};

const INPUTS: Record<string, string> = {
  'reassign-140k': 'let a = 0;\n' + 'a = a + 1;\n'.repeat(12_700) + 'return a;',
  'call-chain-120k': 'return input' + '.f(1)'.repeat(24_000) + ';',
  'array-literal-125k': 'return [' + '1,'.repeat(62_000) + '1];',
  'member-keys-100k':
    'const o = {};\n' +
    Array.from({ length: 7_000 }, (_, i) => `o["k${i}"] = ${i};`).join('\n') +
    '\nreturn o;',
};

async function gapWhile<T>(
  work: () => Promise<T>,
): Promise<{ result: T; gap: number; wall: number; cpu: number }> {
  let last = performance.now();
  let gap = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    gap = Math.max(gap, now - last);
    last = now;
  }, 5);
  await new Promise((r) => setTimeout(r, 20));
  last = performance.now();
  const wall0 = performance.now();
  const cpu0 = threadCpuMs();
  const result = await work();
  const wall = performance.now() - wall0;
  const cpu = threadCpuMs() - cpu0;
  await new Promise((r) => setTimeout(r, 20));
  clearInterval(timer);
  return { result, gap, wall, cpu };
}

const scanner = new SecurityScanner();
const worker = new WorkerScanner();
await worker.scan({ code: 'return 1', profile: 'ultra-secure' });
for (const [name, code] of Object.entries(INPUTS)) {
  for (const [how, s] of [
    ['scan() in-thread', scanner],
    ['WorkerScanner', worker],
  ] as const) {
    const { result, gap, wall, cpu } = await gapWhile(() => s.scan({ code, profile: 'ultra-secure' }));
    const rules = [...new Set(result.findings.map((f) => f.ruleId))].join(',') || '-';
    console.log(
      `${name} (${(code.length / 1024).toFixed(0)} KiB) ${how}: grade ${result.grade} [${rules}] ` +
        `wall ${wall.toFixed(0)} ms, this thread's CPU ${cpu.toFixed(0)} ms, largest timer gap ${gap.toFixed(0)} ms`,
    );
  }
}
process.exit(0);
