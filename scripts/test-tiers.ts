/**
 * The three tiers of the test suite, by file path.
 *
 * - `unit`: no isolate, no child process, no browser; the whole tier runs in seconds.
 * - `integration`: real isolates, sandbox children, child processes or a browser.
 * - `reliability`: load, faults and hostile input (test/reliability/), the longest.
 *
 * A file is `unit` only when a rule below lists it: a new file is `integration` until someone decides
 * otherwise, so the unit tier never slows down by accident.
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

export type Tier = 'unit' | 'integration' | 'reliability';
export const TIERS: readonly Tier[] = ['unit', 'integration', 'reliability'];

/** Where test files live, and how they are named. */
const ROOTS = [
  'contract',
  'cli',
  'results',
  'runtime',
  'scanner',
  'suites',
  'bench',
  'reports',
  'scripts',
  'test',
];
const TEST_FILE = /\.test\.ts$/;
const SKIPPED_DIRS = new Set(['node_modules', 'dist', '.scratch', 'out']);

const RELIABILITY = /^test\/reliability\//;
const UNIT: readonly RegExp[] = [
  /^contract\/test\/(?!node-engine-version)/,
  /^cli\/test\//,
  /^test\/scanner-profile-matches-runtime\./,
  /^scripts\/test\/cli-argument-handling\./,
  /^test\/report-merge-shards\./,
  /^scripts\/test\/check-boundaries-violations\./,
  /^runtime\/test\/audit-(?!sigkill-crash)/,
  /^runtime\/test\/(monitor-|crash-blame\.|ivm-error-mapping\.|executor-counters\.)/,
  /^scanner\/test\//,
  /^bench\/test\//,
  /^reports\/test\/(?!report-browser-render)/,
  /^suites\/test\/(certification-score|corpus-lint|corpus-loader-frontmatter|mutators-variants|runner-load-rerun|junit-report-shape|failure-carries-snippet)\./,
];

/** The tier of a test file, given its path relative to the repository root (with `/`). */
export function tierOf(path: string): Tier {
  if (RELIABILITY.test(path)) return 'reliability';
  return UNIT.some((rule) => rule.test(path)) ? 'unit' : 'integration';
}

/** Every test file under the repository root, relative and sorted. */
export function findTestFiles(root: string): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRS.has(entry.name)) walk(join(dir, entry.name));
      } else if (TEST_FILE.test(entry.name)) {
        found.push(relative(root, join(dir, entry.name)).split('\\').join('/'));
      }
    }
  };
  for (const top of ROOTS) {
    try {
      walk(join(root, top));
    } catch {
      // A root that does not exist holds no tests.
    }
  }
  return found.sort();
}
