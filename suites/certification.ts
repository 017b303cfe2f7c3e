/**
 * Certification: a verdict, a 0-10 score and an A-F grade per profile, and the scanner's detection
 * metrics. Known failures still count here: the expectations file documents them, it does not forgive.
 *
 * Every failed run has one finding class (`findings.ts`, documented in `FINDINGS.md`): escape, policy,
 * budget, false refusal, defect or surface. Certified: no failure of a blocking class (everything but surface
 * deviations; a refused malicious sample that the profile allows counts as a false refusal but does not
 * block), and a run that covers every threat category (see {@link coverageQualification}).
 *
 * Score = 10 x passedWeight / totalWeight, over runs: a passing benign run weighs 1, a passing malicious run
 * 2, a failed run its class's weight (escape 10, policy 2, budget 2, false refusal 1, defect 1, surface 0.5).
 * Rounded to 0.1. Grade: any escape -> F, and only an escape: otherwise A (certified, score >= 9.5),
 * B (certified, >= 8.5), C (>= 7), D (below); an uncertified profile gets at most C.
 */

import {
  type CategoryCounts,
  FAILURE_SNIPPET_LIMIT,
  type FailureEntry,
  type ProfileCertification,
} from '../results/index.js';
import {
  emptyClassCounts,
  FINDING_CLASSES,
  FINDING_WEIGHTS,
  type FindingClass,
  recordClass,
} from './findings.js';
import { isUnexpected, type RunRecord } from './run-record.js';

export type { CategoryCounts, FailureEntry, ProfileCertification } from '../results/index.js';

export {
  FINDING_CLASSES,
  FINDING_COLORS,
  FINDING_LABELS,
  FINDING_WEIGHTS,
  type FindingClass,
} from './findings.js';

/** Run weights of the score: passing runs by sample kind; failed runs by class (`FINDING_WEIGHTS`). */
export const SCORE_WEIGHTS = { benign: 1, malicious: 2, escape: FINDING_WEIGHTS.escape } as const;

/**
 * The malicious categories a certifying run must cover, with at least {@link MIN_SAMPLES_PER_CATEGORY}
 * samples each (the corpus's vocabulary), and at least as many benign samples.
 */
export const CERTIFYING_CATEGORIES: readonly string[] = [
  'code-generation',
  'embedder-misuse',
  'exfiltration',
  'host-access',
  'obfuscation',
  'persistence',
  'realm-escape',
  'resource-exhaustion',
  'timing-side-channel',
];
/** The fewest samples per category (and benign samples) a certifying run needs. */
export const MIN_SAMPLES_PER_CATEGORY = 3;

/** Weight of a run in the score. */
export function runWeight(record: RunRecord): number {
  const findingClass = recordClass(record);
  if (findingClass !== null) return FINDING_WEIGHTS[findingClass];
  return record.kind === 'malicious' ? SCORE_WEIGHTS.malicious : SCORE_WEIGHTS.benign;
}

/** The 0-10 score from summed weights (10 when nothing ran: vacuous, and never certified then). */
export function scoreFromWeights(weights: { total: number; passed: number }): number {
  if (weights.total === 0) return 10;
  return Math.round((100 * weights.passed) / weights.total) / 10;
}

/** The letter grade for a score: F means an escape, and nothing else. */
export function gradeFor(score: number, certified: boolean, escapes: number): string {
  if (escapes > 0) return 'F';
  if (certified && score >= 9.5) return 'A';
  if (certified && score >= 8.5) return 'B';
  return score >= 7 ? 'C' : 'D';
}

/** Per-class sample counts of a group of samples' runs. */
function classCounts(groups: Iterable<RunRecord[]>): Record<FindingClass, number> {
  const counts = emptyClassCounts();
  for (const runs of groups) {
    const seen = new Set(runs.map(recordClass).filter((c): c is FindingClass => c !== null));
    for (const c of seen) counts[c] += 1;
  }
  return counts;
}

/**
 * Why a run with these per-category counts cannot certify (too few samples in a threat category, or too
 * few benign samples), or null when its coverage suffices.
 */
export function coverageQualification(
  categories: Readonly<Record<string, Pick<CategoryCounts, 'samples'>>>,
  required: readonly string[] = CERTIFYING_CATEGORIES,
  minimum = MIN_SAMPLES_PER_CATEGORY,
): string | null {
  const thin = required.filter((c) => (categories[c]?.samples ?? 0) < minimum);
  const benign = Object.entries(categories)
    .filter(([name]) => name.startsWith('benign/'))
    .reduce((sum, [, c]) => sum + c.samples, 0);
  const parts: string[] = [];
  if (thin.length > 0) {
    const listed = thin.slice(0, 4).join(', ') + (thin.length > 4 ? `, +${thin.length - 4} more` : '');
    parts.push(
      `${thin.length} of ${required.length} threat categories have fewer than ${minimum} samples (${listed})`,
    );
  }
  if (required.length > 0 && benign < minimum) parts.push(`${benign} benign samples (fewer than ${minimum})`);
  return parts.length > 0 ? `qualified, not certified: ${parts.join('; ')}` : null;
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
    const counts = out[key] ?? {
      samples: 0,
      passed: 0,
      failed: 0,
      escapes: 0,
      declaredGaps: 0,
      findings: emptyClassCounts(),
    };
    out[key] = counts;
    counts.samples += 1;
    if (runs.every((r) => r.pass)) counts.passed += 1;
    else counts.failed += 1;
    if (runs.some((r) => r.failureKind === 'escape')) counts.escapes += 1;
    if (runs.some((r) => !r.pass) && runs.every((r) => r.pass || r.nonGoal !== undefined))
      counts.declaredGaps = (counts.declaredGaps ?? 0) + 1;
    const one = classCounts([runs]);
    const mine = counts.findings ?? emptyClassCounts();
    counts.findings = mine;
    for (const c of FINDING_CLASSES) mine[c] += one[c];
  }
  return out;
}

/** Options of {@link certifyProfile}. */
export interface CertifyOptions {
  /** Builds the command that reproduces one failing run. */
  reproduce: (record: RunRecord) => string;
  /** The code of the sample a failing run ran, when known; it is carried by the failure entry. */
  snippet?: (record: RunRecord) => string | undefined;
  /**
   * The threat categories a certifying run must cover (default {@link CERTIFYING_CATEGORIES}); `[]`
   * turns the coverage rule off.
   */
  requiredCategories?: readonly string[];
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
    findingClass: recordClass(record) ?? 'defect',
    ...snippetOf(record, options),
  };
}

function snippetOf(record: RunRecord, options: CertifyOptions): { snippet?: string } {
  const code = options.snippet?.(record);
  return code === undefined ? {} : { snippet: code.slice(0, FAILURE_SNIPPET_LIMIT) };
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
  const categories = categoryCounts(groups);
  const qualification = coverageQualification(categories, options.requiredCategories);
  const certified = mine.length > 0 && blockingFailures === 0 && qualification === null;
  const score = scoreFromWeights(weights);
  const findings = classCounts(groups.values());
  return {
    profile,
    certified,
    score,
    grade: gradeFor(score, certified, escapes),
    samples: groups.size,
    passed: groups.size - sampleFailed.length,
    failed: sampleFailed.length,
    escapes,
    falsePositives: findings['false-refusal'],
    findings,
    qualification,
    runs: mine.length,
    blockingFailures,
    knownFailures: mine.filter((r) => !r.pass && r.known !== undefined).length,
    unexpectedFailures: mine.filter((r) => !r.pass && r.known === undefined).length,
    unexpectedPasses: mine.filter((r) => r.unexpectedPass !== undefined).length,
    weights,
    categories,
    failures: mine.filter((r) => !r.pass).map((r) => toFailure(r, options)),
  };
}

/** True when any record differs from the expectations file (exit code 1). */
export function hasUnexpected(records: readonly RunRecord[]): boolean {
  return records.some(isUnexpected);
}
