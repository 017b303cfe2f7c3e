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
import {
  type CliIo,
  type Command,
  type CommandLine,
  defineCommand,
  integerOption,
  PROCESS_IO,
  UsageError,
} from '../cli/index.js';
import { PROFILE_NAMES, type ProfileName } from '../contract/index.js';
import {
  createReferenceAdapter,
  DEFAULT_CORPUS_ROOT,
  describeOutcome,
  type HashLedger,
  integrityFindings,
  judgeRun,
  lintSample,
  loadVocabulary,
  markerViolations,
  normalizeSample,
  parseSampleText,
} from '../suites/index.js';

const USAGE = `Usage: corpus:add FILE --category C --kind malicious|benign --description TEXT
  [--technique T] [--variant plain|obfuscated|combined] [--reference TEXT]...
  [--expect-ultra E] [--expect-high E] [--expect-tenant E] [--flag F]... [--slug S] [--timeout MS]
  [--proven package@version]... [--unproven REASON]
E is blocked:<stages>[:<ERR_CODES>] | allowed:<json> | contained[:<json>] (default: contained)`;

const OPTIONS = {
  kind: { type: 'string' },
  category: { type: 'string' },
  technique: { type: 'string' },
  description: { type: 'string' },
  reference: { type: 'string', multiple: true },
  variant: { type: 'string' },
  'expect-ultra': { type: 'string' },
  'expect-high': { type: 'string' },
  'expect-tenant': { type: 'string' },
  flag: { type: 'string', multiple: true },
  slug: { type: 'string' },
  timeout: { type: 'string' },
  proven: { type: 'string', multiple: true },
  unproven: { type: 'string' },
} as const;

type AddArgs = CommandLine<typeof OPTIONS>;

/** The option that states each profile's expectation. */
const PROFILE_FLAGS: Record<ProfileName, 'expect-ultra' | 'expect-high' | 'expect-tenant'> = {
  'ultra-secure': 'expect-ultra',
  'high-security': 'expect-high',
  'tenant-isolated': 'expect-tenant',
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
    if (rest === text || rest === '') return { outcome };
    try {
      return { outcome, value: JSON.parse(rest) as unknown };
    } catch {
      throw new UsageError(`bad expectation '${text}': the value after '${outcome}:' is not JSON`);
    }
  }
  throw new UsageError(`bad expectation '${text}'`);
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
  const v = args.values;
  const file = args.positionals[0] ?? '';
  const kind = v.kind ?? 'malicious';
  const category = v.category ?? '';
  const technique = v.technique;
  const slug =
    v.slug ??
    basename(file)
      .replace(/\.[^.]+$/, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-');
  const stem = kind === 'malicious' ? (technique ?? '').toLowerCase() : category;
  const { id, path } = nextPath(`${kind}/${category}`, stem, slug);
  const expect = Object.fromEntries(
    PROFILE_NAMES.map((profile) => [profile, parseExpectationFlag(v[PROFILE_FLAGS[profile]] ?? 'contained')]),
  );
  const fm: Record<string, unknown> = { id, description: v.description ?? '', kind, category };
  if (kind === 'malicious') {
    Object.assign(fm, { technique, variant: v.variant ?? 'plain', references: v.reference ?? [] });
    if (v.proven !== undefined) fm.proven = v.proven;
    if (v.unproven !== undefined) fm.unproven = v.unproven;
  }
  fm.expect = expect;
  if (v.flag !== undefined) fm.flags = v.flag;
  let body: string;
  try {
    body = readFileSync(file, 'utf8').trimEnd();
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${(error as Error).message}`);
  }
  return { text: `/*---\n${stringify(fm).trimEnd()}\n---*/\n${body}\n`, path };
}

async function runOnce(path: string, text: string, timeoutMs: number, io: CliIo): Promise<boolean> {
  const sample = normalizeSample(parseSampleText(text, path));
  const adapter = await createReferenceAdapter();
  let ok = true;
  const ledger: HashLedger = new Map();
  try {
    for (const profile of PROFILE_NAMES) {
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
        io.stdout(
          `${mark} ${profile.padEnd(16)} scan ${scan ? 'on ' : 'off'} ${describeOutcome(last!)}${verdict.reason ? ` (${verdict.reason})` : ''}\n`,
        );
      }
    }
  } finally {
    await adapter.dispose();
  }
  return ok;
}

/** Adds a sample; resolves to the exit code (1: the sample fails lint or its expectation; 2: bad arguments). */
export const corpusAdd: Command = defineCommand({
  name: 'corpus:add',
  usage: USAGE,
  options: OPTIONS,
  minPositionals: 1,
  maxPositionals: 1,
  positionalsName: 'FILE (exactly one)',
  run: addSample,
});

async function addSample(args: AddArgs, io: CliIo): Promise<number> {
  const timeoutMs =
    args.values.timeout === undefined ? 300 : integerOption(args.values.timeout, 'timeout', 1);
  const built = buildFrontmatter(args);
  const issues = lintSample(parseSampleText(built.text, built.path), await loadVocabulary());
  if (issues.length > 0) {
    for (const issue of issues) io.stderr(`lint: ${issue.code} ${issue.message}\n`);
    return 1;
  }
  const target = join(DEFAULT_CORPUS_ROOT, built.path);
  // The first sample of a new category makes its folder.
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, built.text, { flag: 'wx' });
  io.stdout(`wrote ${target}\n`);
  const ok = await runOnce(built.path, built.text, timeoutMs, io);
  if (!ok) io.stdout('the sample does not meet its expectation (file kept; edit or remove it)\n');
  return ok ? 0 : 1;
}

if (process.argv[1] && import.meta.url.endsWith(basename(process.argv[1]))) {
  corpusAdd(process.argv.slice(2), PROCESS_IO).then((code) => process.exit(code));
}
