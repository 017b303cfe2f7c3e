/**
 * The stable error codes of sandproof. Every refusal or failure of an execution rejects with a `SandboxError`
 * (runtime/errors.ts) carrying one of these; a corpus expectation may list them; callers and tests branch on
 * the code, never on message text.
 */
export const ERROR_CODES = [
  'ERR_SECURITY_SCAN_FAILED',
  'ERR_TIMEOUT',
  'ERR_MEMORY_LIMIT',
  'ERR_SCRIPT_ERROR',
  'ERR_SYNTAX',
  'ERR_INVALID_REQUEST',
  'ERR_QUEUE_FULL',
  'ERR_RESULT_NOT_TRANSFERABLE',
  'ERR_DISPOSED',
  'ERR_INTERNAL',
] as const;

/** One of the stable error codes. */
export type SandboxErrorCode = (typeof ERROR_CODES)[number];

/** Whether `code` is one of the stable error codes. */
export function isErrorCode(code: unknown): code is SandboxErrorCode {
  return typeof code === 'string' && (ERROR_CODES as readonly string[]).includes(code);
}
