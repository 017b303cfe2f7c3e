/**
 * Runs a corpus against one adapter: every sample under every profile the adapter supports, malicious and
 * benign samples with the scanner on and off when the adapter has one (off only otherwise). Up to
 * `concurrency` samples run at once; the steps of a multi-step sample and its probes always run in order.
 *
 * Attribution under concurrency: the host tripwires are global, so when one trips, every sample in flight
 * is a suspect. Suspects are re-run one at a time after the pass, and the serial verdicts replace theirs.
 *
 * Samples the resource oracle watches (lifetime, accounting) read the sandbox processes' CPU and memory,
 * so no other sample may run in those processes meanwhile. Given `openAdapter`, they run on instances of
 * their own (measured-lanes.ts), several at once and beside the rest of the profile; otherwise one at a
 * time on the adapter, after the rest.
 */
import {
  type AdapterOutcome,
  type AdapterSample,
  NON_GOALS,
  outcomeCode,
  type SandboxAdapter,
} from './adapters/adapter.js';
import { incidentOf, workerFindingsOf } from './adapters/worker-pool.js';
import {
  BUILTINS_PROBE,
  diffFingerprints,
  type Fingerprint,
  probeFailed,
  rebaseline,
  stabilizeBaseline,
  toFingerprint,
} from './builtins-probe.js';
import { type ExpectationsFile, matchKnownFailure, matchSkip, matchStaleEntry } from './expectations.js';
import { type HashLedger, integrityFindings } from './integrity-oracle.js';
import {
  blocksCertification,
  describeExpectation,
  describeOutcome,
  effectiveExpectation,
  judgeRun,
  type Verdict,
} from './judge.js';
import { LOAD_RERUN_BUDGET_FACTOR, rerunLoadFailures } from './load-rerun.js';
import { type Lanes, openLanes } from './measured-lanes.js';
import { HostOracle, markerViolations } from './oracle.js';
import {
  canMeasure,
  cpuFinding,
  MEASURED_CATEGORIES,
  quietCpuMs,
  rssFinding,
  settleCpu,
  watchRss,
} from './resource-oracle.js';
import type { RunRecord } from './run-record.js';
import { isProfileName, type Sample } from './sample.js';

/** Default per-execution budget: kill samples stay cheap, benign ones finish far below it. */
export const DEFAULT_TIMEOUT_MS = 300;
/** Default number of samples in flight. */
export const DEFAULT_CONCURRENCY = 4;

/** Options of {@link runConformance}. */
export interface RunOptions {
  adapter: SandboxAdapter;
  samples: readonly Sample[];
  expectations: ExpectationsFile;
  /** Profiles to run (default: every profile the adapter supports). */
  profiles?: readonly string[];
  timeoutMs?: number;
  concurrency?: number;
  onProgress?: (done: number, total: number, record: RunRecord) => void;
  /** Called with each record as soon as it is final (for a partial results file). */
  onRecord?: (record: RunRecord) => void;
  /** Records of an interrupted run: their units are not run again and the records are kept. */
  resume?: readonly RunRecord[];
  /**
   * Opens another instance of the same adapter, with sandbox processes of its own. When given (and the
   * adapter names its sandbox processes), the resource oracle's samples run on such instances, several at
   * once, beside the rest of their profile, instead of one at a time after it.
   */
  openAdapter?: () => Promise<SandboxAdapter>;
}

/** What a run produced. */
export interface RunSummary {
  records: RunRecord[];
  profiles: string[];
  /** Requested profiles the adapter does not support. */
  unsupportedProfiles: string[];
  /** Baseline-probe problems per profile (an unstable pristine state). */
  warnings: string[];
}

/** One run of a sample: under a profile, with the scanner on or off. */
export interface Unit {
  sample: Sample;
  profile: string;
  scan: boolean;
}

/**
 * The tenant id a step runs under. Each worker slot has its own tenant namespace: a runtime that
 * serializes a tenant's executions (a dedicated isolate per tenant) must not make concurrent samples wait
 * for each other's budgets, and a sample's probe must see the same tenant as its steps.
 */
export function slotTenant(slot: number, tenant: string): string {
  return `w${slot}-${tenant}`;
}

/** Probes are cheap; a generous budget keeps a loaded machine from reading as residue. */
function probeTimeout(timeoutMs: number): number {
  return Math.max(2000, timeoutMs * 5);
}

/** What a run shares between its samples; a lane has its own adapter and baselines, the rest is shared. */
export interface Context {
  adapter: SandboxAdapter;
  oracle: HostOracle;
  timeoutMs: number;
  baselines: Map<string, Fingerprint>;
  expectations: ExpectationsFile;
  inflight: Set<Unit>;
  suspects: Set<Unit>;
  /** Audit hashes of the run, for the injectivity check (integrity-oracle.ts). */
  ledger: HashLedger;
  /** Where baseline problems of instances probed during the run are reported (the run's warnings). */
  warnings?: string[];
}

/**
 * The key of the baseline a probe on `tenantId` is held to: the profile, and for an adapter that spreads
 * tenants over several instances (the worker pool), the instance serving that tenant now.
 */
function baselineKey(ctx: Context, profile: string, tenantId: string): string {
  const instance = ctx.adapter.baselineKey?.(tenantId);
  return instance === undefined ? profile : `${profile}\u0000${instance}`;
}

/**
 * Takes the baseline of the instance serving `tenantId` if it has none yet: before a sample's first step,
 * so that a new instance (another worker, or a replacement after a crash) is held to its own pristine
 * state, never to another's and never to one read after a sample ran on it.
 */
async function ensureBaseline(ctx: Context, profile: string, tenantId: string): Promise<void> {
  if (ctx.adapter.baselineKey === undefined || ctx.baselines.has(baselineKey(ctx, profile, tenantId))) return;
  await probeBaseline(ctx, profile, tenantId, ctx.warnings ?? []);
}

interface Call {
  profile: string;
  tenantId: string;
  scan: boolean;
  timeoutMs: number;
}

/** Runs one execution, turning adapter exceptions and hangs into `crashed` outcomes. */
async function guarded(ctx: Context, sample: AdapterSample, call: Call): Promise<AdapterOutcome> {
  // Generous: an adapter that isolates crashes in child processes needs time to restart one and retry.
  const graceMs = call.timeoutMs * 4 + 15_000;
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<AdapterOutcome>((resolve) => {
    timer = setTimeout(
      () => resolve({ status: 'crashed', message: `adapter did not answer within ${graceMs} ms` }),
      graceMs,
    );
  });
  try {
    const run = ctx.adapter.execute(sample, call);
    return await Promise.race([run, hang]);
  } catch (error) {
    return { status: 'crashed', message: `adapter threw: ${(error as Error)?.message ?? String(error)}` };
  } finally {
    clearTimeout(timer);
  }
}

/** Budgets of the probe's attempts, as multiples of {@link probeTimeout}: a loaded machine gets patience. */
const PROBE_ATTEMPTS = [1, 5, 15];

/**
 * Fingerprints the builtins. A probe that does not complete is retried with a larger budget before it
 * counts: on a machine with a load of 20 on 2 cores a probe was seen to miss two 2-second budgets in a row.
 */
async function probe(ctx: Context, profile: string, tenantId: string): Promise<Fingerprint> {
  const sample = { id: 'builtins-probe', code: BUILTINS_PROBE };
  let outcome: AdapterOutcome = { status: 'crashed', message: 'no probe ran' };
  for (const factor of PROBE_ATTEMPTS) {
    const call = { profile, tenantId, scan: false, timeoutMs: probeTimeout(ctx.timeoutMs) * factor };
    outcome = await guarded(ctx, sample, call);
    if (outcome.status === 'completed') break;
  }
  return toFingerprint(outcome);
}

function hostFindings(ctx: Context, unit: Unit): string[] {
  const found = ctx.oracle.check();
  if (found.length > 0) {
    ctx.oracle.restore();
    for (const suspect of ctx.inflight) ctx.suspects.add(suspect);
    ctx.suspects.add(unit);
  }
  return found;
}

async function executeUnit(
  ctx: Context,
  unit: Unit,
  slot: number,
): Promise<{ last: AdapterOutcome; findings: string[]; incomplete: string[]; elapsedMs: number }> {
  const { sample, profile, scan } = unit;
  const findings: string[] = [];
  const incomplete: string[] = [];
  let last: AdapterOutcome = { status: 'crashed', message: 'no step ran' };
  const pids = ctx.adapter.sandboxProcesses?.bind(ctx.adapter);
  const measured = MEASURED_CATEGORIES.has(sample.category) && canMeasure(pids);
  // Measured on idle processes: what an earlier sample left running is not this one's.
  if (measured) await settleCpu(pids);
  for (const tenant of new Set(sample.steps.map((step) => step.tenant)))
    await ensureBaseline(ctx, profile, slotTenant(slot, tenant));
  const started = performance.now();
  for (const step of sample.steps) {
    const input: AdapterSample = { id: sample.id, code: step.code, input: sample.input };
    const rss = measured ? watchRss(pids) : null;
    last = await guarded(ctx, input, {
      profile,
      tenantId: slotTenant(slot, step.tenant),
      scan,
      timeoutMs: ctx.timeoutMs,
    });
    findings.push(
      ...markerViolations(last),
      ...workerFindingsOf(last),
      ...integrityFindings(step.code, last, ctx.ledger),
      ...hostFindings(ctx, unit),
    );
    // A step the scanner refused ran nothing: what the sandbox processes did meanwhile (a collection, an
    // earlier sample's garbage, at load 50 seen as an escape) is not this sample's.
    const growth = rss?.stop() ?? 0;
    if (last.status !== 'refused-by-scan') findings.push(...rssFinding(profile, growth));
  }
  // Before the probes: a probe would run (and could end) whatever the sample left behind. A sample the
  // scanner refused ran nothing, and leaves nothing to watch.
  const elapsedMs = performance.now() - started;
  if (measured && last.status !== 'refused-by-scan') findings.push(...cpuFinding(await quietCpuMs(pids)));
  for (const tenant of new Set(sample.steps.map((step) => step.tenant))) {
    const tenantId = slotTenant(slot, tenant);
    // The instance that served the sample may have died meanwhile: its replacement starts pristine, and
    // its baseline is taken now (nothing of the sample can be in it).
    const key = baselineKey(ctx, profile, tenantId);
    if (!ctx.baselines.has(key)) {
      await ensureBaseline(ctx, profile, tenantId);
      continue;
    }
    const seen = await probe(ctx, profile, tenantId);
    if (probeFailed(seen) && !probeFailed(ctx.baselines.get(key) ?? {})) {
      // A probe that did not complete says nothing about the builtins: the sandbox failed its next
      // execution (load, or a wedged sandbox). It is charged to the sample as a crash, which is re-run
      // alone, never as an escape, which is final.
      incomplete.push(`the next execution (tenant ${tenant}) failed: probe (${seen.probe})`);
      continue;
    }
    const diffs = diffFingerprints(ctx.baselines.get(key) ?? {}, seen);
    if (diffs.length === 0) continue;
    findings.push(`the next execution (tenant ${tenant}) sees changed builtins: ${diffs.join(', ')}`);
    // Residue is charged once, to the sample after which it first appeared; later samples are judged
    // against the state it left, so one persistent change does not fail the rest of the corpus.
    // A probe that did not complete is not a new pristine state: the next sample is judged against the old one.
    if (!probeFailed(seen)) ctx.baselines.set(key, rebaseline(ctx.baselines.get(key) ?? {}, seen));
  }
  return { last, findings: [...new Set(findings)], incomplete, elapsedMs };
}

/** Runs one unit on `ctx`'s adapter and judges it. */
export async function runUnit(ctx: Context, unit: Unit, slot: number): Promise<RunRecord> {
  const { sample, profile, scan } = unit;
  const started = performance.now();
  const skip = matchSkip(ctx.expectations, { sample, profile, scan });
  ctx.inflight.add(unit);
  const { last, findings, incomplete, elapsedMs } = skip
    ? {
        last: { status: 'crashed', message: `not run: ${skip.reason}` } as AdapterOutcome,
        findings: [],
        incomplete: [],
        elapsedMs: 0,
      }
    : await executeUnit(ctx, unit, slot).finally(() => ctx.inflight.delete(unit));
  ctx.inflight.delete(unit);
  const declared = isProfileName(profile) ? sample.expect[profile] : undefined;
  const expectation = effectiveExpectation(declared ?? { outcome: 'contained', hasValue: false }, scan);
  const timing = { elapsedMs, budgetMs: ctx.timeoutMs, steps: sample.steps.length };
  const judged = judgeRun(expectation, last, findings, skip ? undefined : timing);
  const verdict: Verdict =
    judged.pass && incomplete.length > 0
      ? { pass: false, kind: 'crash', reason: incomplete.join('; ') }
      : judged;
  const record: RunRecord = {
    sampleId: sample.id,
    kind: sample.kind,
    category: sample.category,
    generated: sample.generatedFrom !== undefined,
    profile,
    scan,
    expected: describeExpectation(expectation),
    actual: describeOutcome(last),
    code: outcomeCode(last),
    refusedByScan: last.status === 'refused-by-scan',
    scanExpected: declared?.outcome === 'blocked' && declared.stages.includes('scan'),
    pass: verdict.pass,
    blocking:
      verdict.kind !== undefined &&
      blocksCertification(sample, verdict.kind, describeExpectation(expectation), outcomeCode(last)),
    durationMs: Math.round(performance.now() - started),
  };
  if (sample.technique !== undefined) record.technique = sample.technique;
  const incident = incidentOf(last);
  if (incident !== undefined) record.incident = incident;
  const nonGoal = record.pass ? undefined : declaredNonGoal(ctx.adapter, record);
  if (nonGoal !== undefined) record.nonGoal = nonGoal;
  if (verdict.kind) record.failureKind = verdict.kind;
  if (verdict.reason) record.reason = verdict.reason;
  applyExpectations(ctx.expectations, unit, record);
  return record;
}

/** The first declared non-goal whose categories hold the record's; escapes are never a non-goal. */
export function declaredNonGoal(adapter: SandboxAdapter, record: RunRecord): string | undefined {
  if (record.failureKind === 'escape' || record.kind !== 'malicious') return undefined;
  return (adapter.capabilities.nonGoals ?? []).find((goal) =>
    NON_GOALS[goal]?.categories.includes(record.category),
  );
}

function applyExpectations(file: ExpectationsFile, unit: Unit, record: RunRecord): void {
  const key = { sample: unit.sample, profile: unit.profile, scan: unit.scan };
  if (!record.pass && record.failureKind) {
    const entry = matchKnownFailure(file, key, record.failureKind);
    if (entry) record.known = entry.reason;
  } else if (record.pass) {
    const stale = matchStaleEntry(file, key);
    if (stale) record.unexpectedPass = stale.reason;
  }
}

/** Runs `work` over `items`, `limit` at a time; `slot` says which of the `limit` workers runs an item. */
export async function pool<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T, slot: number) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async (_: unknown, slot: number): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index] as T, slot);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}

function unitKey(sampleId: string, profile: string, scan: boolean): string {
  return `${sampleId}\u0000${profile}\u0000${scan}`;
}

function unitsFor(samples: readonly Sample[], profile: string, scanner: boolean): Unit[] {
  const modes = scanner ? [true, false] : [false];
  return samples.flatMap((sample) => modes.map((scan) => ({ sample, profile, scan })));
}

/** Fingerprints a pristine execution of `profile` on `ctx`'s adapter, the state later probes are held to. */
export async function takeBaseline(ctx: Context, profile: string, warnings: string[]): Promise<void> {
  await probeBaseline(ctx, profile, slotTenant(0, 'baseline'), warnings);
}

/** Probes the instance serving `tenantId` twice and keeps the stable part as its baseline. */
async function probeBaseline(ctx: Context, profile: string, tenantId: string, warnings: string[]) {
  const first = await probe(ctx, profile, tenantId);
  const second = await probe(ctx, profile, tenantId);
  const { baseline, unstable } = stabilizeBaseline(first, second);
  const instance = ctx.adapter.baselineKey?.(tenantId);
  const where = instance === undefined ? profile : `${profile} (${instance})`;
  const say = (line: string) => {
    // One line per problem, however many instances show it.
    if (!warnings.includes(line)) warnings.push(line);
  };
  if (unstable.length > 0) {
    const names = unstable.slice(0, 5).join(', ');
    say(
      `${profile}: adapter defect: two pristine executions already differ (${names}); the sandbox's ` +
        'global state changes on every call. Residue is judged with that tolerance, not charged to samples.',
    );
  }
  if (first.probe) say(`${where}: the builtins probe ${first.probe}`);
  ctx.baselines.set(baselineKey(ctx, profile, tenantId), baseline);
}

/** Runs the samples against the adapter and returns one record per run. */
export async function runConformance(options: RunOptions): Promise<RunSummary> {
  const { adapter } = options;
  const requested = options.profiles ?? adapter.capabilities.profiles;
  const profiles = requested.filter((p) => adapter.capabilities.profiles.includes(p));
  const oracle = new HostOracle();
  const ctx: Context = {
    adapter,
    oracle,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    baselines: new Map(),
    expectations: options.expectations,
    inflight: new Set(),
    suspects: new Set(),
    ledger: new Map(),
  };
  const warnings: string[] = [];
  ctx.warnings = warnings;
  // An adapter that shares the host's event loop (node-vm) lets a guest's forgotten rejection reach this
  // process; Node would end the harness on it. Record it instead: it is the adapter's failing, not ours.
  let hostRejections = 0;
  const onRejection = (): void => {
    hostRejections++;
  };
  process.on('unhandledRejection', onRejection);
  const units = profiles.flatMap((p) => unitsFor(options.samples, p, adapter.capabilities.scanner));
  const resumed = new Map((options.resume ?? []).map((r) => [unitKey(r.sampleId, r.profile, r.scan), r]));
  let done = 0;
  const records: RunRecord[] = [];
  const measurable = canMeasure(adapter.sandboxProcesses?.bind(adapter));
  const lanes: Lanes | null =
    options.openAdapter && measurable
      ? openLanes({ ctx, open: options.openAdapter, baseline: takeBaseline, warnings })
      : null;
  try {
    for (const profile of profiles) {
      await takeBaseline(ctx, profile, warnings);
      const all = units.filter((unit) => unit.profile === profile);
      const kept = all.flatMap((u) => resumed.get(unitKey(u.sample.id, u.profile, u.scan)) ?? []);
      const pending = all.filter((u) => !resumed.has(unitKey(u.sample.id, u.profile, u.scan)));
      done += kept.length;
      const alone = (unit: Unit) => MEASURED_CATEGORIES.has(unit.sample.category);
      const todo = [...pending.filter((unit) => !alone(unit)), ...pending.filter(alone)];
      const shared = todo.filter((unit) => !alone(unit));
      const measured = todo.slice(shared.length);
      const stepOn = async (on: Context, unit: Unit, slot: number) => {
        const record = await runUnit(on, unit, slot);
        options.onRecord?.(record);
        options.onProgress?.(++done, units.length, record);
        return record;
      };
      const step = (unit: Unit, slot: number) => stepOn(ctx, unit, slot);
      const concurrency = options.concurrency ?? DEFAULT_CONCURRENCY;
      let results: RunRecord[];
      if (lanes !== null) {
        // Each lane's processes run only its own sample, so the lanes and the rest go on side by side.
        const [rest, watched] = await Promise.all([
          pool(shared, concurrency, step),
          lanes.run(profile, measured, stepOn),
        ]);
        results = [...rest, ...watched];
      } else {
        // Samples the resource oracle watches run alone, after the others: no other sample's work is theirs.
        results = await pool(shared, concurrency, step);
        results.push(...(await pool(measured, 1, step)));
      }
      const final = await rerunLoadFailures(ctx, todo, await rerunSuspects(ctx, todo, results));
      // A serial re-run replaces a record; the later line of a partial file wins on resume.
      for (let i = 0; i < final.length; i++) if (final[i] !== results[i]) options.onRecord?.(final[i]!);
      records.push(...kept, ...final);
    }
  } finally {
    await lanes?.close();
    oracle.dispose();
    process.off('unhandledRejection', onRejection);
  }
  if (hostRejections > 0) {
    warnings.push(`${hostRejections} guest promise rejection(s) reached the host process unhandled`);
  }
  return { records, profiles, unsupportedProfiles: requested.filter((p) => !profiles.includes(p)), warnings };
}

/** Re-runs the suspects of a host tripwire one at a time; their serial verdicts are authoritative. */
async function rerunSuspects(ctx: Context, units: Unit[], records: RunRecord[]): Promise<RunRecord[]> {
  const suspects = units.filter((unit) => ctx.suspects.has(unit));
  if (suspects.length === 0) return records;
  ctx.suspects.clear();
  const replaced = [...records];
  for (const unit of suspects) {
    replaced[units.indexOf(unit)] = await runUnit(ctx, unit, 0);
  }
  ctx.suspects.clear();
  return replaced;
}

export { LOAD_RERUN_BUDGET_FACTOR };
