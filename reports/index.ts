/**
 * The reports area: results JSON in, people's reports out. Reads only the versioned results files
 * (conformance schema 1, bench schema 1), never runtime code (it imports from the runtime only
 * `escapeControlText`, for the attacker-written text in results); writes one self-contained HTML page per run
 * (no script, no network request, inline SVG charts), JUnit XML, a Markdown summary and a badge.
 */
export { type Badge, benchBadge, conformanceBadge, renderBadgeSvg, shieldsEndpoint } from './badge.js';
export { renderBenchHtml } from './bench-html.js';
export type { BenchReportInput, GateComparison, GateResult } from './bench-view.js';
export { renderConformanceHtml } from './conformance-html.js';
export { escapeXml } from './html-escape.js';
export { html, SafeHtml, trustedHtml } from './html-template.js';
export {
  type JunitCase,
  type JunitSuite,
  renderBenchJunit,
  renderConformanceJunit,
  renderJunitDocument,
} from './junit-xml.js';
export { renderBenchMarkdown, renderConformanceMarkdown } from './markdown-summary.js';
export { REPORT_USAGE, type ReportCliOptions, runReportCli, type ShardMerger } from './report-cli.js';
export { classifyResults, ReportInputError, readResultsFile } from './results-file.js';
export {
  BENCH_FILES,
  type BenchReportOptions,
  CONFORMANCE_FILES,
  type ConformanceReportOptions,
  writeBenchReports,
  writeConformanceReports,
} from './write-reports.js';
