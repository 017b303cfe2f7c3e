/**
 * The scanner measured like a detector on the project's evaluation sets (`npm run scanner:eval` prints the
 * full tables): the evasive set must be refused or graded C or worse at >= 90% on every profile where it
 * must be refused; the business snippets never refused; the functions extracted from installed packages
 * refused at <= 1% (measured 0.8%: three functions that call `require` or use `Buffer`).
 */
import { readFileSync } from 'node:fs';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { BUSINESS_SET } from '../eval/business-set.js';
import { EVASIVE_SET } from '../eval/evasive-set.js';
import type { ScanProfileName } from '../scan-profile.js';
import { SecurityScanner } from '../security-scanner.js';

const PROFILES: readonly ScanProfileName[] = ['ultra-secure', 'high-security', 'tenant-isolated'];
const scanner = new SecurityScanner({ timeBudgetMs: 10_000 });
const library = JSON.parse(
  readFileSync(new URL('../eval/library-functions.json', import.meta.url), 'utf8'),
) as Array<{
  code: string;
}>;

test('evasive set: >= 90% refused or graded C or worse, per profile', () => {
  for (const profile of PROFILES) {
    const relevant = EVASIVE_SET.filter((e) => e.refuse.includes(profile));
    const caught = relevant.filter((e) => {
      const report = scanner.scanSync({ code: e.code, profile });
      return !report.secure || 'CDF'.includes(report.grade);
    });
    const rate = caught.length / relevant.length;
    assert.ok(rate >= 0.9, `${profile}: ${caught.length}/${relevant.length}`);
  }
});

test('evasive set: never graded A or B on a profile where it must be refused, beyond the measured misses', () => {
  let clean = 0;
  for (const e of EVASIVE_SET) {
    for (const profile of e.refuse) {
      const grade = scanner.scanSync({ code: e.code, profile }).grade;
      if (grade === 'A' || grade === 'B') clean++;
    }
  }
  // 8 of 241 (profile, snippet) pairs at the time of writing: Proxy get traps, Object.create with an
  // unknown key, reads two levels deep into a builtin's prototype.
  assert.ok(clean <= 12, `${clean} evasive pairs graded A or B`);
});

test('business snippets: none refused on any profile', () => {
  for (const code of BUSINESS_SET) {
    for (const profile of PROFILES) {
      assert.ok(scanner.scanSync({ code, profile }).secure, `${profile}: ${code}`);
    }
  }
});

test('library functions: at most 1% refused under ultra-secure', () => {
  const refused = library.filter((f) => !scanner.scanSync({ code: f.code, profile: 'ultra-secure' }).secure);
  assert.ok(refused.length <= Math.floor(library.length * 0.01), `${refused.length}/${library.length}`);
});

test('no scan throws on any set', () => {
  for (const code of [...EVASIVE_SET.map((e) => e.code), ...BUSINESS_SET, ...library.map((f) => f.code)]) {
    assert.type(scanner.scanSync({ code, profile: 'high-security' }).secure, 'boolean');
  }
});

test.run();
