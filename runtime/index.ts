/**
 * The reference secure runtime: profiles, hardened contexts, the isolate pool, the audit log and the
 * performance monitor. This is the area's public surface; everything else in `runtime/` is internal.
 */
export type { AuditEntry, AuditLog, AuditRecord, VerifyAuditLogResult } from './audit/index.js';
export { AuditError, createAuditLog, runAuditCli, verifyAuditLog } from './audit/index.js';
export { ERROR_CODES, isSandboxError, SandboxError, type SandboxErrorCode } from './errors.js';
export type { ExecuteRequest } from './execution-request.js';
export { DEFAULT_FETCH_POLICY, type FetchPolicy } from './fetch-bridge.js';
export { expectedGlobalNames } from './guest/global-allowlist.js';
/** Internal to this repository: probes and fault-injection tests only; the package does not export it. */
export * as internals from './internals.js';
export { DEFAULT_POOL_OPTIONS, type PoolCounters, type PoolOptions, poolHeapLimits } from './isolate-pool.js';
export type { MetricsSnapshot } from './monitor/index.js';
export { hasNoNodeSnapshot } from './node-flags.js';
export {
  BUILTIN_PROFILES,
  type BuiltinProfileName,
  DEFAULT_PROFILE,
  defineProfile,
  type Profile,
} from './profiles.js';
export {
  createRuntime,
  type ExecuteResult,
  type Runtime,
  type RuntimeOptions,
  type RuntimeStats,
} from './runtime.js';
export type { ExecutionMetrics } from './sandbox-isolate.js';
export { escapeControlText } from './terminal-text.js';
