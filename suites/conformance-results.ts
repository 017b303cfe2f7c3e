/**
 * The results JSON (`conformance.json`), schema version 1: the contract between the suite and the report
 * tools. Additive changes keep the version; renames or removals bump it.
 */
import { createRequire } from 'node:module';
import { cpus } from 'node:os';
import {
  type ConformanceEnvironment,
  type ConformanceResults,
  RESULTS_SCHEMA_VERSION,
} from '../results/index.js';
import { certifyProfile } from './certification.js';
import type { RunRecord } from './run-record.js';
import { scannerMetrics } from './scanner-metrics.js';

export {
  type ConformanceEnvironment,
  type ConformanceResults,
  RESULTS_SCHEMA_VERSION,
} from '../results/index.js';

/** Reads the environment, including the installed isolated-vm version when present. */
export function readEnvironment(): ConformanceEnvironment {
  let isolatedVm: string | null = null;
  try {
    const require = createRequire(import.meta.url);
    isolatedVm = (require('isolated-vm/package.json') as { version?: string }).version ?? null;
  } catch {
    isolatedVm = null;
  }
  return {
    node: process.version,
    v8: process.versions.v8,
    isolatedVm,
    platform: `${process.platform}-${process.arch}`,
    cpus: cpus().length,
  };
}

/** Everything {@link buildResults} needs. */
export interface BuildResultsInput {
  adapter: { name: string; capabilities: Record<string, unknown> & { scanner: boolean } };
  startedAt: Date;
  durationMs: number;
  corpus: ConformanceResults['corpus'];
  shard: { index: number; count: number };
  filter: string | null;
  timeoutMs: number;
  records: readonly RunRecord[];
  profiles: readonly string[];
  unsupportedProfiles: string[];
  warnings: string[];
  reproduce: (record: RunRecord) => string;
  /** The code of the sample a failing run ran, carried by its failure entry. */
  snippet?: (record: RunRecord) => string | undefined;
}

/** Assembles the results document from run records. */
export function buildResults(input: BuildResultsInput): ConformanceResults {
  const profiles = input.profiles.map((p) =>
    certifyProfile(p, input.records, {
      reproduce: input.reproduce,
      ...(input.snippet === undefined ? {} : { snippet: input.snippet }),
    }),
  );
  const unexpected = profiles.some((p) => p.unexpectedFailures > 0 || p.unexpectedPasses > 0);
  return {
    schemaVersion: RESULTS_SCHEMA_VERSION,
    adapter: input.adapter,
    startedAt: input.startedAt.toISOString(),
    durationMs: input.durationMs,
    environment: readEnvironment(),
    corpus: input.corpus,
    shard: input.shard,
    filter: input.filter,
    timeoutMs: input.timeoutMs,
    complete: input.shard.count === 1 && input.filter === null,
    status: unexpected || input.corpus.invalid.length > 0 ? 1 : 0,
    warnings: input.warnings,
    unsupportedProfiles: input.unsupportedProfiles,
    profiles,
    scanner: {
      available: input.adapter.capabilities.scanner,
      profiles: input.adapter.capabilities.scanner ? scannerMetrics(input.records, input.profiles) : [],
    },
  };
}
