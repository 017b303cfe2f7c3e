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
  /** SHA-256 hex of the code: its UTF-8 bytes when well-formed, else 0xFF + its UTF-16LE code units (`hashCode`). */
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
 * no whitespace. This exact string is what `hash` covers. Spelled out field by field rather than looped over
 * {@link RECORD_FIELDS}: it runs twice per append and once per verified line (a test pins the two together).
 */
export function recordBody(r: UnsealedRecord): string {
  const s = JSON.stringify;
  const code = r.code === undefined ? '' : `,"code":${s(r.code)}`;
  return (
    `{"seq":${s(r.seq)},"executionId":${s(r.executionId)},"tenantId":${s(r.tenantId)},"profile":${s(r.profile)}` +
    `,"codeSha256":${s(r.codeSha256)},"inputSha256":${s(r.inputSha256)}${code},"startedAt":${s(r.startedAt)}` +
    `,"wallMs":${s(r.wallMs)},"cpuMs":${s(r.cpuMs)},"outcome":${s(r.outcome)},"errorCode":${s(r.errorCode)}` +
    `,"scanScore":${s(r.scanScore)},"scanSecure":${s(r.scanSecure)},"prevHash":${s(r.prevHash)}}`
  );
}

/** A sealed record and the exact line (with its `\n`) that stores it. */
export interface SealedRecord {
  record: AuditRecord;
  line: string;
}

/** Computes the hash of an unsealed record; returns the frozen record and its file line, serialized once. */
export function sealRecord(unsealed: UnsealedRecord): SealedRecord {
  const body = recordBody(unsealed);
  const hash = sha256Hex(body);
  const record: AuditRecord = Object.freeze({ ...unsealed, hash });
  return { record, line: lineFromBody(body, hash) };
}

/** The line of a record whose body is already serialized: the body with `"hash"` as its last key. */
export function lineFromBody(body: string, hash: string): string {
  return `${body.slice(0, -1)},"hash":"${hash}"}\n`;
}

/**
 * The exact line written to the file sink, `\n` included: the hashed body plus `"hash"` as the last key, which
 * lets a verifier compare bytes instead of trusting a parser.
 */
export function recordLine(record: AuditRecord): string {
  const { hash, ...rest } = record;
  return lineFromBody(recordBody(rest), hash);
}
