/**
 * Constant folding over an allow-list of pure operations, so that keys and code hidden behind string
 * arithmetic and decoders are seen as what they are. Every operation is bounded by the folding limit and
 * never runs guest code or a guest-supplied regular expression. Anything outside the list is unknown.
 */
import { asKey, stringValue, UNKNOWN, type Value } from './value.js';

const MAX_ARRAY_ITEMS = 4096;

/** Folds `receiver.method(...args)` for string, array and number receivers. */
export function foldMethodCall(
  receiver: Value,
  method: string,
  args: readonly Value[],
  limit: number,
): Value {
  if (receiver.kind === 'string') return foldStringMethod(receiver.value, method, args, limit);
  if (receiver.kind === 'array') return foldArrayMethod(receiver.items, method, args, limit);
  if (receiver.kind === 'number' && method === 'toString') {
    const radix = args[0]?.kind === 'number' ? args[0].value : 10;
    if (!Number.isInteger(radix) || radix < 2 || radix > 36) return UNKNOWN;
    return stringValue(receiver.value.toString(radix), limit);
  }
  return UNKNOWN;
}

function numberArg(args: readonly Value[], index: number): number | undefined {
  const arg = args[index];
  return arg?.kind === 'number' ? arg.value : undefined;
}

function stringArg(args: readonly Value[], index: number): string | undefined {
  const arg = args[index];
  return arg ? asKey(arg) : undefined;
}

function foldStringMethod(text: string, method: string, args: readonly Value[], limit: number): Value {
  switch (method) {
    case 'toString':
    case 'valueOf':
    case 'normalize':
      return stringValue(text, limit);
    case 'toLowerCase':
      return stringValue(text.toLowerCase(), limit);
    case 'toUpperCase':
      return stringValue(text.toUpperCase(), limit);
    case 'trim':
      return stringValue(text.trim(), limit);
    case 'concat': {
      const parts = args.map(asKey);
      if (parts.some((p) => p === undefined)) return UNKNOWN;
      const total = parts.reduce((n, p) => n + (p as string).length, text.length);
      return total > limit ? UNKNOWN : stringValue(text + parts.join(''), limit);
    }
    case 'slice':
    case 'substring':
    case 'substr':
    case 'charAt':
    case 'at':
      return foldStringSlice(text, method, args, limit);
    case 'repeat': {
      const count = numberArg(args, 0);
      if (count === undefined || !Number.isInteger(count) || count < 0 || count * text.length > limit)
        return UNKNOWN;
      return stringValue(text.repeat(count), limit);
    }
    case 'split':
      return foldSplit(text, args, limit);
    case 'replace':
    case 'replaceAll': {
      const pattern = stringArg(args, 0);
      const replacement = stringArg(args, 1);
      if (pattern === undefined || replacement === undefined || args[0]?.kind !== 'string') return UNKNOWN;
      // Replacement patterns like `$&` are inert here: only plain strings reach this point, and the output bound holds.
      const out =
        method === 'replace'
          ? text.replace(pattern, () => replacement)
          : text.split(pattern).join(replacement);
      return stringValue(out, limit);
    }
    default:
      return UNKNOWN;
  }
}

function foldStringSlice(text: string, method: string, args: readonly Value[], limit: number): Value {
  const a = numberArg(args, 0);
  const b = numberArg(args, 1);
  if (args.length > 0 && a === undefined) return UNKNOWN;
  if (args.length > 1 && b === undefined) return UNKNOWN;
  switch (method) {
    case 'slice':
      return stringValue(text.slice(a, b), limit);
    case 'substring':
      return stringValue(text.substring(a ?? 0, b), limit);
    case 'substr':
      return stringValue(text.substr(a ?? 0, b), limit);
    case 'charAt':
      return stringValue(text.charAt(a ?? 0), limit);
    default: {
      const ch = text.at(a ?? 0);
      return ch === undefined ? UNKNOWN : stringValue(ch, limit);
    }
  }
}

function foldSplit(text: string, args: readonly Value[], limit: number): Value {
  const separator = stringArg(args, 0);
  if (separator === undefined) return UNKNOWN;
  const parts = text.split(separator);
  if (parts.length > MAX_ARRAY_ITEMS) return UNKNOWN;
  return { kind: 'array', items: parts.map((p) => stringValue(p, limit)) };
}

function foldArrayMethod(
  items: readonly Value[],
  method: string,
  args: readonly Value[],
  limit: number,
): Value {
  switch (method) {
    case 'reverse':
    case 'toReversed':
      return { kind: 'array', items: [...items].reverse() };
    case 'join': {
      const separator = args.length === 0 ? ',' : stringArg(args, 0);
      if (separator === undefined) return UNKNOWN;
      return joinItems(items, separator, limit);
    }
    case 'toString':
      return joinItems(items, ',', limit);
    case 'concat': {
      const more: Value[] = [];
      for (const arg of args) {
        if (arg.kind === 'array') more.push(...arg.items);
        else more.push(arg);
      }
      return items.length + more.length > MAX_ARRAY_ITEMS
        ? UNKNOWN
        : { kind: 'array', items: [...items, ...more] };
    }
    default:
      return UNKNOWN;
  }
}

function joinItems(items: readonly Value[], separator: string, limit: number): Value {
  const parts: string[] = [];
  let size = 0;
  for (const item of items) {
    const part = asKey(item);
    if (part === undefined) return UNKNOWN;
    size += part.length + separator.length;
    if (size > limit + separator.length) return UNKNOWN;
    parts.push(part);
  }
  return stringValue(parts.join(separator), limit);
}

/** Folds the decoders and character builders reached as globals or global members; unknown otherwise. */
export function foldDecoder(name: string, args: readonly Value[], limit: number): Value {
  switch (name) {
    case 'String.fromCharCode':
    case 'String.fromCodePoint':
      return foldFromCharCodes(name, args, limit);
    case 'atob':
      return decodeBase64(stringArg(args, 0), 'latin1', limit);
    case 'Buffer.from':
      return decodeBuffer(stringArg(args, 0), stringArg(args, 1) ?? 'utf8', limit);
    case 'unescape':
    case 'decodeURIComponent':
    case 'decodeURI':
      return decodeUri(name, stringArg(args, 0), limit);
    case 'String': {
      const text = stringArg(args, 0);
      return text === undefined ? UNKNOWN : stringValue(text, limit);
    }
    default:
      return UNKNOWN;
  }
}

function foldFromCharCodes(name: string, args: readonly Value[], limit: number): Value {
  const codes: number[] = [];
  for (const arg of args) {
    const items = arg.kind === 'array' ? arg.items : [arg];
    for (const item of items) {
      const code =
        item.kind === 'number' ? item.value : item.kind === 'string' ? Number(item.value) : Number.NaN;
      if (!Number.isFinite(code)) return UNKNOWN;
      codes.push(code);
    }
    if (codes.length > limit) return UNKNOWN;
  }
  if (name === 'String.fromCharCode') return stringValue(String.fromCharCode(...codes), limit);
  if (codes.some((c) => !Number.isInteger(c) || c < 0 || c > 0x10ffff)) return UNKNOWN;
  return stringValue(String.fromCodePoint(...codes), limit);
}

function decodeBase64(text: string | undefined, output: 'latin1' | 'utf8', limit: number): Value {
  if (text === undefined || text.length > limit * 2) return UNKNOWN;
  return stringValue(Buffer.from(text, 'base64').toString(output), limit);
}

function decodeBuffer(text: string | undefined, encoding: string, limit: number): Value {
  if (text === undefined || text.length > limit * 4) return UNKNOWN;
  if (encoding === 'hex' || encoding === 'base64' || encoding === 'base64url' || encoding === 'latin1') {
    return stringValue(Buffer.from(text, encoding).toString('utf8'), limit);
  }
  return encoding === 'utf8' || encoding === 'utf-8' ? stringValue(text, limit) : UNKNOWN;
}

function decodeUri(name: string, text: string | undefined, limit: number): Value {
  if (text === undefined || text.length > limit * 3) return UNKNOWN;
  try {
    const decoded =
      name === 'unescape'
        ? unescape(text)
        : name === 'decodeURI'
          ? decodeURI(text)
          : decodeURIComponent(text);
    return stringValue(decoded, limit);
  } catch {
    return UNKNOWN;
  }
}

/** Folds binary arithmetic and concatenation on constants (jsfuck-style `99+1` char codes included). */
export function foldBinary(operator: string, left: Value, right: Value, limit: number): Value {
  if (operator === '+' && (left.kind === 'string' || right.kind === 'string')) {
    const a = asKey(left);
    const b = asKey(right);
    if (a === undefined || b === undefined || a.length + b.length > limit) return UNKNOWN;
    return stringValue(a + b, limit);
  }
  if (left.kind !== 'number' || right.kind !== 'number') return UNKNOWN;
  const x = left.value;
  const y = right.value;
  const result = ARITHMETIC[operator]?.(x, y);
  return result === undefined ? UNKNOWN : { kind: 'number', value: result };
}

const ARITHMETIC: Record<string, (x: number, y: number) => number> = {
  '+': (x, y) => x + y,
  '-': (x, y) => x - y,
  '*': (x, y) => x * y,
  '/': (x, y) => x / y,
  '%': (x, y) => x % y,
  '|': (x, y) => x | y,
  '&': (x, y) => x & y,
  '^': (x, y) => x ^ y,
  '<<': (x, y) => x << y,
  '>>': (x, y) => x >> y,
};
