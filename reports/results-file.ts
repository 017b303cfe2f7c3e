/**
 * Reading a results file: conformance (`conformance.json`) or benchmarks (`bench.json`), told apart by
 * their shape and refused when the schema version is one this code does not know. Nothing else is read:
 * the reports never load runtime code.
 */
import { readFile } from 'node:fs/promises';
import type { ConformanceResults } from '../results/index.js';
import { validateBenchResults } from '../results/index.js';
import type { BenchReportInput } from './bench-view.js';

/** Raised for an input that is not a results file this code can read. */
export class ReportInputError extends Error {
  /** Stable code. */
  readonly code = 'ERR_REPORT_INPUT';
}

/** A parsed results file. */
export type ResultsFile =
  | { kind: 'conformance'; results: ConformanceResults }
  | { kind: 'bench'; results: BenchReportInput };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

function conformanceProblems(data: Record<string, unknown>): string[] {
  const problems: string[] = [];
  if (data.schemaVersion !== 1) problems.push(`schemaVersion ${JSON.stringify(data.schemaVersion)} is not 1`);
  if (!isObject(data.adapter) || typeof data.adapter.name !== 'string') problems.push('adapter.name missing');
  if (!isObject(data.environment)) problems.push('environment missing');
  if (!isObject(data.corpus)) problems.push('corpus missing');
  if (!Array.isArray(data.unsupportedProfiles) || !Array.isArray(data.warnings))
    problems.push('warnings or unsupportedProfiles missing');
  const profiles = Array.isArray(data.profiles) ? data.profiles : [];
  profiles.forEach((p: unknown, i) => {
    if (
      !isObject(p) ||
      typeof p.profile !== 'string' ||
      !Array.isArray(p.failures) ||
      !isObject(p.categories)
    ) {
      problems.push(`profiles[${i}] malformed`);
    }
  });
  return problems;
}

/** Tells the kind of a parsed document and checks it; throws {@link ReportInputError}. */
export function classifyResults(data: unknown): ResultsFile {
  if (!isObject(data)) throw new ReportInputError('not a JSON object');
  if (Array.isArray(data.profiles)) {
    const problems = conformanceProblems(data);
    if (problems.length > 0)
      throw new ReportInputError(`invalid conformance results: ${problems.slice(0, 5).join('; ')}`);
    return { kind: 'conformance', results: data as unknown as ConformanceResults };
  }
  if (Array.isArray(data.scenarios)) {
    const problems = validateBenchResults(data);
    if (problems.length > 0)
      throw new ReportInputError(`invalid bench results: ${problems.slice(0, 5).join('; ')}`);
    return { kind: 'bench', results: data as unknown as BenchReportInput };
  }
  throw new ReportInputError('neither conformance results (profiles) nor bench results (scenarios)');
}

/** Reads and classifies a results file. */
export async function readResultsFile(path: string): Promise<ResultsFile> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new ReportInputError(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`);
  }
  try {
    return classifyResults(JSON.parse(text));
  } catch (error) {
    if (error instanceof ReportInputError) throw error;
    throw new ReportInputError(`${path} is not JSON`);
  }
}
