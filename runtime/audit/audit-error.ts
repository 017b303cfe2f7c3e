/**
 * Stable codes carried by every {@link AuditError}. Tests and callers branch on these, never on messages.
 *
 * - `ERR_AUDIT_CORRUPT`: the file fails verification before its last record (tampering, or damage a crash
 *   cannot cause); the log refuses to extend a broken chain.
 * - `ERR_AUDIT_IO`: the file could not be read, written or synced. After a failed write or fsync the log is
 *   poisoned: the bytes on disk are unknown, so every later append fails too rather than risk a gap.
 * - `ERR_AUDIT_CLOSED`: `append` after `close`.
 * - `ERR_AUDIT_INVALID_ENTRY`: an entry whose fields have the wrong type (a caller bug; nothing is written).
 */
export type AuditErrorCode =
  | 'ERR_AUDIT_CORRUPT'
  | 'ERR_AUDIT_IO'
  | 'ERR_AUDIT_CLOSED'
  | 'ERR_AUDIT_INVALID_ENTRY';

/** Structured details attached to an {@link AuditError}, all optional. */
export interface AuditErrorDetails {
  /** 0-based line index of the first record that failed verification. */
  firstBadRecord?: number | null;
  /** Short machine-oriented reason, e.g. `'prevHash mismatch'`. */
  reason?: string;
  /** The underlying error, when one exists (an `fs` error for `ERR_AUDIT_IO`). */
  cause?: unknown;
}

/** The one error class of the audit area; `code` is stable, the message is for humans only. */
export class AuditError extends Error {
  override readonly name = 'AuditError';
  readonly code: AuditErrorCode;
  readonly firstBadRecord: number | null;
  readonly reason: string | undefined;

  constructor(code: AuditErrorCode, message: string, details: AuditErrorDetails = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.code = code;
    this.firstBadRecord = details.firstBadRecord ?? null;
    this.reason = details.reason;
  }
}
