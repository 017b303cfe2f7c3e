/**
 * ESLint-style rule tests: `valid` snippets must produce no finding of the rule under the listed profiles
 * (default: all three), `invalid` snippets must produce at least one under theirs (default: ultra-secure).
 * The `valid` list is the rule's false-positive guard.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { ScanProfileName } from '../scan-profile.js';
import { SecurityScanner } from '../security-scanner.js';

/** A test case: a snippet, optionally with the profiles it is checked under. */
export type RuleCase = string | { readonly code: string; readonly profiles: readonly ScanProfileName[] };

const ALL: readonly ScanProfileName[] = ['ultra-secure', 'high-security', 'tenant-isolated'];
const scanner = new SecurityScanner({ timeBudgetMs: 5_000 });

/** The rule ids a snippet produces under a profile. */
export function ruleIds(code: string, profile: ScanProfileName): string[] {
  return scanner.scanSync({ code, profile }).findings.map((f) => f.ruleId);
}

/** Registers the valid and invalid cases of one rule and runs them. */
export function ruleTests(ruleId: string, cases: { valid: RuleCase[]; invalid: RuleCase[] }): void {
  cases.valid.forEach((c, i) => {
    const { code, profiles } = typeof c === 'string' ? { code: c, profiles: ALL } : c;
    test(`${ruleId} valid #${i}`, () => {
      for (const profile of profiles) {
        assert.not.ok(ruleIds(code, profile).includes(ruleId), `${profile}: ${code}`);
      }
    });
  });
  cases.invalid.forEach((c, i) => {
    const { code, profiles } = typeof c === 'string' ? { code: c, profiles: ['ultra-secure' as const] } : c;
    test(`${ruleId} invalid #${i}`, () => {
      for (const profile of profiles) {
        assert.ok(ruleIds(code, profile).includes(ruleId), `${profile}: ${code}`);
      }
    });
  });
  test.run();
}
