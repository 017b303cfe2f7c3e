/**
 * sandproof: a reference secure runtime for untrusted JavaScript on isolated-vm, and the static
 * security scanner it runs first. The conformance suite, benchmarks and reports are command-line tools
 * (`sandproof conformance | bench | report`), not part of this export.
 */
// First: on an unsupported Node.js this throws a one-line error before isolated-vm loads.
import './engine-guard.js';

export * from './runtime/index.js';
export type { Finding, Grade, ScannerOptions, ScanReport, ScanRequest, Severity } from './scanner/index.js';
export { SecurityScanner } from './scanner/index.js';
