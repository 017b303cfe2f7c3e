/**
 * The closed vocabulary of the corpus (`suites/corpus/vocabulary.yaml`): categories, techniques,
 * benign areas and flags. The linter rejects any value not listed there.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { DEFAULT_CORPUS_ROOT } from './corpus-loader.js';

/** The parsed vocabulary. */
export interface Vocabulary {
  schemaVersion: number;
  /** Category name -> technique id prefix (e.g. `code-generation` -> `CG`). */
  categories: Record<string, { prefix: string }>;
  /** Technique id -> its category and a one-line summary. */
  techniques: Record<string, { category: string; summary: string }>;
  /** Benign area -> description. */
  benignAreas: Record<string, string>;
  /** Flag -> meaning. */
  flags: Record<string, string>;
}

function mapping(value: unknown, what: string): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new TypeError(`vocabulary: ${what} must be a mapping`);
  }
  return value as Record<string, unknown>;
}

/** Validates the shape of a parsed vocabulary document; throws `TypeError` when it is malformed. */
export function parseVocabulary(text: string): Vocabulary {
  const doc = mapping(parseYaml(text), 'document');
  const categories = mapping(doc.categories, 'categories') as Vocabulary['categories'];
  const techniques = mapping(doc.techniques, 'techniques') as Vocabulary['techniques'];
  for (const [id, entry] of Object.entries(techniques)) {
    if (!entry || typeof entry.category !== 'string' || !Object.hasOwn(categories, entry.category)) {
      throw new TypeError(`vocabulary: technique ${id} names an unknown category`);
    }
  }
  return {
    schemaVersion: Number(doc.schemaVersion ?? 1),
    categories,
    techniques,
    benignAreas: mapping(doc.benignAreas, 'benignAreas') as Vocabulary['benignAreas'],
    flags: mapping(doc.flags, 'flags') as Vocabulary['flags'],
  };
}

/** Reads `vocabulary.yaml` from a corpus root. */
export async function loadVocabulary(root: string = DEFAULT_CORPUS_ROOT): Promise<Vocabulary> {
  return parseVocabulary(await readFile(join(root, 'vocabulary.yaml'), 'utf8'));
}
