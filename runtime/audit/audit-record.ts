import { sha256Hex } from './canonical-json.js';

/**
 * One line of the audit log: what ran, for whom, under which profile, how it ended, and its place in the
 * SHA-256 hash chain. The code and input appear only as hashes unless the log was opened with `includeCode`.
 */
export interface AuditRecord {
  /** 0, 1, 2 ... equal to the record's 0-based line index, continuous across restarts of the same file. */
  seq: number;
  executionId: string;
  tenantId: string;
  profile: string;
  /** SHA-256 hex of the code's UTF-8 bytes. */
  codeSha256: string;
  /** SHA-256 hex of the input's canonical JSON; `null` when there was no input. */
  inputSha256: string | null;
  /** The code itself, present only when the log was opened with `includeCode: true`. */
  code?: string;
  /** ISO 8601 start time. */
  startedAt: string;
  wallMs: number;
  cpuMs: number | null;
  outcome: 'ok' | 'error';
  /** The `SandboxError` code, e.g. `'ERR_TIMEOUT'`; `null` when the outcome is `'ok'`. */
  errorCode: string | null;
  scanScore: number | null;
  scanSecure: boolean | null;
  /** `hash` of the previous record, or {@link ZERO_HASH} for record 0. */
  prevHash: string;
  /** SHA-256 hex over the canonical JSON of every other field, in {@link RECORD_FIELDS} order. */
  hash: string;
}

/** What a caller appends: the record minus what the log computes (sequence, hashes, chain links). */
export type AuditEntry = Omit<
  AuditRecord,
  'seq' | 'prevHash' | 'hash' | 'codeSha256' | 'inputSha256' | 'code'
> & {
  code: string;
  input: unknown;
};

/** The record fields the log computes, before sealing. */
export type UnsealedRecord = Omit<AuditRecord, 'hash'>;

/** `prevHash` of the first record: 64 zeros. */
export const ZERO_HASH = '0'.repeat(64);

/**
 * The fixed key order of a serialized record (without `hash`, which is always last). Changing it changes every
 * hash: it is part of the on-disk format.
 */
export const RECORD_FIELDS = [
  'seq',
  'executionId',
  'tenantId',
  'profile',
  'codeSha256',
  'inputSha256',
  'code',
  'startedAt',
  'wallMs',
  'cpuMs',
  'outcome',
  'errorCode',
  'scanScore',
  'scanSecure',
  'prevHash',
] as const satisfies readonly (keyof UnsealedRecord)[];

/**
 * Canonical JSON of a record without its hash: keys in {@link RECORD_FIELDS} order, `code` only when present,
 * no whitespace. This exact string is what `hash` covers.
 */
export function recordBody(record: UnsealedRecord): string {
  const parts: string[] = [];
  for (const field of RECORD_FIELDS) {
    const value = record[field];
    if (field === 'code' && value === undefined) continue;
    parts.push(`${JSON.stringify(field)}:${JSON.stringify(value)}`);
  }
  return `{${parts.join(',')}}`;
}

/** Computes the hash of an unsealed record and returns the sealed, frozen record. */
export function sealRecord(record: UnsealedRecord): AuditRecord {
  const sealed: AuditRecord = { ...record, hash: sha256Hex(recordBody(record)) };
  return Object.freeze(sealed);
}

/**
 * The exact line written to the file sink, `\n` included. The body's closing brace is replaced so the line is
 * the hashed body plus `"hash"`, which lets a verifier compare bytes instead of trusting a parser.
 */
export function recordLine(record: AuditRecord): string {
  const { hash, ...rest } = record;
  const body = recordBody(rest);
  return `${body.slice(0, -1)},"hash":${JSON.stringify(hash)}}\n`;
}
