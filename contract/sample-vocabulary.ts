/**
 * The closed enums of a corpus sample's expectations (suites/corpus/README.md): what must happen to a sample
 * under a profile, and where a refusal may happen. The corpus loader, its linter, `corpus:add` and the judge
 * read these lists; the categories and techniques are data (suites/corpus/vocabulary.yaml), not code.
 */

/** What must happen when a sample runs: refused, run to a value, or run without harm. */
export const OUTCOMES = ['blocked', 'allowed', 'contained'] as const;

/** One of {@link OUTCOMES}. */
export type Outcome = (typeof OUTCOMES)[number];

/** Where a refusal is acceptable: the static scanner, or the runtime itself. */
export const STAGES = ['scan', 'runtime'] as const;

/** One of {@link STAGES}. */
export type Stage = (typeof STAGES)[number];

/** A sample is either an attack or ordinary code a sandbox must run. */
export const SAMPLE_KINDS = ['malicious', 'benign'] as const;

/** One of {@link SAMPLE_KINDS}. */
export type SampleKind = (typeof SAMPLE_KINDS)[number];

/** Whether `value` is one of {@link STAGES}. */
export function isStage(value: unknown): value is Stage {
  return typeof value === 'string' && (STAGES as readonly string[]).includes(value);
}
