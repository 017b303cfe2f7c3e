/**
 * What the protector probe (runtime/protector-probe.ts) would cost the pool: making the snapshot once,
 * making an isolate and a context from it against a plain isolate, and one probe call (medians); and
 * whether the hardening script itself clears a protector (it must not, or every isolate would read as
 * changed): per profile, the protectors a fresh context reads cleared after one context was hardened.
 *   node --no-node-snapshot --import tsx runtime/test/protector-probe-cost.ts [ROUNDS]
 */
import ivm from 'isolated-vm';
import { bootstrapCallSource } from '../guest/bootstrap-source.js';
import { allowedGlobals } from '../guest/global-allowlist.js';
import { NAMESPACE_MEMBERS } from '../guest/namespace-allowlist.js';
import { BUILTIN_PROFILES } from '../profiles.js';
import { clearedProtectors, PROBE_GLOBAL, protectorSnapshot } from '../protector-probe.js';

const rounds = Number(process.argv[2] ?? 30);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const time = (f: () => void) => {
  const t = performance.now();
  f();
  return performance.now() - t;
};

const snapshotMs = time(() => protectorSnapshot());
const snapshot = protectorSnapshot();
const rows: Record<string, number[]> = {
  'isolate, plain': [],
  'isolate, from snapshot': [],
  'context, plain': [],
  'context, from snapshot': [],
  'probe call': [],
};
for (let i = 0; i < rounds; i++) {
  let plain: ivm.Isolate | undefined;
  let probed: ivm.Isolate | undefined;
  rows['isolate, plain']!.push(time(() => (plain = new ivm.Isolate({ memoryLimit: 16 }))));
  rows['isolate, from snapshot']!.push(time(() => (probed = new ivm.Isolate({ memoryLimit: 16, snapshot }))));
  rows['context, plain']!.push(time(() => plain!.createContextSync()));
  let context: ivm.Context | undefined;
  rows['context, from snapshot']!.push(time(() => (context = probed!.createContextSync())));
  const fn = context!.global.getSync(PROBE_GLOBAL, { reference: true }) as ivm.Reference<() => number>;
  fn.applySync(undefined, []);
  rows['probe call']!.push(time(() => fn.applySync(undefined, [])));
  plain!.dispose();
  probed!.dispose();
}
console.log(`snapshot made once: ${snapshotMs.toFixed(1)} ms`);
for (const [name, xs] of Object.entries(rows))
  console.log(`${name}: median ${median(xs).toFixed(3)} ms over ${rounds}`);

for (const profile of Object.values(BUILTIN_PROFILES)) {
  const isolate = new ivm.Isolate({ memoryLimit: 32, snapshot });
  const config = {
    allowFunctionConstructor: profile.allowFunctionConstructor,
    globals: allowedGlobals(profile),
    namespaces: NAMESPACE_MEMBERS,
    modules: [...profile.allowedModules],
    fetch: profile.fetch,
    memoryBudgetBytes: profile.memoryBudgetBytes,
    maxLogEntries: 200,
    maxLogBytes: 65_536,
    maxResultBytes: 1_000_000,
  };
  const hardened = isolate.createContextSync();
  hardened.global.setSync('__sandproofToken', 'token');
  isolate.compileScriptSync(bootstrapCallSource(config)).runSync(hardened);
  const mask = isolate.createContextSync().evalSync(`${PROBE_GLOBAL}()`) as number;
  console.log(`${profile.name}: the hardening clears ${JSON.stringify(clearedProtectors(mask))}`);
  isolate.dispose();
}
