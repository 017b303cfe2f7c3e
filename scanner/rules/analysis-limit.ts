/**
 * The resolver's depth cap fails closed: when some resolution was cut short (a chain of values nested
 * deeper than the cap even after references were resolved in source order), the scanner cannot say what a
 * value is, and reports that uncertainty instead of treating the value as harmless. Runs last, so that the
 * resolutions of every other rule count.
 */
import type { Rule } from '../rule.js';

/** Flags scans whose value resolution hit the depth cap. */
export const analysisLimitRule: Rule = {
  meta: {
    id: 'analysis-limit',
    description: 'Value resolution nested deeper than the resolver follows; what some values are is unknown.',
    severity: 'high',
    profiles: 'all',
    falsePositives: 'Benign code whose values nest hundreds of levels deep (one expression built of others).',
    falseNegatives: 'None: the cap itself is reported.',
    recommendation: 'Flatten deeply nested expressions and alias chains.',
  },
  check(ctx) {
    if (ctx.values.limitHit) {
      ctx.report(ctx.index.program, 'value resolution hit its depth cap; some values could not be resolved');
    }
  },
};
