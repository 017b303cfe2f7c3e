import { open } from 'node:fs/promises';
import { AuditError } from './audit-error.js';
import type { ChainHead } from './chain-verifier.js';
import { ChainVerifier } from './chain-verifier.js';
import { LineSplitter } from './line-splitter.js';

/** Options of {@link verifyAuditLog}. */
export interface VerifyAuditLogOptions {
  /**
   * A head recorded elsewhere earlier (`AuditLog.head()`, e.g. shipped to another system). The file must still
   * contain that exact record. Without an anchor, deleting records from the *end* of a file cannot be detected:
   * the shorter file is a valid chain.
   */
  expectedHead?: ChainHead;
  /** The same anchor under its shorter name (`runtime.audit.head()` stored elsewhere); wins over `expectedHead`. */
  head?: ChainHead;
}

/**
 * What the verification says about the end of the file. `unanchored`: no head was given, so records deleted
 * from the end, or a final record rewritten with its hash recomputed, cannot be seen (the shorter or rewritten
 * file is still a valid chain). `at-head`: the file ends exactly at the given head. `extends-head`: the given
 * head is in the file and later records follow it; those later records are themselves unanchored.
 */
export type TailAnchor = 'unanchored' | 'at-head' | 'extends-head';

/** Outcome of {@link verifyAuditLog}. */
export interface VerifyAuditLogResult {
  ok: boolean;
  /** Number of valid records: the whole file when ok, the valid prefix otherwise. */
  records: number;
  /** 0-based line index of the first bad line, or `null` when ok. */
  firstBadRecord: number | null;
  /** Why the first bad line failed (absent when ok). */
  reason?: string;
  /** Seq and hash of the last valid record (`-1` and 64 zeros when none), to anchor elsewhere. */
  head: ChainHead;
  /** When ok: whether the end of the file was checked against an anchored head (see {@link TailAnchor}). */
  tail: TailAnchor;
}

const CHUNK_BYTES = 256 * 1024;

/**
 * Verifies a JSONL audit file end to end in bounded memory. Detects any changed byte, a deleted, inserted,
 * duplicated or reordered line, a forged line with a recomputed hash (the next record's `seq`/`prevHash` no
 * longer match), and a torn final line (reported as not ok, `records` counting the valid prefix).
 *
 * How strong: the chain is keyless, so it proves the file is an unbroken sequence, not who wrote it. Someone
 * able to rewrite the whole file can recompute every hash; anchoring `head` outside the file (and passing it
 * back as `head`) is what makes a rewrite or a truncation up to that head detectable; without it `tail` is
 * `'unanchored'`. Rejects with `AuditError`
 * `ERR_AUDIT_IO` when the file cannot be read.
 */
export async function verifyAuditLog(
  path: string,
  options: VerifyAuditLogOptions = {},
): Promise<VerifyAuditLogResult> {
  const expectedHead = options.head ?? options.expectedHead;
  let anchorMismatch = false;
  const verifier = new ChainVerifier((record) => {
    if (expectedHead && record.seq === expectedHead.seq && record.hash !== expectedHead.hash)
      anchorMismatch = true;
  });
  await scanFile(path, verifier);
  const bad = verifier.bad;
  const result: VerifyAuditLogResult = {
    ok: bad === null,
    records: verifier.records,
    firstBadRecord: bad?.index ?? null,
    head: verifier.head,
    tail: !expectedHead ? 'unanchored' : verifier.head.seq === expectedHead.seq ? 'at-head' : 'extends-head',
  };
  if (bad) return { ...result, reason: bad.reason };
  if (expectedHead && anchorMismatch) {
    return { ...result, ok: false, firstBadRecord: expectedHead.seq, reason: 'expected head hash mismatch' };
  }
  if (expectedHead && verifier.records <= expectedHead.seq) {
    return {
      ...result,
      ok: false,
      firstBadRecord: verifier.records,
      reason: 'shorter than the expected head',
    };
  }
  return result;
}

async function scanFile(path: string, verifier: ChainVerifier): Promise<void> {
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(path, 'r');
  } catch (cause) {
    throw new AuditError('ERR_AUDIT_IO', 'cannot open the audit file', { cause });
  }
  try {
    const splitter = new LineSplitter();
    const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, CHUNK_BYTES, null);
      if (bytesRead === 0) break;
      for (const line of splitter.push(buffer.subarray(0, bytesRead))) {
        if (!verifier.acceptLine(line)) return;
      }
    }
    const tail = splitter.finish();
    if (tail) verifier.acceptTail(tail);
  } catch (cause) {
    throw new AuditError('ERR_AUDIT_IO', 'cannot read the audit file', { cause });
  } finally {
    await handle.close();
  }
}
