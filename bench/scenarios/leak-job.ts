/**
 * The leak job: memlab over heap snapshots taken at baseline, after N and after 2N executions, on the
 * host (Node's own heap, through `v8.writeHeapSnapshot`) and inside a pooled-style isolate (through its
 * inspector session: `HeapProfiler.takeHeapSnapshot`). memlab parses the snapshots; our filter
 * (heap-leak-filter.ts) decides what a leak is. The inspector is enabled only on the job's private
 * isolate, never on a production path. Heavy: minutes and a few hundred MB per snapshot parse.
 */
import { createWriteStream, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { writeHeapSnapshot } from 'node:v8';
import type { ScenarioResult } from '../../results/index.js';
import {
  BUILTIN_PROFILES,
  createRuntime,
  type ExecuteRequest,
  internals,
  type Runtime,
} from '../../runtime/index.js';
import { classifyRetained, type HeapNodeLike, type LeakVerdict } from '../lib/heap-leak-filter.js';
import { hostGc } from '../lib/host-gc.js';
import { importBenchPeer } from '../lib/optional-peer.js';
import { LODASH_SNIPPET, SMALL_INPUT, SMALL_SNIPPET } from './bench-snippets.js';

/** Options of {@link runLeakJob}. */
export interface LeakJobOptions {
  /** N: executions between snapshots. */
  executions: number;
  workDir: string;
  log: (line: string) => void;
}

interface HeapSnapshotLike {
  nodes: { forEach(cb: (node: HeapNodeLike) => unknown): void };
  getNodeById(id: number): HeapNodeLike | null | undefined;
}

type LoadSnapshot = (file: string) => Promise<HeapSnapshotLike>;

interface MemlabModule {
  getFullHeapFromFile?: LoadSnapshot;
  config?: { muteConsole: boolean };
}

/** Loads memlab's snapshot parser; throws `ERR_MISSING_PEER` when memlab is not installed. */
export async function memlabLoader(): Promise<LoadSnapshot> {
  // memlab is a dev dependency and slow to load: only the leak job imports it.
  const imported = (await importBenchPeer(
    'memlab',
    'the leak job',
    () => import('memlab'),
  )) as unknown as MemlabModule & { default?: MemlabModule };
  const memlab = imported.getFullHeapFromFile === undefined ? (imported.default ?? imported) : imported;
  // Its parser prints terminal progress lines; the job reports its own progress.
  if (memlab.config !== undefined) memlab.config.muteConsole = true;
  const load = memlab.getFullHeapFromFile;
  if (load === undefined) throw new Error('memlab: getFullHeapFromFile not found');
  return load;
}

/** Nodes allocated between `baseline` and `target` that are alive in `final`, one snapshot in memory at a time. */
async function retainedNodes(
  load: LoadSnapshot,
  files: readonly [string, string, string],
): Promise<HeapNodeLike[]> {
  const baseIds = new Set<number>();
  (await load(files[0])).nodes.forEach((n) => void baseIds.add(n.id));
  const candidates = new Set<number>();
  (await load(files[1])).nodes.forEach((n) => {
    if (!baseIds.has(n.id)) candidates.add(n.id);
  });
  baseIds.clear();
  const alive: HeapNodeLike[] = [];
  (await load(files[2])).nodes.forEach((n) => {
    if (candidates.has(n.id)) alive.push({ id: n.id, type: n.type, name: n.name, self_size: n.self_size });
  });
  return alive;
}

/**
 * The host workload: every profile in turn, with the module loader and the random-bytes callback in use
 * (per-context host callbacks once leaked one context's objects per execution; see prepared-context.ts).
 */
function leakRequest(i: number): ExecuteRequest {
  const requests: ExecuteRequest[] = [
    { code: SMALL_SNIPPET, profile: 'ultra-secure', input: SMALL_INPUT },
    { code: LODASH_SNIPPET, profile: 'high-security', input: SMALL_INPUT },
    { code: "return require('uuid').v4().length", profile: 'tenant-isolated', tenantId: 'leak-job' },
  ];
  return requests[i % requests.length]!;
}

async function hostSnapshots(runtime: Runtime, n: number, dir: string): Promise<[string, string, string]> {
  const files: string[] = [];
  const run = async (count: number) => {
    for (let i = 0; i < count; i++) await runtime.execute(leakRequest(i));
  };
  for (const step of ['baseline', 'target', 'final']) {
    if (step !== 'baseline') await run(n);
    hostGc();
    files.push(writeHeapSnapshot(join(dir, `host-${step}.heapsnapshot`)));
  }
  return files as [string, string, string];
}

async function isolateSnapshot(sandbox: internals.InspectableSandbox, file: string): Promise<string> {
  const out = createWriteStream(file);
  const stop = sandbox.listen((method, params) => {
    if (method === 'HeapProfiler.addHeapSnapshotChunk') out.write((params as { chunk: string }).chunk);
  });
  // The host's GC first: it finalizes host handles that may still pin released contexts.
  hostGc();
  await sandbox.post('HeapProfiler.collectGarbage');
  await sandbox.post('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  stop();
  await new Promise<void>((resolve, reject) =>
    out.end((error?: Error | null) => (error ? reject(error) : resolve())),
  );
  return file;
}

async function isolateSnapshots(n: number, dir: string): Promise<[string, string, string]> {
  const sandbox = new internals.InspectableSandbox(BUILTIN_PROFILES['ultra-secure']);
  try {
    const inputJson = JSON.stringify(SMALL_INPUT);
    await sandbox.post('HeapProfiler.enable');
    // Warm up past lazy compilation, so code compiled once is not counted as retained.
    for (let i = 0; i < 50; i++) await sandbox.execute(SMALL_SNIPPET, inputJson);
    const files: string[] = [];
    for (const step of ['baseline', 'target', 'final']) {
      if (step !== 'baseline') for (let i = 0; i < n; i++) await sandbox.execute(SMALL_SNIPPET, inputJson);
      files.push(await isolateSnapshot(sandbox, join(dir, `isolate-${step}.heapsnapshot`)));
    }
    return files as [string, string, string];
  } finally {
    sandbox.dispose();
  }
}

function scenario(id: string, description: string, n: number, verdict: LeakVerdict): ScenarioResult {
  return {
    id,
    description,
    samples: n * 2,
    extra: {
      executionsBetweenSnapshots: n,
      retainedObjects: verdict.retainedObjects,
      leakGroups: verdict.leaks.length,
      leaked: verdict.leaks.map((g) => `${g.key} x${g.count}`).join('; ') || 'none',
      topRetained:
        verdict.top
          .slice(0, 5)
          .map((g) => `${g.key} x${g.count}`)
          .join('; ') || 'none',
      ok: verdict.leaks.length === 0,
    },
  };
}

/** `leak.host` and `leak.isolate`; snapshots are left in `workDir/leak/` for a closer look. */
export async function runLeakJob(options: LeakJobOptions): Promise<ScenarioResult[]> {
  const dir = join(options.workDir, 'leak');
  mkdirSync(dir, { recursive: true });
  const load = await memlabLoader();
  // A file audit sink keeps a bounded tail in memory; the default memory sink keeps every record by design.
  // In-process, so that the host snapshots hold the executor side too (pools, contexts, callbacks).
  const runtime = createRuntime({
    isolation: 'in-process',
    pool: { min: 2 },
    audit: { path: join(dir, 'audit.jsonl'), fsync: 'never' },
  });
  let hostFiles: [string, string, string];
  try {
    for (let i = 0; i < options.executions; i++) await runtime.execute(leakRequest(i));
    options.log('  host snapshots');
    hostFiles = await hostSnapshots(runtime, options.executions, dir);
  } finally {
    await runtime.dispose();
  }
  options.log('  isolate snapshots');
  const isolateFiles = await isolateSnapshots(options.executions, dir);
  options.log('  memlab: parsing snapshots');
  const host = classifyRetained(await retainedNodes(load, hostFiles), options.executions);
  const isolate = classifyRetained(await retainedNodes(load, isolateFiles), options.executions);
  return [
    scenario(
      'leak.host',
      'host heap: objects allocated in the first N executions and alive after 2N (memlab, our filter)',
      options.executions,
      host,
    ),
    scenario(
      'leak.isolate',
      'isolate heap through the inspector: same method, fresh hardened context per execution',
      options.executions,
      isolate,
    ),
  ];
}
