/**
 * Child process of the crash probes: runs one pattern of crash-patterns.ts (argv[2], its id) in the
 * isolation mode argv[3] and prints the outcome as one JSON line: `{"ok":true}` or `{"code":"ERR_..."}`.
 * A pattern that aborts the process prints nothing, and its exit code or signal is the finding.
 */
import { createRuntime, SandboxError } from '../../runtime/index.js';
import { CRASH_PATTERNS } from './crash-patterns.js';

const [, , id, isolation = 'in-process'] = process.argv;
const pattern = CRASH_PATTERNS.find((p) => p.id === id);
if (pattern === undefined || (isolation !== 'in-process' && isolation !== 'process')) {
  process.stderr.write('usage: crash-probe-child PATTERN_ID [in-process|process]\n');
  process.exit(2);
}
const runtime = createRuntime({ isolation, processes: 1, pool: { min: 0 } });
let line: string;
try {
  await runtime.execute({ code: pattern.code, scan: false, timeoutMs: 5_000 });
  line = JSON.stringify({ ok: true });
} catch (error) {
  line = JSON.stringify({ code: error instanceof SandboxError ? error.code : 'NOT_A_SANDBOX_ERROR' });
}
// The served check shows the runtime still answers after the pattern, whatever it did.
const after = await runtime.execute({ code: 'return "served"', scan: false }).then(
  (r) => r.value,
  (e: SandboxError) => e.code,
);
await runtime.dispose();
process.stdout.write(`${line.slice(0, -1)},"after":${JSON.stringify(after)}}\n`);
