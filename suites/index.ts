/**
 * The public surface of the conformance suite: corpus loading and linting, adapters, the runner, the
 * oracle, certification, the CLI entry and shard merging.
 */

export { ADAPTER_USAGE, adapterFiles, runAdapterCli } from './adapter-init.js';
export type {
  AdapterCapabilities,
  AdapterExecuteOptions,
  AdapterFactory,
  AdapterOutcome,
  AdapterSample,
  SandboxAdapter,
} from './adapters/adapter.js';
export { AdapterLoadError, BUILT_IN_ADAPTERS, loadAdapter } from './adapters/load-adapter.js';
export { createNodeVmAdapter } from './adapters/node-vm-adapter.js';
export { createReferenceAdapter } from './adapters/reference-adapter.js';
export { certifyProfile, gradeFor, type ProfileCertification, SCORE_WEIGHTS } from './certification.js';
export { CONFORMANCE_USAGE, runConformanceCli } from './conformance-cli.js';
export { type ConformanceResults, RESULTS_SCHEMA_VERSION } from './conformance-results.js';
export { type LoadedCorpus, loadCorpus } from './corpus.js';
export { ADVISORY_REFERENCE, type LintCode, type LintIssue, lintCorpus, lintSample } from './corpus-lint.js';
export {
  DEFAULT_CORPUS_ROOT,
  normalizeSample,
  parseSampleText,
  readCorpus,
  splitSteps,
} from './corpus-loader.js';
export { type ExpectationsFile, type KnownFailure, loadExpectations } from './expectations.js';
export {
  classifyFailure,
  FINDING_BLOCKS,
  FINDING_CLASSES,
  FINDING_COLORS,
  FINDING_LABELS,
  FINDING_WEIGHTS,
  type FindingClass,
} from './findings.js';
export { type HashLedger, integrityFindings } from './integrity-oracle.js';
export { describeOutcome, type FailureKind, judgeRun } from './judge.js';
export { benchFor, benchForMatrix, MATRIX_USAGE, runMatrixCli } from './matrix-cli.js';
export { type MatrixBench, type MatrixColumn, renderMatrixHtml } from './matrix-html.js';
export { mergeConformanceResults, mergeResultsDocuments } from './merge-results.js';
export { DEFAULT_MUTATORS, generateVariants, type Mutator } from './mutators/index.js';
export { importOptionalPeer, MissingPeerError } from './optional-peer.js';
export { CANARY_GLOBAL, ESCAPE_MARKER, HostOracle, markerViolations } from './oracle.js';
export type { RunRecord } from './run-record.js';
export { DEFAULT_TIMEOUT_MS, runConformance } from './runner.js';
export { type Expectation, PROFILES, type ProfileName, type Sample } from './sample.js';
export { loadVocabulary, type Vocabulary } from './vocabulary.js';
