/**
 * Whether a string reads as code an attacker would compile: it parses as a function body and contains a
 * top-level `return`/`throw`, or names something dangerous (`process`, `globalThis`, `this`, `eval`,
 * `Function`, `require`, `constructor`, `import`). Joined words ("user-profile", "hello world") are not
 * code: they either do not parse or name nothing dangerous. Bounded: strings over 4 KiB are not parsed.
 */
import { type AnyNode, parse, tokenizer } from 'acorn';

const DANGEROUS_WORDS = new Set([
  'process',
  'globalThis',
  'global',
  'self',
  'window',
  'this',
  'eval',
  'Function',
  'require',
  'constructor',
  'import',
  'prepareStackTrace',
]);
const MAX_CHARS = 4096;

/** True when `text` parses as a body with a top-level return/throw or a dangerous name. */
export function isCodeLike(text: string): boolean {
  if (text.length < 4 || text.length > MAX_CHARS) return false;
  let body: AnyNode[];
  try {
    body = parse(text, { ecmaVersion: 'latest', sourceType: 'script', allowReturnOutsideFunction: true })
      .body as AnyNode[];
  } catch {
    return false;
  }
  if (body.some((s) => s.type === 'ReturnStatement' || s.type === 'ThrowStatement')) return true;
  try {
    for (const token of tokenizer(text, { ecmaVersion: 'latest', allowReturnOutsideFunction: true })) {
      const value: unknown = (token as { value?: unknown }).value;
      if (typeof value === 'string' && DANGEROUS_WORDS.has(value) && token.type.label !== 'string')
        return true;
    }
  } catch {
    return false;
  }
  return false;
}
