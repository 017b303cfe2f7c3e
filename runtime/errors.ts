import type { SandboxErrorCode } from '../contract/index.js';
import { escapeControlText } from './terminal-text.js';

export { ERROR_CODES, type SandboxErrorCode } from '../contract/index.js';

/** Longest guest-provided text (error name or message) a SandboxError carries. */
const MAX_GUEST_TEXT = 500;

/** Structured details a SandboxError may carry besides its code. */
export interface SandboxErrorDetails {
  /** The request field at fault, for `ERR_INVALID_REQUEST`. */
  field?: string;
  /** The guest error's `name` (bounded), for `ERR_SCRIPT_ERROR`. */
  guestName?: string;
  /** The scan report, for `ERR_SECURITY_SCAN_FAILED`. */
  report?: unknown;
  /** The execution this error ended, when one had started. */
  executionId?: string;
}

/**
 * The one error class of the runtime. Its `stack` never holds host frames of the sandbox internals:
 * the constructor trims it to the message line, so nothing about the host's files leaks through a
 * caller that forwards errors to tenants.
 */
export class SandboxError extends Error {
  readonly code: SandboxErrorCode;
  readonly field: string | undefined;
  readonly guestName: string | undefined;
  readonly report: unknown;
  executionId: string | undefined;

  constructor(code: SandboxErrorCode, message: string, details: SandboxErrorDetails = {}) {
    super(message);
    this.name = 'SandboxError';
    this.code = code;
    this.field = details.field;
    this.guestName = details.guestName;
    this.report = details.report;
    this.executionId = details.executionId;
    this.stack = `SandboxError [${code}]: ${message}`;
  }
}

/**
 * Bounds guest-provided text before it goes into an error message or a log, and writes its control and
 * bidi-override characters as `\uXXXX` (terminal-text.ts): a message is one line a host may print or log.
 */
export function boundGuestText(text: string, max = MAX_GUEST_TEXT): string {
  const bounded =
    text.length <= max ? text : `${text.slice(0, max)}... (${text.length - max} more characters)`;
  return escapeControlText(bounded);
}

/** True when `value` is a SandboxError (also across copies of this module). */
export function isSandboxError(value: unknown): value is SandboxError {
  return value instanceof SandboxError;
}
