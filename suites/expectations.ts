/**
 * Known failures per adapter (`suites/expectations/<adapter>.yaml`). Each entry selects runs and gives the
 * reason they fail. A known failure does not make the run exit non-zero, but still counts against
 * certification: it is documented, not forgiven. An entry naming an exact `id` that passes is reported as
 * an unexpected pass (the entry is stale); broader selectors (`pattern`, `technique`, `category`) only
 * say "may fail", since a technique row usually fails in some samples and not in others.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import type { FailureKind } from './judge.js';
import type { Sample } from './sample.js';

/** Where the built-in expectations files live. */
export const EXPECTATIONS_DIR = fileURLToPath(new URL('./expectations/', import.meta.url));

/** One known-failure entry. At least one selector (`id`, `pattern`, `technique`, `category`) is required. */
export interface KnownFailure {
  id?: string;
  /** Regular expression on the sample id (generated variants included). */
  pattern?: string;
  technique?: string;
  category?: string;
  /** Profiles it applies to; default all. */
  profiles?: string[];
  /** Scan mode it applies to; default both. */
  scan?: boolean;
  /** Failure kinds it covers; default any. */
  kinds?: FailureKind[];
  /**
   * Do not execute the selected runs: for samples that take the whole host down (a native abort, a
   * blocked host thread), which no in-process harness survives. A skipped run is recorded as a known
   * `crash` failure, so it still counts against certification.
   */
  skip?: boolean;
  reason: string;
}

/** A parsed expectations file. */
export interface ExpectationsFile {
  adapter: string;
  knownFailures: KnownFailure[];
}

/** Raised when an expectations file is malformed (the harness then exits 2). */
export class ExpectationsError extends Error {
  /** Stable code. */
  readonly code = 'ERR_EXPECTATIONS';
}

/** Parses and validates an expectations document. */
export function parseExpectations(text: string, adapter: string): ExpectationsFile {
  const doc = (parseYaml(text) ?? {}) as { knownFailures?: unknown };
  const list = doc.knownFailures ?? [];
  if (!Array.isArray(list)) throw new ExpectationsError('knownFailures must be a list');
  const knownFailures = list.map((entry, index) => {
    const e = (entry ?? {}) as KnownFailure;
    if (typeof e.reason !== 'string' || e.reason.trim() === '') {
      throw new ExpectationsError(`knownFailures[${index}] needs a reason`);
    }
    if (!e.id && !e.pattern && !e.technique && !e.category) {
      throw new ExpectationsError(`knownFailures[${index}] needs id, pattern, technique or category`);
    }
    if (e.pattern) new RegExp(e.pattern);
    return e;
  });
  return { adapter, knownFailures };
}

/** Loads `<dir>/<adapter>.yaml`; an adapter without a file has no known failures. */
export async function loadExpectations(
  adapter: string,
  dir: string = EXPECTATIONS_DIR,
): Promise<ExpectationsFile> {
  let text: string;
  try {
    text = await readFile(join(dir, `${adapter}.yaml`), 'utf8');
  } catch {
    return { adapter, knownFailures: [] };
  }
  return parseExpectations(text, adapter);
}

/** Loads an expectations file from an explicit path; a missing file is an error here. */
export async function loadExpectationsFile(path: string, adapter: string): Promise<ExpectationsFile> {
  return parseExpectations(await readFile(path, 'utf8'), adapter);
}

/** What a run is, for matching against entries. */
export interface RunKey {
  sample: Pick<Sample, 'id' | 'technique' | 'category' | 'generatedFrom'>;
  profile: string;
  scan: boolean;
}

function selects(entry: KnownFailure, key: RunKey): boolean {
  const { sample } = key;
  if (entry.profiles && !entry.profiles.includes(key.profile)) return false;
  if (entry.scan !== undefined && entry.scan !== key.scan) return false;
  if (entry.id && entry.id !== sample.id) return false;
  if (entry.pattern && !new RegExp(entry.pattern).test(sample.id)) return false;
  if (entry.technique && entry.technique !== sample.technique) return false;
  if (entry.category && entry.category !== sample.category) return false;
  return true;
}

/** The entry covering a failed run of the given kind, if any. */
export function matchKnownFailure(
  file: ExpectationsFile,
  key: RunKey,
  kind: FailureKind,
): KnownFailure | undefined {
  return file.knownFailures.find(
    (entry) => selects(entry, key) && (!entry.kinds || entry.kinds.includes(kind)),
  );
}

/** The skip entry covering a run, if any. */
export function matchSkip(file: ExpectationsFile, key: RunKey): KnownFailure | undefined {
  return file.knownFailures.find((entry) => entry.skip === true && selects(entry, key));
}

/** The exact-id entry a passing run makes stale, if any. */
export function matchStaleEntry(file: ExpectationsFile, key: RunKey): KnownFailure | undefined {
  return file.knownFailures.find(
    (entry) => entry.id !== undefined && entry.skip !== true && selects(entry, key),
  );
}
