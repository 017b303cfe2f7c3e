/**
 * Scoring and grading, as documented in `scanner/README.md`: start at 10, deduct once per distinct rule by
 * the severity of its worst finding, clamp to 0..10, grade by score, then cap: any critical finding caps the
 * grade at F and any high finding at D. `secure` is false on any critical or high finding, whatever the score.
 */
import type { Finding, Grade, Severity } from './types.js';

/** Points deducted per distinct rule, by the severity of its worst finding. */
export const SEVERITY_DEDUCTION: Readonly<Record<Severity, number>> = Object.freeze({
  critical: 10,
  high: 4,
  medium: 1.5,
  low: 0.5,
  info: 0,
});

/** Lowest score for each grade, best first. */
const GRADE_FLOORS: ReadonlyArray<readonly [Grade, number]> = [
  ['A', 9],
  ['B', 7.5],
  ['C', 6],
  ['D', 4],
];

const GRADE_ORDER: readonly Grade[] = ['A', 'B', 'C', 'D', 'F'];

/** The score, grade and verdict of a set of findings. */
export interface Verdict {
  readonly score: number;
  readonly grade: Grade;
  readonly secure: boolean;
}

/** Scores findings; see the module comment for the rules. */
export function scoreFindings(findings: readonly Finding[]): Verdict {
  const worstByRule = new Map<string, number>();
  for (const finding of findings) {
    const deduction = SEVERITY_DEDUCTION[finding.severity];
    worstByRule.set(finding.ruleId, Math.max(worstByRule.get(finding.ruleId) ?? 0, deduction));
  }
  let total = 0;
  for (const deduction of worstByRule.values()) total += deduction;
  const score = Math.round(Math.min(10, Math.max(0, 10 - total)) * 10) / 10;
  const critical = findings.some((f) => f.severity === 'critical');
  const high = findings.some((f) => f.severity === 'high');
  let grade = gradeForScore(score);
  if (critical) grade = 'F';
  else if (high) grade = worseGrade(grade, 'D');
  return { score, grade, secure: !critical && !high };
}

/** The grade a score earns before caps. */
export function gradeForScore(score: number): Grade {
  for (const [grade, floor] of GRADE_FLOORS) if (score >= floor) return grade;
  return 'F';
}

function worseGrade(a: Grade, b: Grade): Grade {
  return GRADE_ORDER.indexOf(a) >= GRADE_ORDER.indexOf(b) ? a : b;
}
