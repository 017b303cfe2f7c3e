/**
 * Reads corpus files and parses their test262-style frontmatter. Parsing never throws on a bad sample:
 * problems are recorded on the raw sample for the linter to report, so one broken file cannot hide the rest.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import {
  DEFAULT_TENANT,
  type Expectation,
  PROFILES,
  type ProfileName,
  type Sample,
  type SampleKind,
  type SampleStep,
  type Stage,
} from './sample.js';

/** The corpus shipped with sandproof. */
export const DEFAULT_CORPUS_ROOT = fileURLToPath(new URL('./corpus/', import.meta.url));

const FRONTMATTER = /^\s*\/\*---\r?\n([\s\S]*?)\r?\n---\*\/[ \t]*\r?\n?/;
const STEP_LINE = /^[ \t]*\/\/@step[ \t]+tenant=([^\s]*)[ \t]*$/;

/** A corpus file as read from disk, before validation. */
export interface RawSample {
  /** Path relative to the corpus root, with `/` separators. */
  path: string;
  text: string;
  /** The parsed frontmatter object, or null when missing or not a mapping. */
  frontmatter: Record<string, unknown> | null;
  body: string;
  /** Why the frontmatter could not be read, if it could not. */
  parseError?: string;
}

/** Splits a sample file into its frontmatter and body. */
export function parseSampleText(text: string, path: string): RawSample {
  const match = FRONTMATTER.exec(text);
  if (!match) {
    return { path, text, frontmatter: null, body: text, parseError: 'missing /*--- ... ---*/ frontmatter' };
  }
  const body = text.slice(match[0].length);
  try {
    const data: unknown = parseYaml(match[1] ?? '');
    if (data === null || typeof data !== 'object' || Array.isArray(data)) {
      return { path, text, frontmatter: null, body, parseError: 'frontmatter is not a YAML mapping' };
    }
    return { path, text, frontmatter: data as Record<string, unknown>, body };
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { path, text, frontmatter: null, body, parseError: `invalid YAML: ${reason}` };
  }
}

/** The result of splitting a body on `//@step tenant=<name>` lines. */
export interface StepSplit {
  steps: SampleStep[];
  /** Number of `//@step` marker lines found. */
  markers: number;
  /** Marker lines whose tenant name is empty or malformed. */
  badMarkers: number;
  /** True when non-blank code precedes the first marker. */
  preamble: boolean;
}

/**
 * Splits a multi-step body. Code before the first marker (if any) becomes a step of the default tenant,
 * and is reported so the linter can flag it: a preamble in a multi-step sample is almost always a mistake.
 */
export function splitSteps(body: string): StepSplit {
  const lines = body.split('\n');
  const steps: SampleStep[] = [];
  let current: SampleStep = { tenant: DEFAULT_TENANT, code: '' };
  let chunk: string[] = [];
  let markers = 0;
  let badMarkers = 0;
  let preamble = false;
  const flush = (): void => {
    const code = chunk.join('\n');
    if (markers === 0 && code.replace(/\/\/.*$/gm, '').trim() === '') return;
    if (markers === 0) preamble = true;
    steps.push({ tenant: current.tenant, code });
  };
  for (const line of lines) {
    const marker = STEP_LINE.exec(line.replace(/\r$/, ''));
    if (!marker) {
      chunk.push(line);
      continue;
    }
    flush();
    markers += 1;
    const tenant = marker[1] ?? '';
    if (!/^[A-Za-z0-9_.-]+$/.test(tenant)) badMarkers += 1;
    current = { tenant: tenant || DEFAULT_TENANT, code: '' };
    chunk = [];
  }
  flush();
  if (steps.length === 0) steps.push({ tenant: DEFAULT_TENANT, code: body });
  return { steps, markers, badMarkers, preamble };
}

/** Lists every `.js` file under `malicious/` and `benign/` of a corpus root, sorted by path. */
export async function listCorpusFiles(root: string = DEFAULT_CORPUS_ROOT): Promise<string[]> {
  const found: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    let entries: import('node:fs').Dirent[];
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (entry.isFile() && entry.name.endsWith('.js')) found.push(full);
    }
  };
  await walk(join(root, 'malicious'));
  await walk(join(root, 'benign'));
  return found.map((file) => relative(root, file).split(sep).join('/')).sort();
}

/** Reads and parses every sample file of a corpus. */
export async function readCorpus(root: string = DEFAULT_CORPUS_ROOT): Promise<RawSample[]> {
  const paths = await listCorpusFiles(root);
  return Promise.all(
    paths.map(async (path) => parseSampleText(await readFile(join(root, path), 'utf8'), path)),
  );
}

/** A short content hash of the corpus, so results name the exact corpus they ran. */
export function corpusHash(raw: readonly RawSample[]): string {
  const hash = createHash('sha256');
  for (const sample of raw) hash.update(sample.path).update('\0').update(sample.text).update('\0');
  return hash.digest('hex').slice(0, 12);
}

function toExpectation(value: unknown): Expectation {
  const entry = (value ?? {}) as Record<string, unknown>;
  if (entry.outcome === 'allowed') return { outcome: 'allowed', value: entry.value };
  if (entry.outcome === 'contained') {
    const hasValue = Object.hasOwn(entry, 'value');
    return hasValue
      ? { outcome: 'contained', hasValue, value: entry.value }
      : { outcome: 'contained', hasValue };
  }
  const stages = (Array.isArray(entry.stages) ? entry.stages : []) as Stage[];
  const errors = Array.isArray(entry.errors) ? entry.errors.map(String) : undefined;
  return errors ? { outcome: 'blocked', stages, errors } : { outcome: 'blocked', stages };
}

/**
 * Normalizes a raw sample into the runner's shape. Call it only on samples the linter accepted:
 * it fills gaps with neutral defaults rather than reporting them.
 */
export function normalizeSample(raw: RawSample): Sample {
  const fm = raw.frontmatter ?? {};
  const expectRaw = (fm.expect ?? {}) as Record<string, unknown>;
  const expect = Object.fromEntries(PROFILES.map((p) => [p, toExpectation(expectRaw[p])])) as Record<
    ProfileName,
    Expectation
  >;
  const flags = Array.isArray(fm.flags) ? fm.flags.map(String) : [];
  const steps = flags.includes('multi-step')
    ? splitSteps(raw.body).steps
    : [{ tenant: DEFAULT_TENANT, code: raw.body }];
  const sample: Sample = {
    id: String(fm.id ?? ''),
    path: raw.path,
    kind: (fm.kind === 'benign' ? 'benign' : 'malicious') as SampleKind,
    category: String(fm.category ?? ''),
    description: String(fm.description ?? ''),
    references: Array.isArray(fm.references) ? fm.references.map(String) : [],
    expect,
    flags,
    code: raw.body,
    steps,
  };
  if (typeof fm.technique === 'string') sample.technique = fm.technique;
  if (typeof fm.variant === 'string') sample.variant = fm.variant;
  if (Object.hasOwn(fm, 'input')) sample.input = fm.input;
  if (typeof fm.generatedFrom === 'string') sample.generatedFrom = fm.generatedFrom;
  if (typeof fm.mutator === 'string') sample.mutator = fm.mutator;
  if (Array.isArray(fm.proven)) sample.proven = fm.proven.map(String);
  if (typeof fm.unproven === 'string') sample.unproven = fm.unproven;
  return sample;
}
