/**
 * The exact text the runtime compiles for a snippet. The snippet is the body of an async function;
 * the whole script is strict, so that code which closes the wrapper early (`}); ...; (function(){`)
 * still runs in strict mode inside the same hardened context: a wrapper break-out gains nothing.
 *
 * The scanner parses exactly this text, so what it sees is what the runtime runs.
 */
export const SNIPPET_PREFIX = '"use strict";(async function () {\n';

/** Closes the wrapper on its own line, so a trailing `// comment` in the snippet cannot swallow it. */
export const SNIPPET_SUFFIX = '\n})';

/** Lines the prefix adds before the snippet's first line: subtract it to report snippet lines. */
export const SNIPPET_LINE_OFFSET = 1;

/** Wraps a snippet exactly as the runtime compiles it. */
export function wrapSnippet(code: string): string {
  return SNIPPET_PREFIX + code + SNIPPET_SUFFIX;
}
