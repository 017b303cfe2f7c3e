/**
 * The scanner's public surface: the {@link SecurityScanner} (and {@link WorkerScanner}, the same scans on a
 * worker thread), its request/report types, the profile
 * capability view, the rules' metadata, SARIF output, the `sandproof scan` command, and the evaluation
 * sets `npm run scanner:eval` measures it on.
 */
export { BUSINESS_SET } from './eval/business-set.js';
export { EVASIVE_SET, type EvasiveSnippet } from './eval/evasive-set.js';
export { FAIL_CLOSED_META, type FailClosedId } from './fail-closed.js';
export type { RawFinding, Rule, RuleContext, RuleMeta } from './rule.js';
export { RULES } from './rules/index.js';
export { type SarifArtifact, type SarifLog, toSarif } from './sarif.js';
export { runScanCli, type ScanCliIo } from './scan-cli.js';
export {
  DEFAULT_SCAN_PROFILE,
  isScanProfileName,
  resolveScanProfile,
  SCAN_PROFILES,
  type ScanProfile,
  type ScanProfileName,
} from './scan-profile.js';
export { gradeForScore, SEVERITY_DEDUCTION, scoreFindings, type Verdict } from './score.js';
export { SecurityScanner } from './security-scanner.js';
export { SNIPPET_LINE_OFFSET, SNIPPET_PREFIX, SNIPPET_SUFFIX, wrapSnippet } from './snippet-wrapper.js';
export {
  DEFAULT_SCANNER_OPTIONS,
  type Finding,
  type Grade,
  resolveScannerOptions,
  type ScannerOptions,
  type ScanReport,
  type ScanRequest,
  type Severity,
} from './types.js';
export { WorkerScanner } from './worker-scanner.js';
