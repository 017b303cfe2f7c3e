/**
 * Obfuscation density: jsfuck-style runs of `[]()!+`, long runs of `\xNN` / `\uNNNN` escapes, and long runs of
 * numeric char codes. These are heuristics in linear time (no regular expressions over the input), `medium`:
 * on their own they do not make a snippet insecure, but they lower its score and explain why the other
 * rules may have had less to see.
 */
import type { Rule, RuleContext } from '../rule.js';

/** A run of jsfuck characters this long (spaces ignored) is flagged. */
const JSFUCK_RUN = 48;
/** This many consecutive escape sequences are flagged. */
const ESCAPE_RUN = 24;
/** Above this share of jsfuck characters, a snippet of at least {@link DENSITY_MIN_LENGTH} is flagged. */
const DENSITY_SHARE = 0.5;
const DENSITY_MIN_LENGTH = 200;

/** Flags jsfuck density and long escape runs. */
export const obfuscationDensityRule: Rule = {
  meta: {
    id: 'obfuscation-density',
    description: 'jsfuck-style character density and long runs of string escapes.',
    severity: 'medium',
    profiles: 'all',
    falsePositives: 'Minified code with dense brackets; binary data written as escaped string literals.',
    falseNegatives: 'Obfuscation by other alphabets (identifier renaming, arithmetic); split runs.',
    recommendation: 'Submit readable source; encode data as JSON input rather than escaped strings.',
  },
  check(ctx) {
    checkJsfuck(ctx);
    checkEscapes(ctx);
  },
};

function isJsfuckChar(c: number): boolean {
  // [ ] ( ) ! +
  return c === 91 || c === 93 || c === 40 || c === 41 || c === 33 || c === 43;
}

function checkJsfuck(ctx: RuleContext): void {
  const text = ctx.text;
  let run = 0;
  let runStart = 0;
  let dense = 0;
  let significant = 0;
  let reported = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9 || c === 13) continue;
    significant++;
    if (isJsfuckChar(c)) {
      dense++;
      if (run++ === 0) runStart = i;
      if (run === JSFUCK_RUN && !reported) {
        ctx.report({ start: runStart }, `a run of ${JSFUCK_RUN}+ jsfuck characters ([]()!+)`);
        reported = true;
      }
    } else {
      run = 0;
    }
  }
  if (!reported && significant >= DENSITY_MIN_LENGTH && dense / significant > DENSITY_SHARE) {
    ctx.report({ start: 0 }, 'more than half of the source is jsfuck characters ([]()!+)');
  }
}

/** Length of the escape sequence at `i` (`\xNN`, `\uNNNN`, `\u{...}`), or 0. */
function escapeLength(text: string, i: number): number {
  if (text.charCodeAt(i) !== 92) return 0;
  const kind = text[i + 1];
  if (kind === 'x') return 4;
  if (kind !== 'u') return 0;
  if (text[i + 2] !== '{') return 6;
  const close = text.indexOf('}', i + 3);
  return close < 0 || close - i > 10 ? 0 : close - i + 1;
}

function checkEscapes(ctx: RuleContext): void {
  const text = ctx.text;
  let run = 0;
  let runStart = 0;
  let i = 0;
  while (i < text.length) {
    const length = escapeLength(text, i);
    if (length === 0) {
      run = 0;
      i++;
      continue;
    }
    if (run++ === 0) runStart = i;
    if (run === ESCAPE_RUN) {
      ctx.report({ start: runStart }, `a run of ${ESCAPE_RUN}+ consecutive string escapes`);
      return;
    }
    i += length;
  }
}
