/**
 * The text the scanner parses for a snippet: the body of a strict async function, as the runtime
 * compiles it (the runtime hands the body alone to the AsyncFunction constructor inside the isolate,
 * where code that closes the function early is a SyntaxError; see runtime/guest/bootstrap-source.ts).
 * The scanner parses the wrapped text, so that such code is reported as a wrapper break-out.
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
