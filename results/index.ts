/**
 * The results schemas: what a conformance run and a benchmark run write, with their versions and the bench
 * file's validator. The suite and the benchmarks produce these; the reports read nothing else. This area
 * imports nothing of ours.
 */
export {
  adapterScenarioId,
  BENCH_SCHEMA_VERSION,
  type BenchResults,
  type Better,
  type LatencySummary,
  type MachineInfo,
  parseBenchResults,
  type RatioResult,
  type ScenarioResult,
  type TargetResult,
  validateBenchResults,
} from './bench-results.js';
export {
  type CategoryCounts,
  type ConformanceEnvironment,
  type ConformanceResults,
  type DetectionMetrics,
  FAILURE_SNIPPET_LIMIT,
  type FailureEntry,
  FINDING_BLOCKS,
  FINDING_CLASSES,
  FINDING_COLORS,
  FINDING_LABELS,
  FINDING_WEIGHTS,
  type FindingClass,
  type ProfileCertification,
  type ProfileScannerMetrics,
  RESULTS_SCHEMA_VERSION,
} from './conformance-results.js';
export type { FigureComparison, GateOptions, GateReport, Verdict } from './gate-report.js';
