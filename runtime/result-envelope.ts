/**
 * The host side of the result envelope: the one JSON string an execution sends back (built inside the
 * isolate by guest/envelope-source.ts). Nothing in it is trusted: the host checks its size and nesting
 * before parsing, takes `syntax` (set by the runner alone, for a snippet that does not compile) as the only
 * way to `ERR_SYNTAX`, and applies the log bounds itself, so an envelope that passed them inside the isolate
 * still cannot carry more than `maxLogEntries` lines or `maxLogBytes` UTF-8 bytes.
 */
import { boundGuestText, SandboxError } from './errors.js';
import { MAX_RESULT_DEPTH } from './guest/envelope-source.js';
import { jsonDepth } from './json-depth.js';
import type { ExecutionOutput, OutputLimits } from './sandbox-isolate.js';

interface Envelope {
  ok: boolean;
  value?: unknown;
  logs?: unknown;
  dropped?: unknown;
  error?: { name?: unknown; message?: unknown };
  /** Set by the runner alone when the snippet does not compile. */
  syntax?: { name?: unknown; message?: unknown };
  notTransferable?: unknown;
}

const notTransferable = (why: string) =>
  new SandboxError('ERR_RESULT_NOT_TRANSFERABLE', `result not transferable: ${why}`);

/** Turns the guest's serialized envelope into a result or a SandboxError. Trusts nothing in it. */
export function decodeEnvelope(text: unknown, limits: OutputLimits): Omit<ExecutionOutput, 'metrics'> {
  if (typeof text !== 'string' || text.length > limits.maxResultBytes * 2 + 65_536) {
    throw notTransferable('the result could not be serialized');
  }
  // The envelope adds one level around the value.
  if (jsonDepth(text) > MAX_RESULT_DEPTH + 1) {
    throw notTransferable(`the result is nested deeper than ${MAX_RESULT_DEPTH} levels`);
  }
  let envelope: Envelope;
  try {
    envelope = JSON.parse(text) as Envelope;
  } catch {
    throw notTransferable('the result could not be serialized');
  }
  if (typeof envelope !== 'object' || envelope === null) {
    throw new SandboxError('ERR_INTERNAL', 'malformed execution envelope');
  }
  if (envelope.syntax !== undefined) throw syntaxError(envelope.syntax);
  if (envelope.notTransferable !== undefined) {
    throw notTransferable(boundGuestText(String(envelope.notTransferable)));
  }
  if (envelope.ok !== true) {
    const name = boundGuestText(String(envelope.error?.name ?? 'Error'), 100);
    const message = boundGuestText(String(envelope.error?.message ?? ''));
    throw new SandboxError('ERR_SCRIPT_ERROR', `${name}: ${message}`, { guestName: name });
  }
  // The guest bounds the ok envelope's UTF-8 size; checked again here, in the same bytes.
  if (text.length * 3 > limits.maxResultBytes && Buffer.byteLength(text, 'utf8') > limits.maxResultBytes) {
    throw notTransferable(`the result is larger than ${limits.maxResultBytes} bytes`);
  }
  const { logs, dropped } = boundLogs(envelope.logs, envelope.dropped, limits);
  return { value: envelope.value, logs, logsDropped: dropped };
}

/** The envelope's logs within the bounds; what does not fit is counted as dropped. */
function boundLogs(
  raw: unknown,
  rawDropped: unknown,
  limits: OutputLimits,
): { logs: string[]; dropped: number } {
  const lines = Array.isArray(raw) ? raw : [];
  let dropped =
    typeof rawDropped === 'number' && Number.isSafeInteger(rawDropped) && rawDropped > 0 ? rawDropped : 0;
  const logs: string[] = [];
  let bytes = 0;
  for (const line of lines) {
    const text = typeof line === 'string' ? line : String(line);
    const room = limits.maxLogBytes - bytes;
    // UTF-8 bytes, as documented; a line longer in UTF-16 units than the room is over it without counting.
    const size = text.length > room ? room + 1 : Buffer.byteLength(text, 'utf8');
    if (logs.length >= limits.maxLogEntries || size > room) {
      dropped++;
      continue;
    }
    bytes += size;
    logs.push(text);
  }
  return { logs, dropped };
}

/**
 * A snippet that does not compile. V8's parser reports nesting too deep for its stack as a RangeError:
 * still the guest's source.
 */
function syntaxError(error: { name?: unknown; message?: unknown }): SandboxError {
  const message = boundGuestText(String(error.message ?? ''));
  if (error.name === 'RangeError') {
    return new SandboxError(
      'ERR_SYNTAX',
      `the code is nested too deeply to compile (${boundGuestText(message, 100)})`,
    );
  }
  return new SandboxError('ERR_SYNTAX', `SyntaxError: ${message}`);
}
