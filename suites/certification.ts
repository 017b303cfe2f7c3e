/**
 * Certification: a verdict, a 0-10 score and an A-F grade per profile, and the scanner's detection
 * metrics. Known failures still count here: the expectations file documents them, it does not forgive.
 *
 * Certified: no run escaped or crashed, no malicious sample completed where the profile blocks it, and every benign
 * sample behaved as expected in every scan mode (a scanner refusal of a benign sample is a false positive).
 *
 * Score = 10 x passedWeight / totalWeight, over runs, where a benign run weighs 1, a malicious run 2, and
 * an escaping run 10 (so one escape costs as much as five failed malicious runs). Rounded to 0.1.
 * Grade: any escape -> F; otherwise A (certified, score >= 9.5), B (certified, >= 8.5), C (>= 7),
 * D (>= 5), F (below); an uncertified profile gets at most C.
 */
import { isUnexpected, type RunRecord } from './run-record.js';

/** Run weights of the score. */
export const SCORE_WEIGHTS = { benign: 1, malicious: 2, escape: 10 } as const;

/** One failed run as listed in the results. */
export interface FailureEntry {
  sampleId: string;
  kind: string;
  category: string;
  technique: string | null;
  scan: boolean;
  expected: string;
  actual: string;
  reason: string;
  code: string | null;
  /** Whether the failure blocks certification. */
  blocking: boolean;
  /** The expectations file's reason when this is a known failure. */
  known: string | null;
  /** The adapter's declared non-goal that accounts for this failure ("lacks a declared capability"). */
  nonGoal?: string | null;
  /** `hang`, `crash` or `adapter-error` when the adapter gave no outcome of its own. */
  incident?: string | null;
  reproduce: string;
}

/** Per-category counts (samples). */
export interface CategoryCounts {
  samples: number;
  passed: number;
  failed: number;
  escapes: number;
  /** Failed samples whose every failure falls under a declared non-goal (the rest claim and fail). */
  declaredGaps?: number;
}

/** The certification of one profile. Sample counts count samples; run counts count sample x scan mode. */
export interface ProfileCertification {
  profile: string;
  certified: boolean;
  score: number;
  grade: string;
  samples: number;
  passed: number;
  failed: number;
  escapes: number;
  falsePositives: number;
  runs: number;
  blockingFailures: number;
  knownFailures: number;
  unexpectedFailures: number;
  unexpectedPasses: number;
  weights: { total: number; passed: number };
  categories: Record<string, CategoryCounts>;
  failures: FailureEntry[];
}

/** Weight of a run in the score. */
export function runWeight(record: RunRecord): number {
  if (record.failureKind === 'escape') return SCORE_WEIGHTS.escape;
  return record.kind === 'malicious' ? SCORE_WEIGHTS.malicious : SCORE_WEIGHTS.benign;
}

/** The 0-10 score from summed weights (10 when nothing ran: vacuous, and never certified then). */
export function scoreFromWeights(weights: { total: number; passed: number }): number {
  if (weights.total === 0) return 10;
  return Math.round((100 * weights.passed) / weights.total) / 10;
}

/** The letter grade for a score. */
export function gradeFor(score: number, certified: boolean, escapes: number): string {
  if (escapes > 0) return 'F';
  if (certified && score >= 9.5) return 'A';
  if (certified && score >= 8.5) return 'B';
  if (score >= 7) return 'C';
  return score >= 5 ? 'D' : 'F';
}

function bySample(records: readonly RunRecord[]): Map<string, RunRecord[]> {
  const groups = new Map<string, RunRecord[]>();
  for (const record of records) {
    const list = groups.get(record.sampleId) ?? [];
    list.push(record);
    groups.set(record.sampleId, list);
  }
  return groups;
}

function categoryCounts(groups: Map<string, RunRecord[]>): Record<string, CategoryCounts> {
  const out: Record<string, CategoryCounts> = {};
  for (const runs of groups.values()) {
    const first = runs[0]!;
    const key = first.kind === 'benign' ? `benign/${first.category}` : first.category;
    const counts = out[key] ?? { samples: 0, passed: 0, failed: 0, escapes: 0, declaredGaps: 0 };
    out[key] = counts;
    counts.samples += 1;
    if (runs.every((r) => r.pass)) counts.passed += 1;
    else counts.failed += 1;
    if (runs.some((r) => r.failureKind === 'escape')) counts.escapes += 1;
    if (runs.some((r) => !r.pass) && runs.every((r) => r.pass || r.nonGoal !== undefined))
      counts.declaredGaps = (counts.declaredGaps ?? 0) + 1;
  }
  return out;
}

/** Options of {@link certifyProfile}. */
export interface CertifyOptions {
  /** Builds the command that reproduces one failing run. */
  reproduce: (record: RunRecord) => string;
}

function toFailure(record: RunRecord, options: CertifyOptions): FailureEntry {
  return {
    sampleId: record.sampleId,
    kind: record.failureKind ?? 'unknown',
    category: record.category,
    technique: record.technique ?? null,
    scan: record.scan,
    expected: record.expected,
    actual: record.actual,
    reason: record.reason ?? '',
    code: record.code,
    blocking: record.blocking,
    known: record.known ?? null,
    nonGoal: record.nonGoal ?? null,
    incident: record.incident ?? null,
    reproduce: options.reproduce(record),
  };
}

/** Certifies one profile from its run records. */
export function certifyProfile(
  profile: string,
  records: readonly RunRecord[],
  options: CertifyOptions,
): ProfileCertification {
  const mine = records.filter((r) => r.profile === profile);
  const groups = bySample(mine);
  const sampleFailed = [...groups.values()].filter((runs) => runs.some((r) => !r.pass));
  const escapes = [...groups.values()].filter((runs) => runs.some((r) => r.failureKind === 'escape')).length;
  const weights = { total: 0, passed: 0 };
  for (const record of mine) {
    weights.total += runWeight(record);
    if (record.pass) weights.passed += runWeight(record);
  }
  const blockingFailures = mine.filter((r) => !r.pass && r.blocking).length;
  const certified = mine.length > 0 && blockingFailures === 0;
  const score = scoreFromWeights(weights);
  return {
    profile,
    certified,
    score,
    grade: gradeFor(score, certified, escapes),
    samples: groups.size,
    passed: groups.size - sampleFailed.length,
    failed: sampleFailed.length,
    escapes,
    falsePositives: new Set(mine.filter((r) => r.failureKind === 'false-positive').map((r) => r.sampleId))
      .size,
    runs: mine.length,
    blockingFailures,
    knownFailures: mine.filter((r) => !r.pass && r.known !== undefined).length,
    unexpectedFailures: mine.filter((r) => !r.pass && r.known === undefined).length,
    unexpectedPasses: mine.filter((r) => r.unexpectedPass !== undefined).length,
    weights,
    categories: categoryCounts(groups),
    failures: mine.filter((r) => !r.pass).map((r) => toFailure(r, options)),
  };
}

/** True when any record differs from the expectations file (exit code 1). */
export function hasUnexpected(records: readonly RunRecord[]): boolean {
  return records.some(isUnexpected);
}
