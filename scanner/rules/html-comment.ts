/**
 * Annex B HTML-like comments (`<!--` anywhere, `-->` at the start of a line). acorn and V8 accept them in
 * scripts as line comments, so `x <!-- y` hides `y` from a naive text scanner and means something else in a
 * module. Detected from the parser's own comment callback, so strings and regexes cannot fake one.
 */
import type { Rule } from '../rule.js';

/** Flags every HTML-like comment. */
export const htmlCommentRule: Rule = {
  meta: {
    id: 'html-comment',
    description: 'Annex B HTML-like comments (<!-- and -->), which hide code from text-based tools.',
    severity: 'high',
    profiles: 'all',
    falsePositives:
      'None in code written for a sandbox; `a <!--b` as "a less than not decremented b" is a comment.',
    falseNegatives: 'None: the parser reports each one.',
    recommendation: 'Use `//` or `/* */` comments.',
  },
  check(ctx) {
    for (const comment of ctx.htmlComments) {
      ctx.report(comment, 'HTML-like comment: its meaning differs between scripts and modules');
    }
  },
};
