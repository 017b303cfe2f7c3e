/**
 * Measures the transient memory peak of large string operations and how long ICU collation runs past its
 * deadline, in process isolation, as growth of the sandbox child's resident memory (`/proc`, sampled every
 * 10 ms) over its RSS before the execution. Prints a Markdown table: pattern, profile, outcome, peak RSS
 * growth, wall time, and the time past the execution's timeout.
 *
 *   node --no-node-snapshot --import tsx test/reliability/string-peak-table.ts [PATTERN_ID...]
 *
 * Not a test: patterns allocate hundreds of megabytes and run for seconds (Linux only: it reads `/proc`).
 */
import { readFileSync } from 'node:fs';
import { createRuntime, SandboxError } from '../../runtime/index.js';

interface Pattern {
  id: string;
  profile: string;
  timeoutMs: number;
  code: string;
}

const BIG = "'x'.repeat(2 ** 22)";
const PATTERNS: Pattern[] = [
  { id: 'repeat-2^28', profile: 'ultra-secure', timeoutMs: 5_000, code: "return 'x'.repeat(2 ** 28).length" },
  {
    id: 'repeat-2^28-indexOf',
    profile: 'ultra-secure',
    timeoutMs: 5_000,
    code: "return 'x'.repeat(2 ** 28).indexOf('y')",
  },
  {
    id: 'repeat-4e8-indexOf',
    profile: 'ultra-secure',
    timeoutMs: 5_000,
    code: "return 'x'.repeat(4e8).indexOf('y')",
  },
  {
    id: 'concat-loop-indexOf',
    profile: 'ultra-secure',
    timeoutMs: 5_000,
    code: `let s = ''; const p = ${BIG}; for (let i = 0; i < 64; i++) s += p; return s.indexOf('y')`,
  },
  {
    id: 'join-2^28',
    profile: 'ultra-secure',
    timeoutMs: 5_000,
    code: "return new Array(2 ** 28).join('x').length",
  },
  {
    id: 'join-strings',
    profile: 'ultra-secure',
    timeoutMs: 5_000,
    code: `return new Array(64).fill(${BIG}).join('').length`,
  },
  {
    id: 'padEnd-2^28',
    profile: 'ultra-secure',
    timeoutMs: 5_000,
    code: "return ''.padEnd(2 ** 28, 'xy').indexOf('z')",
  },
  {
    id: 'stringify-array',
    profile: 'ultra-secure',
    timeoutMs: 5_000,
    code: 'return JSON.stringify(new Array(2 ** 24).fill(1)).length',
  },
  {
    id: 'stringify-strings',
    profile: 'ultra-secure',
    timeoutMs: 5_000,
    code: `return JSON.stringify(new Array(64).fill(${BIG})).length`,
  },
  {
    id: 'normalize-2e8',
    profile: 'ultra-secure',
    timeoutMs: 5_000,
    code: "return 'x'.repeat(2e8).normalize('NFD').length",
  },
  {
    id: 'localeCompare-loop',
    profile: 'tenant-isolated',
    timeoutMs: 1_000,
    code: `const a = 'a'.repeat(2 ** 24) + 'b', b = 'a'.repeat(2 ** 24) + 'c'; let n = 0; for (;;) n += a.localeCompare(b); return n`,
  },
  {
    id: 'collator-loop',
    profile: 'tenant-isolated',
    timeoutMs: 1_000,
    code: `const c = new Intl.Collator('en'); const a = 'ä'.repeat(2 ** 24) + 'b', b = 'ä'.repeat(2 ** 24) + 'c'; let n = 0; for (;;) n += c.compare(a, b); return n`,
  },
  {
    id: 'localeCompare-once',
    profile: 'tenant-isolated',
    timeoutMs: 1_000,
    code: `const a = 'ä'.repeat(2 ** 27) + 'b', b = 'ä'.repeat(2 ** 27) + 'c'; return a.localeCompare(b)`,
  },
  {
    id: 'localeCompare-loop-at-bound',
    profile: 'tenant-isolated',
    timeoutMs: 1_000,
    code: `const a = '\uAC00'.repeat(2 ** 20 - 1) + 'b', b = '\uAC00'.repeat(2 ** 20 - 1) + 'c'; let n = 0; for (;;) n += a.localeCompare(b, 'ko'); return n`,
  },
  {
    id: 'collator-loop-at-bound',
    profile: 'tenant-isolated',
    timeoutMs: 1_000,
    code: `const c = new Intl.Collator('ko'); const a = '\uAC00'.repeat(2 ** 20 - 1) + 'b', b = '\uAC00'.repeat(2 ** 20 - 1) + 'c'; let n = 0; for (;;) n += c.compare(a, b); return n`,
  },
];

function rss(pid: number): number {
  const match = /VmRSS:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match === null ? 0 : Number(match[1]) * 1024;
}

const ids = process.argv.slice(2);
const chosen = ids.length === 0 ? PATTERNS : PATTERNS.filter((p) => ids.includes(p.id));
const MiB = 2 ** 20;

process.stdout.write(
  '| pattern | profile | outcome | peak RSS growth (MiB) | wall (s) | past the timeout (s) |\n|---|---|---|---|---|---|\n',
);
for (const pattern of chosen) {
  // A fresh runtime per pattern: one child, warmed by one execution, so each reading starts alike.
  const rt = createRuntime({ isolation: 'process', processes: 1, pool: { min: 0 } });
  try {
    await rt.execute({ code: 'return 1', profile: pattern.profile, scan: false });
    const pid = rt.stats().sandboxPids[0] as number;
    const start = rss(pid);
    let peak = start;
    const timer = setInterval(() => {
      try {
        peak = Math.max(peak, rss(pid));
      } catch {
        // The child ended: its peak so far stands.
      }
    }, 10);
    const t0 = performance.now();
    let outcome: string;
    try {
      const result = await rt.execute({
        code: pattern.code,
        profile: pattern.profile,
        scan: false,
        timeoutMs: pattern.timeoutMs,
      });
      outcome = `ok ${JSON.stringify(result.value)}`;
    } catch (error) {
      outcome = error instanceof SandboxError ? error.code : String(error);
    }
    const wall = (performance.now() - t0) / 1000;
    clearInterval(timer);
    const past = Math.max(0, wall - pattern.timeoutMs / 1000);
    process.stdout.write(
      `| ${pattern.id} | ${pattern.profile} | ${outcome} | ${((peak - start) / MiB).toFixed(0)} | ${wall.toFixed(1)} | ${past.toFixed(1)} |\n`,
    );
  } finally {
    await rt.dispose();
  }
}
