/**
 * sandproof: a reference secure runtime for untrusted JavaScript on isolated-vm, and the static
 * security scanner it runs first. The conformance suite, benchmarks and reports are command-line tools
 * (`sandproof conformance | bench | report`), not part of this export.
 */
// First: on an unsupported Node.js this throws a one-line error before isolated-vm loads.
import './engine-guard.js';

// The runtime's public names, one by one: `runtime/index.ts` also exports `internals` (the repository's own
// probes and tests), which the package must not (test/package-surface.test.ts pins both lists together).
export type {
  AuditEntry,
  AuditLog,
  AuditRecord,
  BuiltinProfileName,
  ExecuteRequest,
  ExecuteResult,
  ExecutionMetrics,
  FetchPolicy,
  MetricsSnapshot,
  PoolCounters,
  PoolOptions,
  Profile,
  Runtime,
  RuntimeOptions,
  RuntimeStats,
  SandboxErrorCode,
  VerifyAuditLogResult,
} from './runtime/index.js';
export {
  AuditError,
  BUILTIN_PROFILES,
  createAuditLog,
  createRuntime,
  DEFAULT_FETCH_POLICY,
  DEFAULT_POOL_OPTIONS,
  DEFAULT_PROFILE,
  defineProfile,
  ERROR_CODES,
  escapeControlText,
  expectedGlobalNames,
  hasNoNodeSnapshot,
  isSandboxError,
  poolHeapLimits,
  runAuditCli,
  SandboxError,
  verifyAuditLog,
} from './runtime/index.js';
export type { Finding, Grade, ScannerOptions, ScanReport, ScanRequest, Severity } from './scanner/index.js';
export { SecurityScanner } from './scanner/index.js';
