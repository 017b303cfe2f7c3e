/**
 * Merges the results of `--shard i/n` runs into one document (`sandproof report --merge`). Counts and
 * score weights add up; certification, score and grade are recomputed from the sums, and the merged run is
 * `complete` only when every shard 1..n of the same corpus and adapter is present, unfiltered.
 */
import { readFile } from 'node:fs/promises';
import {
  type CategoryCounts,
  coverageQualification,
  gradeFor,
  type ProfileCertification,
  scoreFromWeights,
} from './certification.js';
import type { ConformanceResults } from './conformance-results.js';
import { emptyClassCounts, FINDING_CLASSES, type FindingClass } from './findings.js';
import { type DetectionMetrics, finishMetrics, type ProfileScannerMetrics } from './scanner-metrics.js';

/** Raised when shards cannot be merged (different adapters, corpora or shard counts). */
export class MergeError extends Error {
  /** Stable code. */
  readonly code = 'ERR_MERGE';
}

const SUMMED = [
  'samples',
  'passed',
  'failed',
  'escapes',
  'falsePositives',
  'runs',
  'blockingFailures',
  'knownFailures',
  'unexpectedFailures',
  'unexpectedPasses',
] as const;

function addCategories(into: Record<string, CategoryCounts>, from: Record<string, CategoryCounts>): void {
  for (const [name, counts] of Object.entries(from)) {
    const target = into[name] ?? { samples: 0, passed: 0, failed: 0, escapes: 0 };
    into[name] = target;
    target.samples += counts.samples;
    target.passed += counts.passed;
    target.failed += counts.failed;
    target.escapes += counts.escapes;
    if (counts.declaredGaps !== undefined)
      target.declaredGaps = (target.declaredGaps ?? 0) + counts.declaredGaps;
    if (counts.findings) target.findings = addClassCounts(target.findings, counts.findings);
  }
}

function addClassCounts(
  into: Record<FindingClass, number> | undefined,
  from: Record<FindingClass, number>,
): Record<FindingClass, number> {
  const out = into ?? emptyClassCounts();
  for (const c of FINDING_CLASSES) out[c] += from[c] ?? 0;
  return out;
}

function mergeProfile(parts: ProfileCertification[]): ProfileCertification {
  const first = parts[0]!;
  const merged: ProfileCertification = {
    ...first,
    weights: { total: 0, passed: 0 },
    categories: {},
    failures: [],
  };
  for (const key of SUMMED) merged[key] = 0;
  if (first.findings) merged.findings = emptyClassCounts();
  for (const part of parts) {
    for (const key of SUMMED) merged[key] += part[key];
    merged.weights.total += part.weights.total;
    merged.weights.passed += part.weights.passed;
    addCategories(merged.categories, part.categories);
    if (part.findings) merged.findings = addClassCounts(merged.findings, part.findings);
    merged.failures.push(...part.failures);
  }
  // Shards of one corpus cover what their union covers; results written before the rule have none.
  const judged = parts.some((p) => p.qualification !== undefined);
  merged.qualification = judged ? coverageQualification(merged.categories) : null;
  merged.certified = merged.runs > 0 && merged.blockingFailures === 0 && merged.qualification === null;
  merged.score = scoreFromWeights(merged.weights);
  merged.grade = gradeFor(merged.score, merged.certified, merged.escapes);
  return merged;
}

type Counts = Pick<DetectionMetrics, 'tp' | 'fn' | 'fp' | 'tn'>;
const add = (a: Counts, b: Counts): Counts => ({
  tp: a.tp + b.tp,
  fn: a.fn + b.fn,
  fp: a.fp + b.fp,
  tn: a.tn + b.tn,
});
const ZERO: Counts = { tp: 0, fn: 0, fp: 0, tn: 0 };

function mergeScanner(parts: ProfileScannerMetrics[]): ProfileScannerMetrics {
  let overall = ZERO;
  const categories: Record<string, Counts> = {};
  for (const part of parts) {
    overall = add(overall, part.overall);
    for (const [name, counts] of Object.entries(part.categories))
      categories[name] = add(categories[name] ?? ZERO, counts);
  }
  const finished = Object.fromEntries(Object.entries(categories).map(([k, v]) => [k, finishMetrics(v)]));
  return { profile: parts[0]!.profile, overall: finishMetrics(overall), categories: finished };
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) out.set(key(item), [...(out.get(key(item)) ?? []), item]);
  return out;
}

function checkCompatible(docs: ConformanceResults[]): void {
  const first = docs[0]!;
  for (const doc of docs) {
    if (doc.schemaVersion !== 1)
      throw new MergeError(`unsupported schemaVersion ${String(doc.schemaVersion)}`);
    if (doc.adapter.name !== first.adapter.name) throw new MergeError('shards of different adapters');
    if (doc.corpus.version !== first.corpus.version)
      throw new MergeError('shards of different corpus versions');
    if (doc.shard.count !== first.shard.count) throw new MergeError('shards with different shard counts');
  }
}

/** Merges parsed results documents. */
export function mergeResultsDocuments(docs: ConformanceResults[]): ConformanceResults {
  if (docs.length === 0) throw new MergeError('nothing to merge');
  checkCompatible(docs);
  const first = docs[0]!;
  const indices = new Set(docs.map((doc) => doc.shard.index));
  const everyShard = Array.from({ length: first.shard.count }, (_, i) => i + 1).every((i) => indices.has(i));
  const profiles = [
    ...groupBy(
      docs.flatMap((d) => d.profiles),
      (p) => p.profile,
    ).values(),
  ].map(mergeProfile);
  const scanner = [
    ...groupBy(
      docs.flatMap((d) => d.scanner.profiles),
      (p) => p.profile,
    ).values(),
  ].map(mergeScanner);
  return {
    ...first,
    startedAt: docs.map((d) => d.startedAt).sort()[0] ?? first.startedAt,
    // Shards usually run in parallel: the merged duration is the slowest shard's.
    durationMs: Math.max(...docs.map((d) => d.durationMs)),
    shard: { index: 0, count: first.shard.count },
    complete: everyShard && docs.every((d) => d.filter === null),
    status: docs.some((d) => d.status === 1) ? 1 : 0,
    warnings: [...new Set(docs.flatMap((d) => d.warnings))],
    profiles,
    scanner: { available: first.scanner.available, profiles: scanner },
  };
}

/** Reads and merges results files. */
export async function mergeConformanceResults(files: readonly string[]): Promise<ConformanceResults> {
  const docs = await Promise.all(
    files.map(async (file) => JSON.parse(await readFile(file, 'utf8')) as ConformanceResults),
  );
  return mergeResultsDocuments(docs);
}
