/**
 * Helpers shared by the suite's tests: synthetic samples, a temporary corpus on disk, and fake adapters.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';
import type { AdapterOutcome, AdapterSample, SandboxAdapter } from '../adapters/adapter.js';
import { DEFAULT_CORPUS_ROOT, parseSampleText, type RawSample } from '../corpus-loader.js';
import { DEFAULT_TENANT, type Expectation, PROFILES, type ProfileName, type Sample } from '../sample.js';

/** The frontmatter of a valid malicious sample, to mutate in lint tests. */
export function maliciousFrontmatter(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'cg-direct-eval-01-plain',
    description: 'Calls eval directly.',
    kind: 'malicious',
    category: 'code-generation',
    technique: 'CG-direct-eval',
    variant: 'plain',
    references: ['SES rejectSomeDirectEvalExpressions'],
    expect: {
      'ultra-secure': { outcome: 'blocked', stages: ['scan', 'runtime'] },
      'high-security': { outcome: 'blocked', stages: ['scan', 'runtime'] },
      'tenant-isolated': { outcome: 'blocked', stages: ['scan', 'runtime'] },
    },
    ...overrides,
  };
}

/** Renders a sample file from frontmatter and body. */
export function sampleText(frontmatter: Record<string, unknown>, body: string): string {
  return `/*---\n${stringify(frontmatter).trimEnd()}\n---*/\n${body}\n`;
}

/** A raw sample at a corpus path. */
export function rawSample(
  path: string,
  frontmatter: Record<string, unknown>,
  body = 'return eval("1");',
): RawSample {
  return parseSampleText(sampleText(frontmatter, body), path);
}

/** The same expectation for every profile. */
export function everyProfile(expectation: Expectation): Record<ProfileName, Expectation> {
  return Object.fromEntries(PROFILES.map((p) => [p, expectation])) as Record<ProfileName, Expectation>;
}

/** A normalized sample built in memory. */
export function makeSample(
  id: string,
  code: string,
  expect: Expectation,
  extra: Partial<Sample> = {},
): Sample {
  return {
    id,
    path: `malicious/code-generation/${id}.js`,
    kind: 'malicious',
    category: 'code-generation',
    technique: 'CG-direct-eval',
    variant: 'plain',
    description: id,
    references: ['test'],
    expect: everyProfile(expect),
    flags: [],
    code,
    steps: [{ tenant: DEFAULT_TENANT, code }],
    ...extra,
  };
}

/** Writes a temporary corpus (with the real vocabulary) and returns its root. */
export function writeCorpus(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'sandproof-corpus-'));
  writeFileSync(join(root, 'vocabulary.yaml'), readFileSync(join(DEFAULT_CORPUS_ROOT, 'vocabulary.yaml')));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

/** A fake adapter whose behaviour is a function of the code it is given. */
export function fakeAdapter(
  name: string,
  behave: (sample: AdapterSample, profile: string) => AdapterOutcome | Promise<AdapterOutcome>,
  scanner = false,
): SandboxAdapter {
  return {
    name,
    capabilities: { profiles: [...PROFILES], scanner },
    execute: async (sample, options) => behave(sample, options.profile),
    dispose: async () => {},
  };
}

/** The probe's outcome of a pristine fake sandbox: a fixed fingerprint. */
export const PRISTINE: AdapterOutcome = {
  status: 'completed',
  value: { global: 'a,b', probe: 'ok' },
  logs: [],
};
