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

const ACTIVE_TYPES = new Set([
  'CallExpression',
  'NewExpression',
  'MemberExpression',
  'TaggedTemplateExpression',
  'AssignmentExpression',
  'ImportExpression',
  'WithStatement',
  'UnaryExpression',
]);

/**
 * Whether `text`, parsed as a sloppy body, does something: calls, constructs, reads a member, assigns,
 * imports (or is `with`/`delete`/`typeof`). Joined words (`"process-data"`, `"eval or not"`) are operators
 * over names, not code. Unparseable text is not code.
 */
export function doesSomething(text: string): boolean {
  if (text.length > 64 * MAX_CHARS) return true;
  let program: AnyNode;
  try {
    program = parse(text, {
      ecmaVersion: 'latest',
      sourceType: 'script',
      allowReturnOutsideFunction: true,
    }) as AnyNode;
  } catch {
    return false;
  }
  const stack: unknown[] = [program];
  while (stack.length > 0) {
    const node = stack.pop();
    if (!node || typeof node !== 'object') continue;
    if (Array.isArray(node)) {
      stack.push(...node);
      continue;
    }
    const type = (node as { type?: unknown }).type;
    if (typeof type !== 'string') continue;
    if (ACTIVE_TYPES.has(type)) return true;
    for (const [key, value] of Object.entries(node)) {
      if (key !== 'loc' && value && typeof value === 'object') stack.push(value);
    }
  }
  return false;
}
