/** The verdict shown for each profile follows the certification rule, and a partial run never certifies. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { conformanceBadge } from '../badge.js';
import { allVerdicts, headline, profileVerdict } from '../conformance-verdict.js';
import { nodeVmResults, referenceResults } from './fixtures.js';

test('a complete clean profile is CERTIFIED, with the rule that decided', () => {
  const results = referenceResults();
  const p = results.profiles.find((x) => x.profile === 'ultra-secure')!;
  const v = profileVerdict(results, p);
  assert.is(v.status, 'pass');
  assert.is(v.word, 'CERTIFIED');
  assert.is(v.grade, p.grade);
});

test('blocking failures fail certification', () => {
  const results = referenceResults();
  const p = results.profiles.find((x) => x.profile === 'tenant-isolated')!;
  assert.ok(p.blockingFailures > 0, 'fixture has blocking failures');
  const v = profileVerdict(results, p);
  assert.is(v.status, 'fail');
  assert.is(v.word, 'NOT CERTIFIED');
});

test('an escape fails certification even when nothing else failed', () => {
  const results = referenceResults();
  const p = { ...results.profiles[0]!, escapes: 1, blockingFailures: 1, certified: false };
  assert.is(profileVerdict(results, p).status, 'fail');
  assert.match(profileVerdict(results, p).rule, /escape/);
});

test('a clean profile in a partial run is PARTIAL RUN, not certified', () => {
  const results = { ...referenceResults(), complete: false, filter: '^cg-' };
  const v = profileVerdict(results, results.profiles[0]!);
  assert.is(v.status, 'warn');
  assert.is(v.word, 'PARTIAL RUN');
  assert.is(conformanceBadge(results).message, 'partial run');
});

test('a profile with no run is never certified', () => {
  const results = referenceResults();
  const p = { ...results.profiles[0]!, runs: 0, samples: 0, failed: 0, escapes: 0, blockingFailures: 0 };
  assert.is.not(profileVerdict(results, p).status, 'pass');
});

test('unsupported profiles get their own tile', () => {
  const results = { ...referenceResults(), unsupportedProfiles: ['tenant-isolated'] };
  const last = allVerdicts(results).at(-1)!;
  assert.is(last.word, 'NOT SUPPORTED');
  assert.is(last.grade, null);
});

test('headline and badge count certified profiles', () => {
  assert.is(headline(referenceResults()).status, 'fail');
  assert.is(conformanceBadge(referenceResults()).message, 'certified 2/3');
  assert.is(conformanceBadge({ ...nodeVmResults(), complete: true }).message, 'not certified');
  const clean = referenceResults();
  clean.profiles = clean.profiles.filter((p) => p.certified);
  assert.equal(conformanceBadge(clean), { label: 'sandproof', message: 'certified A', color: 'brightgreen' });
});

test.run();
