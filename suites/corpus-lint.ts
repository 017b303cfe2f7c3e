/**
 * The corpus linter: checks every sample's frontmatter against the closed key set of
 * `suites/corpus/README.md` and the vocabulary. Each problem carries a stable code; tests assert codes.
 */

import { ERROR_CODES, isStage, PROFILE_NAMES as PROFILES } from '../contract/index.js';
import { type RawSample, splitSteps } from './corpus-loader.js';
import type { Vocabulary } from './vocabulary.js';

/** Stable lint codes. */
export type LintCode =
  | 'LINT_PARSE'
  | 'LINT_UNKNOWN_KEY'
  | 'LINT_MISSING_KEY'
  | 'LINT_BAD_ID'
  | 'LINT_ID_MISMATCH'
  | 'LINT_DUPLICATE_ID'
  | 'LINT_KIND_FOLDER'
  | 'LINT_UNKNOWN_CATEGORY'
  | 'LINT_CATEGORY_FOLDER'
  | 'LINT_UNKNOWN_TECHNIQUE'
  | 'LINT_TECHNIQUE_CATEGORY'
  | 'LINT_UNKNOWN_AREA'
  | 'LINT_UNKNOWN_FLAG'
  | 'LINT_BAD_VARIANT'
  | 'LINT_MISSING_REFERENCES'
  | 'LINT_MISSING_PROFILE'
  | 'LINT_UNKNOWN_PROFILE'
  | 'LINT_BAD_EXPECTATION'
  | 'LINT_ALLOWED_WITHOUT_VALUE'
  | 'LINT_BLOCKED_STAGES'
  | 'LINT_SCAN_WITHOUT_RUNTIME'
  | 'LINT_UNKNOWN_ERROR_CODE'
  | 'LINT_GENERATED_WITHOUT_PARENT'
  | 'LINT_STEPS'
  | 'LINT_TOO_LARGE'
  | 'LINT_FILE_NAME'
  | 'LINT_UNCOVERED_TECHNIQUE'
  | 'LINT_UNPROVEN_ADVISORY'
  | 'LINT_BAD_PROVEN';

/** One problem found by the linter. Errors make a sample unrunnable; warnings do not. */
export interface LintIssue {
  code: LintCode;
  severity: 'error' | 'warning';
  /** Corpus-relative path, or `vocabulary.yaml` for coverage warnings. */
  path: string;
  message: string;
}

/** The closed key set of the frontmatter. */
export const FRONTMATTER_KEYS = [
  'id',
  'description',
  'kind',
  'category',
  'technique',
  'variant',
  'references',
  'expect',
  'input',
  'flags',
  'generatedFrom',
  'mutator',
  'proven',
  'unproven',
] as const;

/** A reference that names a published advisory: a CVE or a GitHub advisory id. */
export const ADVISORY_REFERENCE = /\b(CVE-\d{4}-\d{3,}|GHSA-[0-9a-z]{4}(?:-[0-9a-z]{4}){0,2})\b/i;
/** A target a sample is proven against: `package@version`, e.g. `vm2@3.9.19`. */
const PROVEN_TARGET = /^(@?[a-z0-9][\w.-]*(?:\/[\w.-]+)?)@\d+\.\d+\.\d+\S*$/i;

const REQUIRED = ['id', 'description', 'kind', 'category', 'expect'] as const;
const REQUIRED_MALICIOUS = ['technique', 'variant', 'references'] as const;
const VARIANTS = ['plain', 'obfuscated', 'combined'];
const EXPECT_KEYS = ['outcome', 'stages', 'errors', 'value'];
const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** The README's size limit: samples must stay small enough to read in one screen. */
export const MAX_SAMPLE_BYTES = 4096;

type Report = (code: LintCode, message: string) => void;

function checkKeys(fm: Record<string, unknown>, report: Report): void {
  for (const key of Object.keys(fm)) {
    if (!(FRONTMATTER_KEYS as readonly string[]).includes(key))
      report('LINT_UNKNOWN_KEY', `unknown key '${key}'`);
  }
  for (const key of REQUIRED) {
    if (fm[key] === undefined || fm[key] === null || fm[key] === '')
      report('LINT_MISSING_KEY', `missing '${key}'`);
  }
  if (fm.kind === 'malicious') {
    for (const key of REQUIRED_MALICIOUS) {
      if (key === 'references') continue;
      if (fm[key] === undefined || fm[key] === null) report('LINT_MISSING_KEY', `missing '${key}'`);
    }
    const refs = fm.references;
    const valid =
      Array.isArray(refs) && refs.length > 0 && refs.every((r) => typeof r === 'string' && r.trim());
    if (!valid) report('LINT_MISSING_REFERENCES', 'a malicious sample needs a non-empty list of references');
  }
  checkProven(fm, report);
  if (fm.variant !== undefined && !VARIANTS.includes(String(fm.variant))) {
    report('LINT_BAD_VARIANT', `variant must be one of ${VARIANTS.join(', ')}`);
  }
}

/**
 * A sample whose references name an advisory either is proven against a named vulnerable target
 * (`proven: [vm2@3.9.19]`: a test shows it is an escape there) or says why not (`unproven: <reason>`).
 */
function checkProven(fm: Record<string, unknown>, report: Report): void {
  const proven = fm.proven;
  const unproven = fm.unproven;
  if (proven !== undefined) {
    const ok =
      Array.isArray(proven) &&
      proven.length > 0 &&
      proven.every((t) => typeof t === 'string' && PROVEN_TARGET.test(t));
    if (!ok) report('LINT_BAD_PROVEN', `proven must list targets as package@version (e.g. vm2@3.9.19)`);
  }
  if (unproven !== undefined && (typeof unproven !== 'string' || unproven.trim().length < 10)) {
    report('LINT_BAD_PROVEN', 'unproven must be a sentence saying why the sample is not proven');
  }
  const refs = Array.isArray(fm.references) ? fm.references.map(String) : [];
  const advisory = refs.find((r) => ADVISORY_REFERENCE.test(r));
  if (advisory !== undefined && proven === undefined && unproven === undefined) {
    report(
      'LINT_UNPROVEN_ADVISORY',
      `references name an advisory (${advisory}): add proven: [package@version] or unproven: <why not>`,
    );
  }
}

function checkIdentity(raw: RawSample, fm: Record<string, unknown>, report: Report): void {
  const id = typeof fm.id === 'string' ? fm.id : '';
  if (fm.id !== undefined && !KEBAB.test(id))
    report('LINT_BAD_ID', `id '${String(fm.id)}' is not kebab-case`);
  const base = raw.path.split('/').pop()?.replace(/\.js$/, '') ?? '';
  if (fm.generatedFrom === undefined && id && id !== base) {
    report('LINT_ID_MISMATCH', `id '${id}' differs from the file name '${base}'`);
  }
  const hasParent = typeof fm.generatedFrom === 'string' && fm.generatedFrom !== '';
  const hasMutator = typeof fm.mutator === 'string' && fm.mutator !== '';
  if (hasParent !== hasMutator) {
    report(
      'LINT_GENERATED_WITHOUT_PARENT',
      'a generated sample names both its generatedFrom and its mutator',
    );
  }
}

function checkPlacement(
  raw: RawSample,
  fm: Record<string, unknown>,
  vocab: Vocabulary,
  report: Report,
): void {
  const [top, folder] = raw.path.split('/');
  const kind = fm.kind;
  if (kind !== 'malicious' && kind !== 'benign') {
    report('LINT_KIND_FOLDER', `kind must be 'malicious' or 'benign'`);
  } else if (kind !== top) {
    report('LINT_KIND_FOLDER', `a ${kind} sample lives under ${top}/`);
  }
  const category = String(fm.category ?? '');
  if (kind === 'benign') {
    if (!Object.hasOwn(vocab.benignAreas, category))
      report('LINT_UNKNOWN_AREA', `unknown area '${category}'`);
  } else if (!Object.hasOwn(vocab.categories, category)) {
    report('LINT_UNKNOWN_CATEGORY', `unknown category '${category}'`);
  }
  if (folder !== undefined && category && folder !== category) {
    report('LINT_CATEGORY_FOLDER', `category '${category}' lives in folder '${folder}'`);
  }
  if (kind === 'malicious' && fm.technique !== undefined) {
    const technique = vocab.techniques[String(fm.technique)];
    if (!technique) report('LINT_UNKNOWN_TECHNIQUE', `unknown technique '${String(fm.technique)}'`);
    else if (technique.category !== category) {
      report('LINT_TECHNIQUE_CATEGORY', `technique ${String(fm.technique)} belongs to ${technique.category}`);
    }
  }
  if (kind === 'benign' && fm.technique !== undefined)
    report('LINT_UNKNOWN_KEY', 'benign samples have no technique');
  checkFileName(raw, kind === 'malicious' ? String(fm.technique ?? '').toLowerCase() : category, report);
}

/** Malicious files are `<technique-id lowercased>-<nn>-<slug>.js`, benign ones `<area>-<nn>-<slug>.js`. */
function checkFileName(raw: RawSample, stem: string, report: Report): void {
  const base = raw.path.split('/').pop() ?? '';
  if (!stem || base.startsWith(`${stem}-`) === false || !/^-\d{2,}-[a-z0-9]/.test(base.slice(stem.length))) {
    report('LINT_FILE_NAME', `file name '${base}' should be '${stem || '<stem>'}-<nn>-<slug>.js'`);
  }
}

function checkFlags(
  raw: RawSample,
  fm: Record<string, unknown>,
  vocab: Vocabulary,
  report: Report,
): string[] {
  const flags = fm.flags === undefined ? [] : fm.flags;
  if (!Array.isArray(flags)) {
    report('LINT_UNKNOWN_FLAG', 'flags must be a list');
    return [];
  }
  for (const flag of flags) {
    if (!Object.hasOwn(vocab.flags, String(flag)))
      report('LINT_UNKNOWN_FLAG', `unknown flag '${String(flag)}'`);
  }
  const split = splitSteps(raw.body);
  const multi = flags.includes('multi-step');
  if (multi && split.markers === 0) report('LINT_STEPS', 'multi-step sample without //@step lines');
  if (!multi && split.markers > 0) report('LINT_STEPS', '//@step lines without the multi-step flag');
  if (multi && split.preamble) report('LINT_STEPS', 'code before the first //@step line');
  if (split.badMarkers > 0) report('LINT_STEPS', '//@step line with an invalid tenant name');
  return flags.map(String);
}

function checkStages(entry: Record<string, unknown>, where: string, flags: string[], report: Report): void {
  const stages = entry.stages;
  const valid = Array.isArray(stages) && stages.length > 0 && stages.every(isStage);
  if (!valid) {
    report('LINT_BLOCKED_STAGES', `${where}: blocked needs stages from [scan, runtime]`);
    return;
  }
  if (stages.includes('scan') && !stages.includes('runtime') && !flags.includes('scan-only')) {
    report('LINT_SCAN_WITHOUT_RUNTIME', `${where}: stage scan without runtime needs the scan-only flag`);
  }
  if (entry.errors === undefined) return;
  const errors = entry.errors;
  const known = ERROR_CODES as readonly string[];
  if (!Array.isArray(errors) || errors.length === 0 || errors.some((e) => !known.includes(String(e)))) {
    report('LINT_UNKNOWN_ERROR_CODE', `${where}: errors must list SandboxError codes`);
  }
}

function checkExpectation(entry: unknown, where: string, flags: string[], report: Report): void {
  if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) {
    report('LINT_BAD_EXPECTATION', `${where}: expectation must be a mapping`);
    return;
  }
  const e = entry as Record<string, unknown>;
  for (const key of Object.keys(e)) {
    if (!EXPECT_KEYS.includes(key)) report('LINT_UNKNOWN_KEY', `${where}: unknown key '${key}'`);
  }
  if (e.outcome === 'allowed') {
    if (!Object.hasOwn(e, 'value')) report('LINT_ALLOWED_WITHOUT_VALUE', `${where}: allowed needs a value`);
  } else if (e.outcome === 'blocked') {
    checkStages(e, where, flags, report);
  } else if (e.outcome !== 'contained') {
    report('LINT_BAD_EXPECTATION', `${where}: outcome must be blocked, allowed or contained`);
  }
  if (e.outcome !== 'blocked' && (e.stages !== undefined || e.errors !== undefined)) {
    report('LINT_BAD_EXPECTATION', `${where}: stages and errors belong to blocked only`);
  }
}

function checkExpect(fm: Record<string, unknown>, flags: string[], report: Report): void {
  const expect = fm.expect;
  if (expect === undefined || expect === null) return;
  if (typeof expect !== 'object' || Array.isArray(expect)) {
    report('LINT_BAD_EXPECTATION', 'expect must map each profile to an expectation');
    return;
  }
  const entries = expect as Record<string, unknown>;
  for (const key of Object.keys(entries)) {
    if (!(PROFILES as readonly string[]).includes(key))
      report('LINT_UNKNOWN_PROFILE', `unknown profile '${key}'`);
  }
  for (const profile of PROFILES) {
    if (!Object.hasOwn(entries, profile)) report('LINT_MISSING_PROFILE', `expect lacks profile '${profile}'`);
    else checkExpectation(entries[profile], `expect.${profile}`, flags, report);
  }
}

/** Lints one raw sample on its own (everything but duplicate ids and coverage). */
export function lintSample(raw: RawSample, vocab: Vocabulary): LintIssue[] {
  const issues: LintIssue[] = [];
  const report: Report = (code, message) => issues.push({ code, severity: 'error', path: raw.path, message });
  if (!raw.frontmatter) {
    report('LINT_PARSE', raw.parseError ?? 'unreadable frontmatter');
    return issues;
  }
  const fm = raw.frontmatter;
  if (Buffer.byteLength(raw.text) > MAX_SAMPLE_BYTES)
    report('LINT_TOO_LARGE', `over ${MAX_SAMPLE_BYTES} bytes`);
  checkKeys(fm, report);
  checkIdentity(raw, fm, report);
  checkPlacement(raw, fm, vocab, report);
  const flags = checkFlags(raw, fm, vocab, report);
  checkExpect(fm, flags, report);
  return issues;
}

/** Techniques of the vocabulary that no sample exercises. */
export function uncoveredTechniques(raws: readonly RawSample[], vocab: Vocabulary): string[] {
  const covered = new Set(raws.map((raw) => raw.frontmatter?.technique).filter((t) => typeof t === 'string'));
  return Object.keys(vocab.techniques).filter((technique) => !covered.has(technique));
}

/** Lints a whole corpus: every sample, duplicate ids, generated parents, and technique coverage (warnings). */
export function lintCorpus(raws: readonly RawSample[], vocab: Vocabulary): LintIssue[] {
  const issues = raws.flatMap((raw) => lintSample(raw, vocab));
  const seen = new Map<string, string>();
  for (const raw of raws) {
    const id = raw.frontmatter?.id;
    if (typeof id !== 'string') continue;
    const first = seen.get(id);
    if (first !== undefined) {
      issues.push({
        code: 'LINT_DUPLICATE_ID',
        severity: 'error',
        path: raw.path,
        message: `id '${id}' also in ${first}`,
      });
    } else seen.set(id, raw.path);
  }
  for (const raw of raws) {
    const parent = raw.frontmatter?.generatedFrom;
    if (typeof parent === 'string' && parent && !seen.has(parent)) {
      const message = `generatedFrom '${parent}' names no sample`;
      issues.push({ code: 'LINT_GENERATED_WITHOUT_PARENT', severity: 'error', path: raw.path, message });
    }
  }
  for (const technique of uncoveredTechniques(raws, vocab)) {
    const message = `technique ${technique} has no sample yet`;
    issues.push({ code: 'LINT_UNCOVERED_TECHNIQUE', severity: 'warning', path: 'vocabulary.yaml', message });
  }
  return issues;
}
