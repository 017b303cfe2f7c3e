/**
 * A host-side workload for clinic (`npm run profile:host`): warm pooled executions of every profile,
 * scanner and audit included, then exit. clinic sees the host thread only (scanner, pool, audit,
 * isolated-vm's bindings); guest code is profiled with `sandproof profile`.
 *
 *   node --no-node-snapshot --import tsx bench/probes/host-workload.ts [--executions N]
 */

import { PROFILE_NAMES as PROFILES } from '../../contract/index.js';
import { createRuntime } from '../../runtime/index.js';
import { SMALL_INPUT, SMALL_SNIPPET } from '../scenarios/bench-snippets.js';

const USAGE = 'Usage: node --no-node-snapshot --import tsx bench/probes/host-workload.ts [--executions N]\n';

async function main(argv: string[]): Promise<number> {
  if (argv.includes('--help')) {
    process.stdout.write(USAGE);
    return 0;
  }
  const n = argv[0] === '--executions' ? Number(argv[1]) : 20_000;
  if (!Number.isInteger(n) || n <= 0 || (argv.length > 0 && argv.length !== 2)) {
    process.stderr.write(USAGE);
    return 2;
  }
  const runtime = createRuntime({ isolation: 'in-process' });
  const started = performance.now();
  try {
    for (let i = 0; i < n; i++) {
      await runtime.execute({
        code: SMALL_SNIPPET,
        profile: PROFILES[i % PROFILES.length],
        input: SMALL_INPUT,
      });
    }
  } finally {
    await runtime.dispose();
  }
  process.stdout.write(`${n} executions in ${Math.round(performance.now() - started)} ms\n`);
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
