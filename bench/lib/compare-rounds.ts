/**
 * The rounds of `sandproof bench compare`: each round runs a fresh probe process (compare-probe.ts) for
 * each side, one after the other, the order alternating from round to round (base first in even
 * rounds, head first in odd ones), so that neither side always runs on a machine the other warmed or
 * loaded. Each round yields one set of figures per scenario and side: a pair.
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { COMPARE_SCENARIOS, type ProbeOutput } from './compare-probe.js';

/** The probe, always this tree's: the same measuring code for both versions. */
const PROBE = fileURLToPath(new URL('./compare-probe.ts', import.meta.url));

/** Settings of the rounds. */
export interface RoundsSettings {
  rounds: number;
  /** Timed executions per scenario per process. */
  batch: number;
  warmup: number;
  /** A probe that takes longer is killed and its round counts as failed for that side. */
  timeoutMs: number;
  log: (line: string) => void;
}

/** Each side's probe output, round by round (a failed probe reports every scenario as an error). */
export interface RoundsResult {
  base: ProbeOutput[];
  head: ProbeOutput[];
}

function runProbe(root: string, settings: RoundsSettings): Promise<ProbeOutput> {
  const args = [
    '--no-node-snapshot',
    '--import',
    'tsx',
    PROBE,
    '--root',
    root,
    '--batch',
    String(settings.batch),
    '--warmup',
    String(settings.warmup),
  ];
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      args,
      { cwd: root, timeout: settings.timeoutMs, maxBuffer: 1 << 20 },
      (error, stdout, stderr) => {
        const last = stdout.trim().split('\n').pop() ?? '';
        try {
          resolve(JSON.parse(last) as ProbeOutput);
        } catch {
          const why = error ? `${error.message.split('\n')[0]} ${stderr.slice(-300)}` : 'no output';
          const errors: Record<string, string> = {};
          for (const id of COMPARE_SCENARIOS) errors[id] = `probe failed: ${why.replace(/\s+/g, ' ').trim()}`;
          resolve({ figures: {}, errors });
        }
      },
    );
  });
}

/** Runs `settings.rounds` rounds of base and head, interleaved. */
export async function runCompareRounds(
  baseRoot: string,
  headRoot: string,
  settings: RoundsSettings,
): Promise<RoundsResult> {
  const result: RoundsResult = { base: [], head: [] };
  for (let round = 0; round < settings.rounds; round++) {
    const order = round % 2 === 0 ? (['base', 'head'] as const) : (['head', 'base'] as const);
    for (const side of order)
      result[side].push(await runProbe(side === 'base' ? baseRoot : headRoot, settings));
    settings.log(`compare: round ${round + 1}/${settings.rounds} done`);
  }
  return result;
}
