/**
 * The verdict of each profile in words: certified or not, and the certification rule that decided it.
 * Shared by the HTML page, the Markdown summary, the badge and JUnit so they never disagree.
 */
import type { ConformanceResults, ProfileCertification } from '../results/index.js';
import { truncate } from './html-escape.js';
import type { Status } from './report-theme.js';

/** A profile's verdict as shown to people. */
export interface ProfileVerdict {
  profile: string;
  status: Status;
  /** Upper-case headline word: CERTIFIED, NOT CERTIFIED, PARTIAL RUN, NOT SUPPORTED. */
  word: string;
  /** One sentence: the rule that decided, with the numbers. */
  rule: string;
  grade: string | null;
  score: number | null;
}

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** The blocking classes present, e.g. "12 policy, 3 budget" (samples), for the verdict's rule. */
function blockingSummary(p: ProfileCertification): string {
  const f = p.findings;
  if (!f) return 'a malicious sample not blocked, or a benign sample refused or wrong';
  const parts = [
    [f.policy, 'policy'],
    [f.budget, 'budget'],
    [f['false-refusal'], 'false refusal'],
    [f.defect, 'defect'],
  ] as const;
  const present = parts.filter(([n]) => n > 0).map(([n, name]) => `${n} ${name}`);
  return present.length > 0 ? `samples: ${present.join(', ')}` : 'see the failures';
}

function ruleFor(p: ProfileCertification): { status: Status; word: string; rule: string } {
  if (p.runs === 0)
    return { status: 'warn', word: 'NOT CERTIFIED', rule: 'No sample ran under this profile.' };
  if (p.escapes > 0) {
    return {
      status: 'fail',
      word: 'NOT CERTIFIED',
      rule: `${plural(p.escapes, 'sample')} escaped the sandbox; any escape fails certification.`,
    };
  }
  if (p.blockingFailures > 0) {
    return {
      status: 'fail',
      word: 'NOT CERTIFIED',
      rule: `${plural(p.blockingFailures, 'blocking failure')} (${blockingSummary(p)}); certification allows none.`,
    };
  }
  if (p.qualification) {
    return {
      status: 'warn',
      word: 'QUALIFIED',
      rule: `No escape and no blocking failure, but the run is too small to certify: ${p.qualification.replace(/^qualified, not certified: /, '')}.`,
    };
  }
  const minor = p.failed > 0 ? ` ${plural(p.failed, 'non-blocking failure')} lower the score.` : '';
  return {
    status: 'pass',
    word: 'CERTIFIED',
    rule: `No escape and no blocking failure over ${plural(p.runs, 'run')} of ${plural(p.samples, 'sample')}.${minor}`,
  };
}

/** The verdict of one profile; a clean but partial run is never shown as certified. */
export function profileVerdict(results: ConformanceResults, p: ProfileCertification): ProfileVerdict {
  const base = ruleFor(p);
  const decided = { profile: p.profile, grade: p.grade, score: p.score, ...base };
  if (results.complete) return decided;
  if (base.status === 'pass') {
    return {
      ...decided,
      status: 'warn',
      word: 'PARTIAL RUN',
      rule: `No failure in this slice, but only a complete, unfiltered run certifies (${scopeOf(results)}).`,
    };
  }
  return { ...decided, rule: `${decided.rule} (Partial run: ${scopeOf(results)}.)` };
}

/** Every verdict of a run, unsupported profiles included. */
export function allVerdicts(results: ConformanceResults): ProfileVerdict[] {
  const verdicts = results.profiles.map((p) => profileVerdict(results, p));
  for (const profile of results.unsupportedProfiles) {
    verdicts.push({
      profile,
      status: 'warn',
      word: 'NOT SUPPORTED',
      rule: 'The adapter does not offer this profile; nothing was certified.',
      grade: null,
      score: null,
    });
  }
  return verdicts;
}

/** What part of the corpus ran, in words. */
export function scopeOf(results: ConformanceResults): string {
  if (results.complete) return 'complete run';
  const parts: string[] = [];
  if (results.shard.count > 1) {
    parts.push(
      results.shard.index === 0
        ? `merged ${results.shard.count} shards, some missing`
        : `shard ${results.shard.index}/${results.shard.count}`,
    );
  }
  if (results.filter !== null) parts.push(`filter ${results.filter}`);
  return parts.length > 0 ? parts.join(', ') : 'partial run';
}

/** One line for the whole run: how many profiles are certified. */
export function headline(results: ConformanceResults): { status: Status; text: string } {
  const verdicts = allVerdicts(results);
  const certified = verdicts.filter((v) => v.status === 'pass').length;
  const total = verdicts.length;
  const status: Status =
    certified === total && total > 0 ? 'pass' : verdicts.some((v) => v.status === 'fail') ? 'fail' : 'warn';
  const scope = results.complete ? '' : ` (${scopeOf(results)}: not a certification)`;
  return {
    status,
    text: `${truncate(results.adapter.name, 80)}: certified for ${certified} of ${total} profiles${scope}`,
  };
}
