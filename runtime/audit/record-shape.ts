import type { AuditEntry, AuditRecord } from './audit-record.js';
import { RECORD_FIELDS } from './audit-record.js';

/** A field check: returns true when the value has the field's type. */
type FieldCheck = (value: unknown) => boolean;

const HEX64 = /^[0-9a-f]{64}$/;
const isString: FieldCheck = (v) => typeof v === 'string';
const isHash: FieldCheck = (v) => typeof v === 'string' && HEX64.test(v);
const isFiniteNumber: FieldCheck = (v) => typeof v === 'number' && Number.isFinite(v);
const nullable =
  (check: FieldCheck): FieldCheck =>
  (v) =>
    v === null || check(v);

/** Field checks shared by records and entries (everything a caller supplies except `code` and `input`). */
const ENTRY_CHECKS: Record<string, FieldCheck> = {
  executionId: isString,
  tenantId: isString,
  profile: isString,
  startedAt: isString,
  wallMs: isFiniteNumber,
  cpuMs: nullable(isFiniteNumber),
  outcome: (v) => v === 'ok' || v === 'error',
  errorCode: nullable(isString),
  scanScore: nullable(isFiniteNumber),
  scanSecure: nullable((v) => typeof v === 'boolean'),
};

const RECORD_CHECKS: Record<string, FieldCheck> = {
  ...ENTRY_CHECKS,
  seq: (v) => Number.isSafeInteger(v) && (v as number) >= 0,
  codeSha256: isHash,
  inputSha256: nullable(isHash),
  code: isString,
  prevHash: isHash,
  hash: isHash,
};

const RECORD_KEYS = new Set<string>([...RECORD_FIELDS, 'hash']);

/**
 * Checks that a parsed line has exactly the record's fields with the record's types. Returns `null` when it
 * does, or a short reason. Byte-exactness (key order, escapes) is checked separately by the verifier.
 */
export function recordShapeProblem(value: unknown): string | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'not a JSON object';
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!RECORD_KEYS.has(key)) return `unexpected field ${JSON.stringify(key.slice(0, 40))}`;
  }
  for (const [field, check] of Object.entries(RECORD_CHECKS)) {
    if (field === 'code' && !('code' in record)) continue;
    if (!check(record[field])) return `bad field ${field}`;
  }
  return null;
}

/** Narrowing helper over {@link recordShapeProblem}. */
export function isAuditRecord(value: unknown): value is AuditRecord {
  return recordShapeProblem(value) === null;
}

/** Checks an entry before it is sealed; returns `null` when valid, or the name of the first bad field. */
export function entryProblem(entry: AuditEntry): string | null {
  if (typeof entry !== 'object' || entry === null) return 'entry';
  const fields = entry as unknown as Record<string, unknown>;
  if (typeof fields.code !== 'string') return 'code';
  for (const [field, check] of Object.entries(ENTRY_CHECKS)) {
    if (!check(fields[field])) return field;
  }
  return null;
}
