/**
 * How accurately the per-execution memory budget is enforced on memory an execution retains (here, on
 * the global object, so that it is still reachable when the execution completes). For each profile and kind of
 * allocation, allocations from 0.3x to 1.5x of the budget run twice: once under a calibration profile
 * with a 256 MB budget, whose `heapDeltaBytes` gives the memory the allocation really retained, and once
 * under the profile. The report gives the largest real size allowed and the smallest real size refused,
 * as ratios of the budget: 1.00 would be exact.
 * Run: node --no-node-snapshot --import tsx bench/probes/memory-budget-accuracy.ts
 */
import { BUILTIN_PROFILES, type BuiltinProfileName, createRuntime } from '../../runtime/index.js';

const KINDS: Record<string, (bytes: number) => string> = {
  'ArrayBuffer (external)': (b) => `const x = new Uint8Array(${b}); x[1] = 1; return x.length`,
  'objects (heap)': (b) =>
    `const x = []; for (let i = 0; i < ${Math.round(b / 32)}; i++) x.push({ i }); return x.length`,
  'string (heap)': (b) =>
    `const x = []; for (let i = 0; i < ${Math.round(b / 64)}; i++) x.push('s' + i + '-'.repeat(30)); return x.length`,
};
const RATIOS = Array.from({ length: 25 }, (_, i) => 0.3 + i * 0.05);
const calibration = {
  name: 'calibration',
  memoryBudgetBytes: 256 * 1024 * 1024,
  timeoutMs: 10_000,
  allowFunctionConstructor: false,
  allowedModules: [],
  fetch: false,
  webAssembly: false,
  sharedArrayBuffer: false,
  weakRefs: false,
  isolatePerTenant: false,
};
// recycleAfter 1: every execution runs in a fresh isolate, so no earlier garbage is collected during it.
const rt = createRuntime({ pool: { min: 1, hardLimitMb: 512, recycleAfter: 1 }, profiles: [calibration] });

async function realDelta(code: string): Promise<number> {
  const r = await rt.execute({ code, profile: 'calibration', scan: false });
  return r.metrics.heapDeltaBytes;
}

async function refused(code: string, profile: string): Promise<boolean> {
  try {
    await rt.execute({ code, profile, scan: false });
    return false;
  } catch (error) {
    return (error as { code: string }).code === 'ERR_MEMORY_LIMIT';
  }
}

for (const profile of Object.keys(BUILTIN_PROFILES)) {
  const budget = BUILTIN_PROFILES[profile as BuiltinProfileName].memoryBudgetBytes;
  for (const [kind, make] of Object.entries(KINDS)) {
    let maxAllowed = 0;
    let minRefused = Number.POSITIVE_INFINITY;
    for (const ratio of RATIOS) {
      const code = make(Math.round(budget * ratio));
      const real = await realDelta(code);
      if (await refused(code, profile)) minRefused = Math.min(minRefused, real);
      else maxAllowed = Math.max(maxAllowed, real);
    }
    console.log(
      `${profile.padEnd(16)} ${kind.padEnd(24)} largest allowed ${(maxAllowed / budget).toFixed(2)}x, smallest refused ${(minRefused / budget).toFixed(2)}x of the budget`,
    );
  }
}
await rt.dispose();
