/**
 * SARIF 2.1.0 output for scan reports, for code-scanning dashboards: one run, the driver
 * `sandproof-scanner` with every rule (and fail-closed outcome) as a reporting descriptor, and one result per
 * finding located at its snippet line and column.
 */
import { FAIL_CLOSED_META } from './fail-closed.js';
import type { RuleMeta } from './rule.js';
import { RULES } from './rules/index.js';
import type { ScanReport, Severity } from './types.js';

/** The SARIF schema this output follows. */
export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

/** One scanned file: where it lives (a URI or relative path) and its report. */
export interface SarifArtifact {
  readonly uri: string;
  readonly report: ScanReport;
}

/** SARIF result levels. */
type SarifLevel = 'error' | 'warning' | 'note' | 'none';

/** The subset of a SARIF 2.1.0 log this module writes. */
export interface SarifLog {
  readonly version: '2.1.0';
  readonly $schema: string;
  readonly runs: ReadonlyArray<{
    readonly tool: { readonly driver: SarifDriver };
    readonly results: readonly SarifResult[];
  }>;
}

interface SarifDriver {
  readonly name: 'sandproof-scanner';
  readonly informationUri: string;
  readonly rules: ReadonlyArray<Record<string, unknown>>;
}

interface SarifResult {
  readonly ruleId: string;
  readonly ruleIndex: number;
  readonly level: SarifLevel;
  readonly message: { readonly text: string };
  readonly locations: ReadonlyArray<{
    readonly physicalLocation: {
      readonly artifactLocation: { readonly uri: string };
      readonly region: { readonly startLine: number; readonly startColumn: number };
    };
  }>;
}

const LEVELS: Readonly<Record<Severity, SarifLevel>> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'note',
  info: 'none',
};

/** Maps a severity to a SARIF level: critical/high are errors, medium warnings, low notes. */
export function sarifLevel(severity: Severity): SarifLevel {
  return LEVELS[severity];
}

const ALL_META: readonly RuleMeta[] = [...RULES.map((rule) => rule.meta), ...Object.values(FAIL_CLOSED_META)];

function descriptor(meta: RuleMeta): Record<string, unknown> {
  return {
    id: meta.id,
    name: meta.id,
    shortDescription: { text: meta.description },
    help: { text: meta.recommendation },
    defaultConfiguration: { level: sarifLevel(meta.severity) },
    properties: {
      severity: meta.severity,
      falsePositives: meta.falsePositives,
      falseNegatives: meta.falseNegatives,
    },
  };
}

/** Builds one SARIF log for any number of scanned files. */
export function toSarif(artifacts: readonly SarifArtifact[]): SarifLog {
  const ruleIndex = new Map(ALL_META.map((meta, index) => [meta.id, index]));
  const results: SarifResult[] = [];
  for (const { uri, report } of artifacts) {
    for (const finding of report.findings) {
      results.push({
        ruleId: finding.ruleId,
        ruleIndex: ruleIndex.get(finding.ruleId) ?? -1,
        level: sarifLevel(finding.severity),
        message: { text: finding.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri },
              region: { startLine: finding.line, startColumn: finding.column },
            },
          },
        ],
      });
    }
  }
  return {
    version: '2.1.0',
    $schema: SARIF_SCHEMA,
    runs: [
      {
        tool: {
          driver: {
            name: 'sandproof-scanner',
            informationUri: 'https://github.com/sandproof/sandproof/tree/main/scanner',
            rules: ALL_META.map(descriptor),
          },
        },
        results,
      },
    ],
  };
}
