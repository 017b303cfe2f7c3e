/**
 * `npm run corpus:add -- FILE --category C --technique T --kind malicious --description "..."
 *   --reference "..." [--variant plain] [--expect-ultra blocked:scan,runtime] [--expect-high ...]
 *   [--expect-tenant allowed:42] [--flag multi-step]`
 *
 * Writes FILE's code as a new corpus sample with its frontmatter (next free number in the folder), lints
 * it, and runs it once on every profile of the reference runtime, printing each outcome. Exit 1 when the
 * sample fails lint or its own expectation; 2 on bad arguments.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { stringify } from 'yaml';
import { createReferenceAdapter } from '../suites/adapters/reference-adapter.js';
import { lintSample } from '../suites/corpus-lint.js';
import { DEFAULT_CORPUS_ROOT, normalizeSample, parseSampleText } from '../suites/corpus-loader.js';
import { type HashLedger, integrityFindings } from '../suites/index.js';
import { describeOutcome, judgeRun } from '../suites/judge.js';
import { markerViolations } from '../suites/oracle.js';
import { PROFILES } from '../suites/sample.js';
import { loadVocabulary } from '../suites/vocabulary.js';

const USAGE = `Usage: corpus:add FILE --category C --kind malicious|benign --description TEXT
  [--technique T] [--variant plain|obfuscated|combined] [--reference TEXT]...
  [--expect-ultra E] [--expect-high E] [--expect-tenant E] [--flag F]... [--slug S] [--timeout MS]
  [--proven package@version]... [--unproven REASON]
E is blocked:<stages>[:<ERR_CODES>] | allowed:<json> | contained[:<json>] (default: contained)`;

const PROFILE_FLAGS: Record<string, string> = {
  '--expect-ultra': 'ultra-secure',
  '--expect-high': 'high-security',
  '--expect-tenant': 'tenant-isolated',
};

/** Parses `blocked:scan,runtime:ERR_TIMEOUT`, `allowed:42`, `contained` or `contained:"held"`. */
export function parseExpectationFlag(text: string): Record<string, unknown> {
  const [outcome, rest] = [text.split(':')[0], text.slice(text.indexOf(':') + 1)];
  if (outcome === 'blocked') {
    const [stages = 'runtime', errors] = rest === text ? [] : rest.split(':');
    return errors
      ? { outcome, stages: stages.split(','), errors: errors.split(',') }
      : { outcome, stages: stages.split(',') };
  }
  if (outcome === 'allowed' || outcome === 'contained') {
    return rest === text || rest === '' ? { outcome } : { outcome, value: JSON.parse(rest) as unknown };
  }
  throw new Error(`bad expectation '${text}'`);
}

interface AddArgs {
  file: string;
  options: Map<string, string[]>;
}

function parseArgs(argv: string[]): AddArgs {
  const options = new Map<string, string[]>();
  let file = '';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) {
      file = arg;
      continue;
    }
    const value = argv[++i];
    if (value === undefined) throw new Error(`${arg} needs a value`);
    options.set(arg, [...(options.get(arg) ?? []), value]);
  }
  if (!file) throw new Error('missing FILE');
  return { file, options };
}

function nextPath(folder: string, stem: string, slug: string): { id: string; path: string } {
  let entries: string[] = [];
  try {
    entries = readdirSync(join(DEFAULT_CORPUS_ROOT, folder));
  } catch {
    entries = [];
  }
  const used = entries
    .map((name) => new RegExp(`^${stem}-(\\d+)-`).exec(name)?.[1])
    .filter(Boolean)
    .map(Number);
  const nn = String(Math.max(0, ...used) + 1).padStart(2, '0');
  const id = `${stem}-${nn}-${slug}`;
  return { id, path: `${folder}/${id}.js` };
}

function buildFrontmatter(args: AddArgs): { text: string; path: string } {
  const one = (key: string): string | undefined => args.options.get(key)?.[0];
  const kind = one('--kind') ?? 'malicious';
  const category = one('--category') ?? '';
  const technique = one('--technique');
  const slug =
    one('--slug') ??
    basename(args.file)
      .replace(/\.[^.]+$/, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-');
  const stem = kind === 'malicious' ? (technique ?? '').toLowerCase() : category;
  const { id, path } = nextPath(`${kind}/${category}`, stem, slug);
  const expect = Object.fromEntries(
    Object.entries(PROFILE_FLAGS).map(([flag, profile]) => [
      profile,
      parseExpectationFlag(one(flag) ?? 'contained'),
    ]),
  );
  const fm: Record<string, unknown> = { id, description: one('--description') ?? '', kind, category };
  if (kind === 'malicious') {
    Object.assign(fm, {
      technique,
      variant: one('--variant') ?? 'plain',
      references: args.options.get('--reference') ?? [],
    });
    if (args.options.has('--proven')) fm.proven = args.options.get('--proven');
    if (args.options.has('--unproven')) fm.unproven = one('--unproven');
  }
  fm.expect = expect;
  if (args.options.has('--flag')) fm.flags = args.options.get('--flag');
  const body = readFileSync(args.file, 'utf8').trimEnd();
  return { text: `/*---\n${stringify(fm).trimEnd()}\n---*/\n${body}\n`, path };
}

async function runOnce(path: string, text: string, timeoutMs: number): Promise<boolean> {
  const sample = normalizeSample(parseSampleText(text, path));
  const adapter = await createReferenceAdapter();
  let ok = true;
  const ledger: HashLedger = new Map();
  try {
    for (const profile of PROFILES) {
      for (const scan of [true, false]) {
        let last = null;
        const findings: string[] = [];
        for (const step of sample.steps) {
          last = await adapter.execute(
            { id: sample.id, code: step.code, input: sample.input },
            { profile, tenantId: step.tenant, scan, timeoutMs },
          );
          findings.push(...markerViolations(last), ...integrityFindings(step.code, last, ledger));
        }
        const expectation = sample.expect[profile];
        const verdict = judgeRun(
          scan || expectation.outcome !== 'blocked' ? expectation : { ...expectation, stages: ['runtime'] },
          last!,
          findings,
        );
        ok &&= verdict.pass;
        const mark = verdict.pass ? 'ok  ' : 'FAIL';
        process.stdout.write(
          `${mark} ${profile.padEnd(16)} scan ${scan ? 'on ' : 'off'} ${describeOutcome(last!)}${verdict.reason ? ` (${verdict.reason})` : ''}\n`,
        );
      }
    }
  } finally {
    await adapter.dispose();
  }
  return ok;
}

/** Adds a sample; resolves to the exit code. */
export async function corpusAdd(argv: string[]): Promise<number> {
  if (argv.includes('--help')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  let built: { text: string; path: string };
  try {
    built = buildFrontmatter(parseArgs(argv));
  } catch (error) {
    process.stderr.write(`corpus:add: ${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const issues = lintSample(parseSampleText(built.text, built.path), await loadVocabulary());
  if (issues.length > 0) {
    for (const issue of issues) process.stderr.write(`lint: ${issue.code} ${issue.message}\n`);
    return 1;
  }
  const target = join(DEFAULT_CORPUS_ROOT, built.path);
  // The first sample of a new category makes its folder.
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, built.text, { flag: 'wx' });
  process.stdout.write(`wrote ${target}\n`);
  const timeout = Number(argv[argv.indexOf('--timeout') + 1]) || 300;
  const ok = await runOnce(built.path, built.text, argv.includes('--timeout') ? timeout : 300);
  if (!ok) process.stdout.write('the sample does not meet its expectation (file kept; edit or remove it)\n');
  return ok ? 0 : 1;
}

if (process.argv[1] && import.meta.url.endsWith(basename(process.argv[1]))) {
  corpusAdd(process.argv.slice(2)).then((code) => process.exit(code));
}
