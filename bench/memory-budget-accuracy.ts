/**
 * Measures how accurately the per-execution memory budget is enforced: for each profile and each kind
 * of allocation, the retained size at which executions start to be refused, as a ratio of the budget.
 * Run: node --no-node-snapshot --import tsx bench/memory-budget-accuracy.ts
 */
import { BUILTIN_PROFILES, type BuiltinProfileName } from '../runtime/profiles.js';
import { createRuntime } from '../runtime/runtime.js';

const KINDS: Record<string, (bytes: number) => string> = {
  'ArrayBuffer (external)': (b) => `const x = new Uint8Array(${b}); x[1] = 1; return x.length`,
  'objects (heap)': (b) => `const x = new Array(${Math.round(b / 16)}).fill(0).map((_, i) => ({ i })); return x.length`,
  'string (heap)': (b) => `const x = 'ab'.repeat(${Math.round(b / 2)}).split('').join(''); return x.length`,
};

const RATIOS = Array.from({ length: 21 }, (_, i) => 0.5 + i * 0.05);

async function firstRefusedRatio(rt: ReturnType<typeof createRuntime>, profile: string, make: (b: number) => string) {
  const budget = BUILTIN_PROFILES[profile as BuiltinProfileName].memoryBudgetBytes;
  for (const ratio of RATIOS) {
    try {
      await rt.execute({ code: make(Math.round(budget * ratio)), profile, scan: false, timeoutMs: 2_000 });
    } catch (error) {
      if ((error as { code: string }).code === 'ERR_MEMORY_LIMIT') return ratio;
    }
  }
  return Number.POSITIVE_INFINITY;
}

const rt = createRuntime({ pool: { min: 1 } });
const rows: string[] = [];
for (const profile of Object.keys(BUILTIN_PROFILES)) {
  for (const [kind, make] of Object.entries(KINDS)) {
    const ratio = await firstRefusedRatio(rt, profile, make);
    rows.push(`${profile.padEnd(16)} ${kind.padEnd(24)} refused from ${Number.isFinite(ratio) ? `${ratio.toFixed(2)}x` : 'never (<=1.5x)'} the budget`);
  }
}
await rt.dispose();
console.log(rows.join('\n'));
