/**
 * The one error of a command line that cannot be run as written: an unknown option, a missing value, a
 * value out of range. A command catches it, prints the message and its usage, and exits 2.
 */
export class UsageError extends Error {
  readonly code = 'ERR_USAGE';

  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** True when `value` is a {@link UsageError}. */
export function isUsageError(value: unknown): value is UsageError {
  return value instanceof UsageError;
}
