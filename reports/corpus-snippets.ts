/**
 * The snippet of each failing sample, for the failure cards, when the results do not carry it. The suite
 * records the snippet on every failure; results written before it did have none, so their samples are
 * looked up in the corpus folder (data files, never imported). A generated variant (`<id>--<mutator>`) has no file: its hand-written original is shown,
 * marked as such. Missing snippets are reported as missing, never guessed.
 */
import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { FAILURE_SNIPPET_LIMIT } from '../results/index.js';

/** A snippet and where it came from. */
export interface Snippet {
  code: string;
  /** `results`: from the results file; `corpus`: the sample's file; `original`: the generated variant's source. */
  source: 'results' | 'corpus' | 'original';
  sampleId: string;
}

/** Longest snippet shown; corpus samples are under 4 KB, so this only trims hostile or foreign results. */
export const SNIPPET_LIMIT = FAILURE_SNIPPET_LIMIT;

const FRONTMATTER = /^\s*\/\*---[\s\S]*?---\*\/\s*/;

async function indexCorpus(dir: string, into: Map<string, string>): Promise<void> {
  let entries: import('node:fs').Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) await indexCorpus(path, into);
    else if (entry.name.endsWith('.js')) into.set(basename(entry.name, '.js'), path);
  }
}

/** Strips the frontmatter block: the card shows what runs. */
export function snippetBody(source: string): string {
  return source.replace(FRONTMATTER, '').slice(0, SNIPPET_LIMIT);
}

/** Looks the given sample ids up in the corpus folder; ids without a file are left out. */
export async function loadCorpusSnippets(
  ids: Iterable<string>,
  corpusDir: string,
): Promise<Map<string, Snippet>> {
  const files = new Map<string, string>();
  await indexCorpus(corpusDir, files);
  const out = new Map<string, Snippet>();
  for (const id of new Set(ids)) {
    const own = files.get(id);
    const originalId = id.split('--')[0] ?? id;
    const path = own ?? files.get(originalId);
    if (path === undefined) continue;
    const code = snippetBody(await readFile(path, 'utf8'));
    out.set(id, { code, source: own ? 'corpus' : 'original', sampleId: own ? id : originalId });
  }
  return out;
}
