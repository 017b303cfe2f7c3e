/**
 * The scan-flood check of the scanner's "never stall the host" claim, with the runtime's default options:
 * a 140 KB snippet of `a = a + 1` lines is executed while a host timer ticks every 5 ms and another tenant
 * runs `return 1`. Prints, per round, the flood's outcome, the largest gap between timer ticks and the
 * other tenant's latency; exits 1 when any round has a gap over 250 ms or a latency over 1 s.
 *
 *   node --no-node-snapshot --import tsx bench/probes/scan-flood.ts [--rounds N]
 */

import { createRuntime } from '../../runtime/index.js';

const USAGE = 'Usage: node --no-node-snapshot --import tsx bench/probes/scan-flood.ts [--rounds N]\n';
const FLOOD = `let a = 0;\n${'a = a + 1;\n'.repeat(14_000)}return a;`;
const MAX_GAP_MS = 250;
const MAX_NEIGHBOUR_MS = 1000;

interface Round {
  readonly flood: string;
  readonly maxGapMs: number;
  readonly neighbourMs: number;
  readonly neighbour: string;
}

async function round(rt: ReturnType<typeof createRuntime>): Promise<Round> {
  let last = performance.now();
  let maxGapMs = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    maxGapMs = Math.max(maxGapMs, now - last);
    last = now;
  }, 5);
  const flood = rt.execute({ code: FLOOD, tenantId: 'flood' }).then(
    (r) => `completed ${JSON.stringify(r.value)}`,
    (e: { code?: string }) => `refused ${e.code ?? 'unknown'}`,
  );
  const started = performance.now();
  const neighbour = rt.execute({ code: 'return 1', tenantId: 'other' }).then(
    (r) => ({ text: `completed ${JSON.stringify(r.value)}`, ms: performance.now() - started }),
    (e: { code?: string }) => ({ text: `refused ${e.code ?? 'unknown'}`, ms: performance.now() - started }),
  );
  const [floodText, other] = await Promise.all([flood, neighbour]);
  clearInterval(timer);
  return { flood: floodText, maxGapMs, neighbourMs: other.ms, neighbour: other.text };
}

async function main(argv: string[]): Promise<number> {
  if (argv.includes('--help')) {
    process.stdout.write(USAGE);
    return 0;
  }
  const rounds = argv[0] === '--rounds' ? Number(argv[1]) : 5;
  if (!Number.isInteger(rounds) || rounds < 1) {
    process.stderr.write(USAGE);
    return 2;
  }
  const rt = createRuntime();
  let failed = false;
  try {
    await rt.execute({ code: 'return 0', tenantId: 'warm' });
    for (let i = 0; i < rounds; i++) {
      const r = await round(rt);
      const bad = r.maxGapMs > MAX_GAP_MS || r.neighbourMs > MAX_NEIGHBOUR_MS;
      failed ||= bad;
      process.stdout.write(
        `round ${i + 1}: flood ${r.flood}; largest host timer gap ${r.maxGapMs.toFixed(0)} ms; ` +
          `other tenant's return 1 ${r.neighbour} in ${r.neighbourMs.toFixed(0)} ms${bad ? ' (OVER)' : ''}\n`,
      );
    }
  } finally {
    await rt.dispose();
  }
  return failed ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
