/**
 * The static security scanner. It parses exactly the text the runtime compiles (the wrapped snippet), runs
 * every rule that applies to the profile, and scores the findings. It is defence in depth: the runtime is
 * the security boundary, and holds when the scanner misses.
 *
 * It never throws. Oversized, too deep, unparseable or too slow input, a malformed request, and any internal
 * error all fail closed: a critical finding with its own rule id, grade F, `secure: false`.
 */

import { analyzeProgram, ScanBudgetExceeded, type ScanState } from './analyze-program.js';
import { FAIL_CLOSED_META, type FailClosedId } from './fail-closed.js';
import { findWrapper } from './find-wrapper.js';
import { measureNestingDepth } from './nesting-depth.js';
import { parseSource } from './parse-source.js';
import type { RawFinding, Rule } from './rule.js';
import { RULES } from './rules/index.js';
import { scanClockMs } from './scan-clock.js';
import { resolveScanProfile, type ScanProfile } from './scan-profile.js';
import { scoreFindings } from './score.js';
import { SNIPPET_LINE_OFFSET, SNIPPET_SUFFIX, wrapSnippet } from './snippet-wrapper.js';
import { SourcePosition } from './source-position.js';
import {
  type Finding,
  type ResolvedScannerOptions,
  resolveScannerOptions,
  type ScannerOptions,
  type ScanReport,
  type ScanRequest,
} from './types.js';

/** Lines the wrapper's suffix adds after the snippet. */
const SUFFIX_LINES = SNIPPET_SUFFIX.split('\n').length - 1;

const RECOMMENDATIONS = new Map<string, string>([
  ...RULES.map((rule) => [rule.meta.id, rule.meta.recommendation] as const),
  ...Object.values(FAIL_CLOSED_META).map((meta) => [meta.id, meta.recommendation] as const),
]);

/** What one scan produced before scoring. */
interface Outcome {
  readonly findings: Finding[];
  readonly warnings: string[];
  readonly profile: string;
}

/** The static security scanner; one instance can serve any number of scans, concurrently. */
export class SecurityScanner {
  readonly #options: ResolvedScannerOptions;
  readonly #rules: readonly Rule[];

  constructor(options: ScannerOptions = {}) {
    this.#options = resolveScannerOptions(options);
    this.#rules = RULES;
  }

  /**
   * Scans a snippet. Never rejects: failures are fail-closed findings.
   *
   * The scan runs synchronously on the calling thread before the promise settles: it holds the event loop
   * for the whole scan, up to the time budget (`timeBudgetMs`, 500 ms of this thread's CPU time by default;
   * longer in wall time on a loaded machine), plus acorn's parse, which cannot check the budget. To keep a
   * thread that serves other work free, scan with `WorkerScanner` (what the runtime does).
   */
  async scan(request: ScanRequest): Promise<ScanReport> {
    return this.scanSync(request);
  }

  /** Synchronous {@link scan}, for the runtime's hot path. Never throws. */
  scanSync(request: ScanRequest): ScanReport {
    const started = performance.now();
    let outcome: Outcome;
    let executionId: string | undefined;
    try {
      // Read each field once, here: a getter could throw or answer differently on a second read.
      const fields = readRequest(request);
      executionId = fields.executionId;
      outcome = this.#run(fields, scanClockMs());
    } catch {
      outcome = {
        findings: [failClosed('scanner-internal-error', 'the scanner failed')],
        warnings: [],
        profile: 'unknown',
      };
    }
    try {
      return report(outcome, executionId, started);
    } catch {
      return report(
        {
          findings: [failClosed('scanner-internal-error', 'the scanner failed')],
          warnings: [],
          profile: 'unknown',
        },
        undefined,
        started,
      );
    }
  }

  #run(request: RequestFields, clockStarted: number): Outcome {
    const code = request.code;
    const profile = resolveScanProfile(request.profile);
    if (typeof code !== 'string' || !profile) {
      const why = typeof code !== 'string' ? 'code must be a string' : 'unknown or incomplete profile';
      return {
        findings: [failClosed('invalid-request', why)],
        warnings: [],
        profile: profile?.name ?? 'unknown',
      };
    }
    const findings = this.#findings(code, profile, clockStarted);
    const warnings = [...findings.warnings];
    return { findings: findings.findings, warnings, profile: profile.name };
  }

  #findings(
    code: string,
    profile: ScanProfile,
    clockStarted: number,
  ): { findings: Finding[]; warnings: Set<string> } {
    const warnings = new Set<string>();
    const options = this.#options;
    if (code.length > options.maxSourceBytes || Buffer.byteLength(code, 'utf8') > options.maxSourceBytes) {
      return {
        findings: [failClosed('source-too-large', `larger than ${options.maxSourceBytes} bytes`)],
        warnings,
      };
    }
    const text = wrapSnippet(code);
    const positions = new SourcePosition(text, SNIPPET_LINE_OFFSET, SUFFIX_LINES);
    if (measureNestingDepth(text, options.maxDepth) > options.maxDepth) {
      return {
        findings: [failClosed('nesting-too-deep', `nesting deeper than ${options.maxDepth}`)],
        warnings,
      };
    }
    const parsed = parseSource(text);
    if (!parsed.ok) {
      const id = parsed.kind === 'too-deep' ? 'nesting-too-deep' : 'parse-error';
      const at = positions.locate(parsed.offset);
      return { findings: [failClosed(id, parsed.message, at.line, at.column)], warnings };
    }
    const state: ScanState = {
      // CPU time of this thread (scan-clock.ts): a loaded machine's waits are not the snippet's cost.
      deadline: clockStarted + options.timeBudgetMs,
      options,
      profile,
      rules: this.#rules,
      rescanCharsLeft: options.maxRescanBytes,
      warnings,
    };
    const input = { program: parsed.program, htmlComments: parsed.htmlComments, text, rescanDepth: 0 };
    try {
      const raw = analyzeProgram({ ...input, wrapper: findWrapper(parsed.program, text) }, state);
      return { findings: toFindings(raw, positions), warnings };
    } catch (error) {
      if (!(error instanceof ScanBudgetExceeded)) throw error;
      return { findings: [failClosed('scan-time-budget', `over ${options.timeBudgetMs} ms`)], warnings };
    }
  }
}

/** The request's fields, each read once. */
interface RequestFields {
  readonly code: unknown;
  readonly profile: unknown;
  readonly executionId: string | undefined;
}

/** Reads a request that may be anything (a proxy, an object with throwing getters); throws on failure. */
function readRequest(request: unknown): RequestFields {
  if (typeof request !== 'object' || request === null) {
    return { code: undefined, profile: undefined, executionId: undefined };
  }
  const r = request as { code?: unknown; profile?: unknown; executionId?: unknown };
  const code = r.code;
  const profile = r.profile;
  let executionId: string | undefined;
  try {
    const id = r.executionId;
    executionId = typeof id === 'string' ? id : undefined;
  } catch {
    executionId = undefined;
  }
  return { code, profile, executionId };
}

function failClosed(id: FailClosedId, detail: string, line = 1, column = 1): Finding {
  return {
    ruleId: id,
    severity: 'critical',
    message: `${FAIL_CLOSED_META[id].description} (${detail})`,
    line,
    column,
  };
}

/** Maps offsets to snippet positions, drops duplicates (same rule, same place) and sorts by position. */
function toFindings(raw: readonly RawFinding[], positions: SourcePosition): Finding[] {
  const seen = new Set<string>();
  const findings: Finding[] = [];
  for (const finding of raw) {
    const { line, column } = positions.locate(finding.offset);
    const key = `${finding.ruleId}:${line}:${column}`;
    if (seen.has(key)) continue;
    seen.add(key);
    findings.push({
      ruleId: finding.ruleId,
      severity: finding.severity,
      message: finding.message,
      line,
      column,
    });
  }
  return findings.sort((a, b) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId));
}

function report(outcome: Outcome, executionId: string | undefined, started: number): ScanReport {
  const verdict = scoreFindings(outcome.findings);
  const recommendations = new Set<string>();
  for (const finding of outcome.findings) {
    const text = RECOMMENDATIONS.get(finding.ruleId);
    if (text) recommendations.add(text);
  }
  return {
    ...verdict,
    findings: outcome.findings,
    warnings: outcome.warnings,
    recommendations: [...recommendations],
    durationMs: Math.round((performance.now() - started) * 1000) / 1000,
    profile: outcome.profile,
    ...(typeof executionId === 'string' ? { executionId } : {}),
  };
}
