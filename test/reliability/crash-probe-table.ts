/**
 * Measures what each crash pattern does to the process that hosts the runtime, in both isolation modes,
 * each run in its own child process so that an abort ends the child, never this script. Prints a Markdown
 * table: exit code or signal, the execution's error code, and whether the runtime served the next request.
 *
 *   node --import tsx test/reliability/crash-probe-table.ts [--mode in-process|process|both] [PATTERN_ID...]
 *
 * Not a test: in-process runs of aborting patterns take seconds each and allocate up to gigabytes.
 */
import { CRASH_PATTERNS } from './crash-patterns.js';
import { runProbe } from './crash-probe.js';

const args = process.argv.slice(2);
const modeIndex = args.indexOf('--mode');
const mode = modeIndex === -1 ? 'both' : args[modeIndex + 1];
const ids = args.filter((a, i) => !a.startsWith('--') && i !== modeIndex + 1);
const modes = mode === 'both' ? (['in-process', 'process'] as const) : ([mode] as const);
const patterns = ids.length === 0 ? CRASH_PATTERNS : CRASH_PATTERNS.filter((p) => ids.includes(p.id));

process.stdout.write(
  '| pattern | mode | exit | signal | outcome | served after | seconds |\n|---|---|---|---|---|---|---|\n',
);
for (const pattern of patterns) {
  for (const m of modes) {
    const r = await runProbe(pattern.id, m as 'in-process' | 'process', 60_000);
    process.stdout.write(
      `| ${pattern.id} | ${m} | ${r.status ?? ''} | ${r.signal ?? ''} | ${r.outcome?.code ?? (r.outcome?.ok ? 'ok' : r.timedOut ? 'HANG' : '-')} | ${r.outcome?.after ?? '-'} | ${(r.ms / 1000).toFixed(1)} |\n`,
    );
  }
}
