/**
 * The results JSON of a conformance run (`conformance.json`), schema version 1: the contract between the suite
 * that writes it and the reports that read it. Additive changes keep the version; renames or removals bump it.
 * Types only: the suite computes these (suites/certification.ts, suites/scanner-metrics.ts).
 */

/** The class of a failed run. */
export type FindingClass = 'escape' | 'policy' | 'surface' | 'budget' | 'false-refusal' | 'defect';

/** Every class, in the order reports show them (most severe first). */
export const FINDING_CLASSES: readonly FindingClass[] = [
  'escape',
  'policy',
  'budget',
  'false-refusal',
  'defect',
  'surface',
];

/**
 * The weight a failed run of each class adds to the score's denominator (a passing run weighs 1 when
 * benign, 2 when malicious). An escape costs as much as five failed malicious runs; a surface deviation
 * costs half a benign run.
 */
export const FINDING_WEIGHTS: Readonly<Record<FindingClass, number>> = {
  escape: 10,
  policy: 2,
  budget: 2,
  'false-refusal': 1,
  defect: 1,
  surface: 0.5,
};

/** Whether a class keeps a profile from certification. Surface deviations lower the score only. */
export const FINDING_BLOCKS: Readonly<Record<FindingClass, boolean>> = {
  escape: true,
  policy: true,
  budget: true,
  'false-refusal': true,
  defect: true,
  surface: false,
};

/** Report colours per class (each also has a label, so the class survives greyscale printing). */
export const FINDING_COLORS: Readonly<Record<FindingClass, string>> = {
  escape: '#82071e',
  policy: '#cf222e',
  budget: '#bc4c00',
  'false-refusal': '#8250df',
  defect: '#57606a',
  surface: '#9a6700',
};

/** One line per class, for report legends. */
export const FINDING_LABELS: Readonly<Record<FindingClass, string>> = {
  escape: 'escape: host reached, another tenant or execution affected (oracle evidence)',
  policy: 'policy deviation: something the profile forbids works',
  budget: 'budget failure: a time or memory budget did not hold',
  'false-refusal': 'false refusal: allowed code refused (scanner or runtime)',
  defect: 'defect: the sandbox or its adapter broke',
  surface: 'surface deviation: a global or behaviour differs, no reach',
};

/** Confusion counts and the rates derived from them (null when undefined, e.g. no positives). */
export interface DetectionMetrics {
  tp: number;
  fn: number;
  fp: number;
  tn: number;
  tpr: number | null;
  fpr: number | null;
  precision: number | null;
  f1: number | null;
}

/** Scanner metrics of one profile: overall and per category (`benign/<area>` for benign areas). */
export interface ProfileScannerMetrics {
  profile: string;
  overall: DetectionMetrics;
  categories: Record<string, DetectionMetrics>;
}

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
  /** The finding class of the failure (absent in results written before the taxonomy). */
  findingClass?: FindingClass;
  /**
   * The sample's code (the body after its frontmatter; a generated variant's own body), at most
   * {@link FAILURE_SNIPPET_LIMIT} characters: the reports show it from here, without reading the corpus. Absent in results written before
   * the suite recorded it; a reader then falls back to the corpus folder.
   */
  snippet?: string;
}

/** Longest snippet a failure carries; corpus samples are under 4 KB, so this only trims generated or foreign code. */
export const FAILURE_SNIPPET_LIMIT = 6000;

/** Per-category counts (samples). */
export interface CategoryCounts {
  samples: number;
  passed: number;
  failed: number;
  escapes: number;
  /** Failed samples whose every failure falls under a declared non-goal (the rest claim and fail). */
  declaredGaps?: number;
  /** Samples with at least one failed run of each class (absent in results written before the taxonomy). */
  findings?: Record<FindingClass, number>;
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
  /** Distinct samples refused although the profile allows them: scanner and runtime refusals alike. */
  falsePositives: number;
  /** Distinct samples with at least one failed run of each class (absent in older results). */
  findings?: Record<FindingClass, number>;
  /**
   * Why the verdict is qualified (the run covers too little of the corpus to certify), or null. A
   * qualified profile is never certified, whatever its score. Absent in older results.
   */
  qualification?: string | null;
  runs: number;
  blockingFailures: number;
  knownFailures: number;
  unexpectedFailures: number;
  unexpectedPasses: number;
  weights: { total: number; passed: number };
  categories: Record<string, CategoryCounts>;
  failures: FailureEntry[];
}

/** The results schema version. */
export const RESULTS_SCHEMA_VERSION = 1;

/** Where and on what the run happened. */
export interface ConformanceEnvironment {
  node: string;
  v8: string;
  isolatedVm: string | null;
  platform: string;
  cpus: number;
}

/** The results of one conformance run (or of merged shards). */
export interface ConformanceResults {
  schemaVersion: 1;
  adapter: { name: string; capabilities: Record<string, unknown> };
  startedAt: string;
  durationMs: number;
  environment: ConformanceEnvironment;
  corpus: { version: string; malicious: number; benign: number; generated: number; invalid: string[] };
  shard: { index: number; count: number };
  filter: string | null;
  timeoutMs: number;
  /** True for an unfiltered run of every shard: only then is a certification meaningful. */
  complete: boolean;
  /** Exit status of the run against its expectations: 0 matched, 1 unexpected results. */
  status: 0 | 1;
  warnings: string[];
  unsupportedProfiles: string[];
  profiles: ProfileCertification[];
  scanner: { available: boolean; profiles: ProfileScannerMetrics[] };
}
