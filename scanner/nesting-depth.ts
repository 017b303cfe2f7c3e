/**
 * A linear pre-check of bracket nesting, run before parsing. acorn parses recursively (and turns a stack
 * overflow into a "Not enough stack space" SyntaxError), so very deep input is refused here first, in one
 * pass and constant stack, whatever its size.
 *
 * The lexer skips strings, comments, template text and (heuristically) regular expression literals, so
 * brackets inside them do not count. The regex heuristic can misjudge `/` after `)` (`if (x) /re/.test(s)`):
 * the count is then off for the rest of the line at worst. A miscount either refuses some odd benign input
 * (fail closed) or lets deep input through to acorn, whose own stack guard is reported the same way.
 */

/** After these characters a `/` starts a regular expression rather than a division. */
const REGEX_PRECEDERS = new Set([...'(,=:[!&|?{};~^+-*%<>']);
const REGEX_KEYWORDS = new Set([
  'return',
  'typeof',
  'case',
  'do',
  'else',
  'in',
  'of',
  'new',
  'delete',
  'void',
  'throw',
  'yield',
  'await',
  'instanceof',
]);

/** Returns the deepest bracket nesting of `source`, stopping early once it exceeds `limit`. */
export function measureNestingDepth(source: string, limit: number): number {
  let depth = 0;
  let max = 0;
  // Brace depths at which an enclosing template literal resumes (`${ ... }` closes back into the template).
  const templateResume: number[] = [];
  // The last significant character, kept as a code on the fast path and turned into a string lazily.
  let lastSignificantCode = -1;
  let lastWordEnd = -1;
  let i = 0;
  const n = source.length;
  while (i < n) {
    const code = source.charCodeAt(i);
    // Fast path: most characters are neither brackets, quotes, slashes, backticks nor spaces.
    if (isPlain(code)) {
      lastSignificantCode = code;
      if (isWordCode(code)) lastWordEnd = i + 1;
      i++;
      continue;
    }
    const ch = source[i] as string;
    if (ch === '/' && source[i + 1] === '/') {
      i = skipUntilLineEnd(source, i + 2);
      continue;
    }
    if (ch === '/' && source[i + 1] === '*') {
      const end = source.indexOf('*/', i + 2);
      i = end < 0 ? n : end + 2;
      continue;
    }
    if (ch === '"' || ch === "'") {
      i = skipQuoted(source, i + 1, ch);
      lastSignificantCode = ch.charCodeAt(0);
      continue;
    }
    if (ch === '`' || (ch === '}' && templateResume.at(-1) === depth)) {
      if (ch === '}') {
        templateResume.pop();
        depth--;
      }
      const stop = skipTemplateText(source, i + 1);
      i = stop.next;
      if (stop.opensExpression) {
        depth++;
        templateResume.push(depth);
        if (depth > max) max = depth;
        if (max > limit) return max;
      }
      lastSignificantCode = 96;
      continue;
    }
    if (ch === '/' && startsRegex(source, lastSignificantCode, lastWordEnd, i)) {
      i = skipRegex(source, i + 1);
      lastSignificantCode = 47;
      continue;
    }
    if (ch === '(' || ch === '[' || ch === '{') {
      depth++;
      if (depth > max) max = depth;
      if (max > limit) return max;
    } else if (ch === ')' || ch === ']' || ch === '}') {
      if (depth > 0) depth--;
    }
    if (!isSpace(ch)) {
      if (isWordChar(ch)) lastWordEnd = i + 1;
      lastSignificantCode = code;
    }
    i++;
  }
  return max;
}

/** Characters with no meaning to this lexer beyond being significant: letters, digits, most punctuation. */
function isPlain(code: number): boolean {
  return (
    (code >= 48 && code <= 57) ||
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) ||
    code === 95 ||
    code === 36 ||
    code === 46 ||
    code === 44 ||
    code === 59 ||
    code === 61
  );
}

function isWordCode(code: number): boolean {
  return (
    (code >= 48 && code <= 57) ||
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) ||
    code === 95 ||
    code === 36
  );
}

function isSpace(ch: string): boolean {
  return ch === ' ' || ch === '\n' || ch === '\t' || ch === '\r' || ch === '\u2028' || ch === '\u2029';
}

function isWordChar(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || ch === '_' || ch === '$';
}

function startsRegex(source: string, lastCode: number, lastWordEnd: number, at: number): boolean {
  const lastSignificant = lastCode < 0 ? '' : String.fromCharCode(lastCode);
  if (lastSignificant === '' || REGEX_PRECEDERS.has(lastSignificant)) return true;
  if (!isWordChar(lastSignificant)) return false;
  // A keyword such as `return` directly before the slash also starts a regex.
  let start = lastWordEnd;
  while (start > 0 && isWordChar(source[start - 1] as string)) start--;
  return lastWordEnd <= at && REGEX_KEYWORDS.has(source.slice(start, lastWordEnd));
}

function skipUntilLineEnd(source: string, from: number): number {
  let i = from;
  while (i < source.length) {
    const ch = source[i];
    if (ch === '\n' || ch === '\r' || ch === '\u2028' || ch === '\u2029') return i;
    i++;
  }
  return i;
}

function skipQuoted(source: string, from: number, quote: string): number {
  let i = from;
  while (i < source.length) {
    const ch = source[i];
    if (ch === '\\') i += 2;
    else if (ch === quote || ch === '\n') return i + 1;
    else i++;
  }
  return i;
}

function skipTemplateText(source: string, from: number): { next: number; opensExpression: boolean } {
  let i = from;
  while (i < source.length) {
    const ch = source[i];
    if (ch === '\\') i += 2;
    else if (ch === '`') return { next: i + 1, opensExpression: false };
    else if (ch === '$' && source[i + 1] === '{') return { next: i + 2, opensExpression: true };
    else i++;
  }
  return { next: i, opensExpression: false };
}

function skipRegex(source: string, from: number): number {
  let i = from;
  let inClass = false;
  while (i < source.length) {
    const ch = source[i];
    if (ch === '\\') {
      i += 2;
      continue;
    }
    if (ch === '\n') return i;
    if (ch === '[') inClass = true;
    else if (ch === ']') inClass = false;
    else if (ch === '/' && !inClass) return i + 1;
    i++;
  }
  return i;
}
