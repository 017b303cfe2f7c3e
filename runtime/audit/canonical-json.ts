import { createHash } from 'node:crypto';

/**
 * Canonical JSON: `JSON.stringify` semantics (`toJSON` honoured, `undefined`/functions/symbols dropped from
 * objects and turned into `null` in arrays, non-finite numbers as `null`), but object keys are sorted by UTF-16
 * code units at every depth and there is no whitespace. Two values that are equal as JSON data therefore give
 * the same string, whatever order their keys were inserted in.
 *
 * Throws a `TypeError` on a cycle or a `BigInt`, as `JSON.stringify` does; a very deep value may throw a
 * `RangeError` (stack depth).
 */
export function canonicalJson(value: unknown): string {
  return serialize(value, '', new Set()) ?? 'null';
}

/** SHA-256 of a string's UTF-8 bytes, lowercase hex. */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * SHA-256 of an execution's code, lowercase hex; injective over JavaScript strings (up to SHA-256 collisions).
 * Well-formed code (no lone surrogate) hashes its UTF-8 bytes, exactly as before this function existed, so every
 * earlier record of such code still matches. UTF-8 cannot encode a lone surrogate (it would become U+FFFD, and
 * `'\uD800'` and `'\uD801'` would hash alike), so code with one hashes the byte 0xFF followed by its UTF-16LE
 * code units: 0xFF never occurs in UTF-8, so this tagged form cannot equal the encoding of any well-formed code,
 * and UTF-16LE keeps every code unit. (Before, such code hashed its UTF-8 with U+FFFD substituted; records of it
 * still verify, since the chain covers the hash as written, but their `codeSha256` cannot be recomputed.)
 */
export function hashCode(code: string): string {
  if ((code as WellFormedCheck).isWellFormed()) return sha256Hex(code);
  return createHash('sha256').update(CODE_UNITS_TAG).update(code, 'utf16le').digest('hex');
}

const CODE_UNITS_TAG = Uint8Array.of(0xff);

/** `String.prototype.isWellFormed` (ES2024, in every Node this runs on; the compiler's library predates it). */
type WellFormedCheck = string & { isWellFormed(): boolean };

/**
 * Hash of an execution's input over its canonical JSON; `null` when the input is `undefined`.
 *
 * Input the runtime refuses as non-JSON (a cycle, a `BigInt`, a stack-deep value) is still audited: its hash
 * is taken over a tagged marker (`\u0000unserializable:<type>`), which no canonical JSON text can equal, so the
 * record says "unserializable input of this type" without throwing and without losing the execution.
 */
export function hashInput(input: unknown): string | null {
  if (input === undefined) return null;
  try {
    return sha256Hex(canonicalJson(input));
  } catch {
    return sha256Hex(`\u0000unserializable:${typeof input}`);
  }
}

function serialize(raw: unknown, key: string, ancestors: Set<object>): string | undefined {
  const value = unwrap(raw, key);
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'number':
      return Number.isFinite(value) ? JSON.stringify(value) : 'null';
    case 'boolean':
      return value ? 'true' : 'false';
    case 'bigint':
      throw new TypeError('BigInt value cannot be serialized as JSON');
    case 'object':
      return value === null ? 'null' : serializeObject(value, ancestors);
    default:
      return undefined; // undefined, function, symbol: omitted, as JSON.stringify does
  }
}

function unwrap(value: unknown, key: string): unknown {
  let current = value;
  if (typeof current === 'object' && current !== null) {
    const toJSON = (current as { toJSON?: unknown }).toJSON;
    if (typeof toJSON === 'function') current = toJSON.call(current, key);
  }
  if (current instanceof Number || current instanceof String || current instanceof Boolean) {
    return current.valueOf();
  }
  return current;
}

function serializeObject(value: object, ancestors: Set<object>): string {
  if (ancestors.has(value)) throw new TypeError('Converting circular structure to JSON');
  ancestors.add(value);
  try {
    if (Array.isArray(value)) {
      const items = value.map((item, index) => serialize(item, String(index), ancestors) ?? 'null');
      return `[${items.join(',')}]`;
    }
    const record = value as Record<string, unknown>;
    const parts: string[] = [];
    for (const name of Object.keys(record).sort()) {
      const text = serialize(record[name], name, ancestors);
      if (text !== undefined) parts.push(`${JSON.stringify(name)}:${text}`);
    }
    return `{${parts.join(',')}}`;
  } finally {
    ancestors.delete(value);
  }
}
