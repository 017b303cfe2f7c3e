import * as fs from 'node:fs';
import * as path from 'node:path';
import { AuditError } from './audit-error.js';
import type { AuditRecord } from './audit-record.js';
import type { BadLine, ChainHead } from './chain-verifier.js';
import { ChainVerifier } from './chain-verifier.js';
import { LineSplitter } from './line-splitter.js';

/** What opening an audit file found and did. */
export interface OpenedAuditFile {
  /** An fd opened `'a+'`: every write lands at the end of the file. */
  fd: number;
  head: ChainHead;
  /** Number of valid records kept in the file. */
  records: number;
  /** The last `keep` valid records, oldest first. */
  recent: AuditRecord[];
  /** Where a torn final line was moved, when one was found. */
  tornPath: string | null;
}

const CHUNK_BYTES = 256 * 1024;

/**
 * Opens (or creates, mode 0600) an audit file for appending, after verifying every record in it.
 *
 * A torn final line (no trailing newline, or a last line that is not JSON: what a crash mid-write leaves) is
 * copied to `<file>.torn-<timestamp>` and synced *before* the file is truncated to the end of the last whole
 * record, so nothing is silently lost. Any other failure (a bad record followed by more lines, or a last line
 * that parses but breaks the chain) is tampering or damage a crash cannot cause: `AuditError`
 * `ERR_AUDIT_CORRUPT`, and the chain is not extended. Synchronous on purpose: it runs once, before the first
 * append, and lets `createAuditLog` refuse to return a log over a broken file.
 */
export function openAuditFile(file: string, keep: number): OpenedAuditFile {
  const existed = fs.existsSync(file);
  const fd = openOrThrow(file);
  try {
    if (!existed) syncDirectory(file);
    const recent: AuditRecord[] = [];
    const verifier = new ChainVerifier((record) => {
      recent.push(record);
      if (recent.length > keep * 2) recent.splice(0, recent.length - keep);
    });
    const { size, badLineEnd } = scanSync(fd, verifier);
    const bad = verifier.bad;
    let tornPath: string | null = null;
    if (bad) {
      if (!isTorn(bad, badLineEnd, size)) {
        throw new AuditError('ERR_AUDIT_CORRUPT', `audit file fails verification at line ${bad.index}`, {
          firstBadRecord: bad.index,
          reason: bad.reason,
        });
      }
      tornPath = moveTornTail(fd, file, bad.start, size);
    }
    return { fd, head: verifier.head, records: verifier.records, recent: recent.slice(-keep), tornPath };
  } catch (error) {
    fs.closeSync(fd);
    if (error instanceof AuditError) throw error;
    throw new AuditError('ERR_AUDIT_IO', 'cannot read or repair the audit file', { cause: error });
  }
}

function isTorn(bad: BadLine, badLineEnd: number, size: number): boolean {
  if (bad.kind === 'unterminated') return true;
  // A terminated line that is not JSON is torn only when it is the very last line (e.g. zero-filled blocks
  // after a power loss); followed by anything, it is damage in the middle of the chain.
  return bad.kind === 'unparsable' && badLineEnd === size;
}

function openOrThrow(file: string): number {
  try {
    return fs.openSync(file, 'a+', 0o600);
  } catch (cause) {
    throw new AuditError('ERR_AUDIT_IO', 'cannot open the audit file', { cause });
  }
}

/** Feeds the whole file to the verifier; returns the size and the end (past `\n`) of the first bad line. */
function scanSync(fd: number, verifier: ChainVerifier): { size: number; badLineEnd: number } {
  const splitter = new LineSplitter();
  const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
  const size = fs.fstatSync(fd).size;
  let position = 0;
  while (position < size) {
    const bytesRead = fs.readSync(fd, buffer, 0, Math.min(CHUNK_BYTES, size - position), position);
    if (bytesRead === 0) break;
    position += bytesRead;
    for (const line of splitter.push(buffer.subarray(0, bytesRead))) {
      if (!verifier.acceptLine(line)) return { size, badLineEnd: line.end + 1 };
    }
  }
  const tail = splitter.finish();
  if (tail) verifier.acceptTail(tail);
  return { size, badLineEnd: size };
}

/** Copies bytes [start, size) to a new `.torn-*` file, syncs it, then truncates the log to `start`. */
function moveTornTail(fd: number, file: string, start: number, size: number): string {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  let tornPath = `${file}.torn-${stamp}`;
  let tornFd = -1;
  for (let attempt = 1; tornFd === -1; attempt += 1) {
    try {
      tornFd = fs.openSync(tornPath, 'wx', 0o600);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 100) throw error;
      tornPath = `${file}.torn-${stamp}-${attempt}`;
    }
  }
  try {
    const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
    for (let position = start; position < size; ) {
      const bytesRead = fs.readSync(fd, buffer, 0, Math.min(CHUNK_BYTES, size - position), position);
      if (bytesRead === 0) break;
      fs.writeSync(tornFd, buffer, 0, bytesRead);
      position += bytesRead;
    }
    fs.fsyncSync(tornFd);
  } finally {
    fs.closeSync(tornFd);
  }
  syncDirectory(tornPath);
  fs.ftruncateSync(fd, start);
  fs.fsyncSync(fd);
  return tornPath;
}

/** Makes a newly created file's directory entry durable (a file synced in a lost directory is lost). */
function syncDirectory(file: string): void {
  let dirFd = -1;
  try {
    dirFd = fs.openSync(path.dirname(file), 'r');
    fs.fsyncSync(dirFd);
  } catch {
    // Some platforms and filesystems refuse fsync on a directory; the data itself is still synced.
  } finally {
    if (dirFd !== -1) fs.closeSync(dirFd);
  }
}
