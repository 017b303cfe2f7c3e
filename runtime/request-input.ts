/**
 * The request's `input`, read once into a copy of plain data and encoded as JSON. The caller's value may be
 * hostile (a Proxy whose traps throw or answer differently each time, getters, `toJSON`, cycles, a graph
 * that shares nodes so that its JSON is exponentially long, an array whose `length` is 2^32 - 1): every
 * way of failing is `ERR_INVALID_REQUEST` naming the path at fault, and the work done here is bounded by
 * `maxInputBytes`, never by the value.
 *
 * - Each own property is read once, by its descriptor: an accessor is refused without being called, and a
 *   Proxy trap runs at most once per property (ownKeys and getPrototypeOf once per object). Whatever a
 *   trap throws is the caller's bad request. Nothing reads the caller's value again afterwards: the JSON
 *   and the audit hash are made from the copy.
 * - No method of the value is called: no `toJSON`, no `valueOf`, no iterator.
 * - The walk counts a lower bound of the JSON's length as it goes and stops once that passes the limit.
 */
import { SandboxError } from './errors.js';

/** Deepest nesting accepted in `input`: a bound on the work of copying it. */
const MAX_INPUT_DEPTH = 64;

/** A copy of the caller's input (plain objects and arrays) and its JSON text. */
export interface ReadInput {
  copy: unknown;
  json: string;
}

function bad(field: string, why: string): SandboxError {
  return new SandboxError('ERR_INVALID_REQUEST', `invalid request: ${field} ${why}`, { field });
}

function badAt(path: Path, why: string): SandboxError {
  return bad(pathText(path), why);
}

const UNREADABLE = 'could not be read (a proxy trap or getter threw)';

/** Runs one read of the caller's value; a throw from a trap is the caller's bad request at `path`. */
function read<T>(path: Path, action: () => T): T {
  try {
    return action();
  } catch (error) {
    if (error instanceof SandboxError) throw error;
    throw badAt(path, UNREADABLE);
  }
}

/**
 * Where a value sits in the input, as a chain of keys: made into text only when a refusal names it, so a
 * valid input costs no string per value. Keys are written so that the caller's text cannot forge the
 * path's shape (`input["a.b"]`, not `input.a.b`).
 */
interface Path {
  readonly parent: Path | null;
  readonly key: string | number;
}

const ROOT: Path = { parent: null, key: 'input' };
const IDENTIFIER = /^[A-Za-z_$][\w$]{0,63}$/;

function at(parent: Path, key: string | number): Path {
  return { parent, key };
}

function pathText(path: Path): string {
  if (path.parent === null) return String(path.key);
  const parent = pathText(path.parent);
  const { key } = path;
  if (typeof key === 'number') return `${parent}[${key}]`;
  return IDENTIFIER.test(key) ? `${parent}.${key}` : `${parent}[${JSON.stringify(key.slice(0, 64))}]`;
}

class InputReader {
  /** A lower bound of the JSON's length so far (characters; its UTF-8 bytes are at least as many). */
  private length = 0;
  private readonly ancestors = new Set<object>();

  constructor(private readonly maxBytes: number) {}

  private count(chars: number): void {
    this.length += chars;
    if (this.length > this.maxBytes) throw bad('input', `is larger than ${this.maxBytes} bytes`);
  }

  value(value: unknown, path: Path, depth: number): unknown {
    if (value === null) {
      this.count(4);
      return null;
    }
    switch (typeof value) {
      case 'string':
        this.count(value.length + 2);
        return value;
      case 'boolean':
        this.count(value ? 4 : 5);
        return value;
      case 'number':
        if (!Number.isFinite(value)) throw badAt(path, 'is a non-finite number');
        this.count(1); // a lower bound: writing each number out only to count it would double the cost
        return value;
      case 'object':
        return this.object(value, path, depth);
      default:
        throw badAt(path, `is ${value === undefined ? 'undefined' : `a ${typeof value}`}, not JSON data`);
    }
  }

  private object(value: object, path: Path, depth: number): unknown {
    if (depth > MAX_INPUT_DEPTH) throw badAt(path, `is nested deeper than ${MAX_INPUT_DEPTH} levels`);
    if (this.ancestors.has(value)) throw badAt(path, 'contains a cycle');
    this.ancestors.add(value);
    try {
      return read(path, () => Array.isArray(value))
        ? this.array(value as unknown[], path, depth)
        : this.record(value, path, depth);
    } finally {
      this.ancestors.delete(value);
    }
  }

  /** An own data property, read by its descriptor (an accessor is never called); `undefined` when absent. */
  private own(value: object, key: string, path: Path): PropertyDescriptor | undefined {
    let descriptor: PropertyDescriptor | undefined;
    try {
      descriptor = Reflect.getOwnPropertyDescriptor(value, key);
    } catch {
      throw badAt(path, UNREADABLE);
    }
    if (descriptor !== undefined && !('value' in descriptor)) throw badAt(path, 'is an accessor');
    return descriptor;
  }

  private array(value: unknown[], path: Path, depth: number): unknown[] {
    const lengthPath = at(path, 'length');
    const length = this.own(value, 'length', lengthPath)?.value;
    if (typeof length !== 'number' || !Number.isSafeInteger(length) || length < 0)
      throw badAt(lengthPath, 'is not an array length');
    this.count(2 + Math.max(0, length - 1));
    const copy: unknown[] = [];
    for (let index = 0; index < length; index++) {
      const itemPath = at(path, index);
      // A hole is `null` in JSON, as JSON.stringify writes it.
      const item = this.own(value, String(index), itemPath);
      copy.push(this.value(item === undefined ? null : item.value, itemPath, depth + 1));
    }
    return copy;
  }

  private record(value: object, path: Path, depth: number): Record<string, unknown> {
    const proto = read(path, () => Reflect.getPrototypeOf(value));
    if (proto !== Object.prototype && proto !== null)
      throw badAt(path, 'contains an object that is not plain data');
    const keys = read(path, () => Reflect.ownKeys(value));
    this.count(2);
    const copy: Record<string, unknown> = {};
    let first = true;
    for (const key of keys) {
      if (typeof key !== 'string') continue; // JSON has no symbol keys
      const keyPath = at(path, key);
      const descriptor = this.own(value, key, keyPath);
      if (descriptor === undefined || descriptor.enumerable !== true) continue; // as Object.keys skips it
      this.count(key.length + 3 + (first ? 0 : 1));
      first = false;
      const item = this.value(descriptor.value, keyPath, depth + 1);
      // An own `__proto__` stays data: assigned, it would set the copy's prototype.
      if (key === '__proto__')
        Object.defineProperty(copy, key, {
          value: item,
          enumerable: true,
          writable: true,
          configurable: true,
        });
      else copy[key] = item;
    }
    return copy;
  }
}

/**
 * Reads and encodes `input` (see the file comment); `undefined` when the request has no input.
 * Throws `ERR_INVALID_REQUEST` for anything that is not JSON data or is larger than `maxBytes` as JSON.
 */
export function readInput(input: unknown, maxBytes: number): ReadInput | undefined {
  if (input === undefined) return undefined;
  const copy = new InputReader(maxBytes).value(input, ROOT, 0);
  const json = JSON.stringify(copy);
  if (Buffer.byteLength(json) > maxBytes) throw bad('input', `is larger than ${maxBytes} bytes`);
  return { copy, json };
}
