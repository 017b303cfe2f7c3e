/**
 * What this repository's own probes and fault-injection tests drive below the runtime's public surface:
 * a bare isolate without the pool around it (garbage-collection figures, disposal under a running guest),
 * the performance monitor apart from the runtime that feeds it, and a hardened isolate with the inspector
 * on (`sandproof profile`, the leak job). `runtime/index.ts` exports this module as the namespace
 * `internals`, so that other areas reach it through the index; the package's main export (`index.ts` at
 * the root) lists its names one by one and leaves `internals` out (`test/package-surface.test.ts` pins
 * that), because none of this may be part of the package: the inspector can read and rewrite anything in
 * an isolate, and a bare isolate has no memory budget per execution.
 */
export { InspectableSandbox } from './inspectable-sandbox.js';
export { createPerformanceMonitor, type PerformanceMonitor } from './monitor/index.js';
export { type ExecutionJob, type OutputLimits, SandboxIsolate } from './sandbox-isolate.js';
