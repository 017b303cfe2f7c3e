/**
 * The tamper-evident audit log: one SHA-256 hash-chained record per execution, in memory or in an append-only
 * JSONL file that survives crashes, with a verifier and the `sandproof audit` command.
 */
export type { AuditCliIo } from './audit-cli.js';
export { AUDIT_EXIT, runAuditCli } from './audit-cli.js';
export type { AuditErrorCode, AuditErrorDetails } from './audit-error.js';
export { AuditError } from './audit-error.js';
export type { AuditLog, AuditLogOptions } from './audit-log.js';
export { createAuditLog, FILE_SINK_MEMORY_RECORDS } from './audit-log.js';
export type { AuditEntry, AuditRecord } from './audit-record.js';
export { RECORD_FIELDS, recordBody, recordLine, ZERO_HASH } from './audit-record.js';
export { canonicalJson, hashCode, hashInput, sha256Hex } from './canonical-json.js';
export type { ChainHead } from './chain-verifier.js';
export type { TailAnchor, VerifyAuditLogOptions, VerifyAuditLogResult } from './verify-audit-log.js';
export { verifyAuditLog } from './verify-audit-log.js';
