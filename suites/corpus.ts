/**
 * Loads a corpus for a run: reads the files, lints them, normalizes the valid ones and derives the
 * generated variants. Samples with lint errors are not run; they are returned so the run can report them.
 */

import { type LintIssue, lintCorpus } from './corpus-lint.js';
import { corpusHash, DEFAULT_CORPUS_ROOT, normalizeSample, readCorpus } from './corpus-loader.js';
import { DEFAULT_MUTATORS, generateVariants, type Mutator } from './mutators/index.js';
import type { Sample } from './sample.js';
import { loadVocabulary, type Vocabulary } from './vocabulary.js';

/** Options of {@link loadCorpus}. */
export interface LoadCorpusOptions {
  root?: string;
  /** Mutators for generated variants; an empty list disables generation. */
  mutators?: readonly Mutator[];
}

/** A corpus ready to run. */
export interface LoadedCorpus {
  root: string;
  vocabulary: Vocabulary;
  /** `<vocabulary schemaVersion>-<content hash>`. */
  version: string;
  /** Valid hand-written samples, sorted by id. */
  samples: Sample[];
  /** Variants derived by the mutators, sorted by id. */
  generated: Sample[];
  issues: LintIssue[];
  /** Paths of files with lint errors (not run). */
  invalid: string[];
}

/** Reads, lints, normalizes and expands a corpus. */
export async function loadCorpus(options: LoadCorpusOptions = {}): Promise<LoadedCorpus> {
  const root = options.root ?? DEFAULT_CORPUS_ROOT;
  const vocabulary = await loadVocabulary(root);
  const raws = await readCorpus(root);
  const issues = lintCorpus(raws, vocabulary);
  const broken = new Set(issues.filter((issue) => issue.severity === 'error').map((issue) => issue.path));
  const samples = raws
    .filter((raw) => !broken.has(raw.path))
    .map(normalizeSample)
    .sort((a, b) => a.id.localeCompare(b.id));
  const generated = generateVariants(samples, options.mutators ?? DEFAULT_MUTATORS).sort((a, b) =>
    a.id.localeCompare(b.id),
  );
  return {
    root,
    vocabulary,
    version: `${vocabulary.schemaVersion}-${corpusHash(raws)}`,
    samples,
    generated,
    issues,
    invalid: [...broken].sort(),
  };
}
