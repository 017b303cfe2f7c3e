import * as fs from 'node:fs';
import { promisify } from 'node:util';
import { AuditError } from './audit-error.js';
import type { AuditEntry, AuditRecord, SealedRecord, UnsealedRecord } from './audit-record.js';
import { sealRecord, ZERO_HASH } from './audit-record.js';
import { hashCode, hashInput } from './canonical-json.js';
import type { ChainHead } from './chain-verifier.js';
import { openAuditFile } from './open-audit-file.js';
import { entryProblem } from './record-shape.js';

/** Options of {@link createAuditLog}. */
export interface AuditLogOptions {
  /** Append-only JSONL file; without it the log lives in memory only. */
  path?: string;
  /**
   * Store each snippet's source in its record (`code`). Off by default: the code may carry tenant secrets, and a
   * hash is enough to prove which code ran when the source is kept elsewhere.
   */
  includeCode?: boolean;
  /**
   * `'always'` (default): fsync after every record, so an acknowledged append survives a power loss.
   * `'never'`: the record is handed to the OS page cache; it survives the process being killed, not the machine.
   */
  fsync?: 'always' | 'never';
}

/**
 * A hash-chained audit log. Appends are serialized by a single internal writer: concurrent calls land in call
 * order, and those that arrive while a write is in flight are committed together in the next write.
 */
export interface AuditLog {
  /** Seals and stores one record; resolves once it is written (and synced, with `fsync: 'always'`). */
  append(entry: AuditEntry): Promise<AuditRecord>;
  /** Records held in memory, oldest first: all of them (memory sink), or the last 1,000 (file sink). */
  records(): readonly AuditRecord[];
  /** The last record's `seq` and `hash` (`-1` and 64 zeros when empty); anchor it elsewhere to detect rewrites. */
  head(): ChainHead;
  /** Waits for pending appends, then releases the file. Later appends reject with `ERR_AUDIT_CLOSED`. */
  close(): Promise<void>;
  /** Where a torn final line found on open was moved, or `null`. */
  readonly tornPath: string | null;
}

/** Records the file sink keeps in memory for `records()`. */
export const FILE_SINK_MEMORY_RECORDS = 1_000;

type PreparedEntry = Omit<UnsealedRecord, 'seq' | 'prevHash'>;

interface Sink {
  write(line: string): Promise<void>;
  close(): Promise<void>;
}

const writeFd = promisify(fs.write);
const fsyncFd = promisify(fs.fsync);
const closeFd = promisify(fs.close);

/**
 * Creates an audit log: in memory by default, or an append-only JSONL file (`options.path`). Opening a file
 * verifies it synchronously and continues its chain; a torn last line is moved aside, and a tampered file is
 * refused with `AuditError` `ERR_AUDIT_CORRUPT` (thrown from here). One writer per file: two logs appending to
 * the same file at once would fork the chain, and nothing here prevents it.
 */
export function createAuditLog(options: AuditLogOptions = {}): AuditLog {
  const includeCode = options.includeCode ?? false;
  if (options.path === undefined)
    return new HashChainLog(memorySink(), includeCode, Number.POSITIVE_INFINITY);
  const opened = openAuditFile(options.path, FILE_SINK_MEMORY_RECORDS);
  const sink = fileSink(opened.fd, (options.fsync ?? 'always') === 'always');
  const log = new HashChainLog(sink, includeCode, FILE_SINK_MEMORY_RECORDS, opened.tornPath);
  log.restore(opened.head, opened.recent);
  return log;
}

interface Pending {
  prepared: PreparedEntry;
  resolve: (record: AuditRecord) => void;
  reject: (error: unknown) => void;
}

/**
 * Records sealed and written together when appends pile up while a write (and its fsync) is in flight: the
 * group commit that makes `fsync: 'always'` affordable under concurrency. Every record is still acknowledged
 * only after the write (and sync) that carries it.
 */
const MAX_BATCH = 256;

class HashChainLog implements AuditLog {
  #head: ChainHead = { seq: -1, hash: ZERO_HASH };
  #recent: AuditRecord[] = [];
  #queue: Pending[] = [];
  #draining: Promise<void> | null = null;
  #closing: Promise<void> | null = null;
  #poisoned: unknown = null;

  constructor(
    private readonly sink: Sink,
    private readonly includeCode: boolean,
    private readonly keep: number,
    readonly tornPath: string | null = null,
  ) {}

  /** Continues the chain of an existing file. */
  restore(head: ChainHead, recent: AuditRecord[]): void {
    this.#head = { ...head };
    this.#recent = recent.slice();
  }

  append(entry: AuditEntry): Promise<AuditRecord> {
    if (this.#closing) return Promise.reject(new AuditError('ERR_AUDIT_CLOSED', 'the audit log is closed'));
    const problem = entryProblem(entry);
    if (problem) {
      return Promise.reject(
        new AuditError('ERR_AUDIT_INVALID_ENTRY', `invalid audit entry field: ${problem}`),
      );
    }
    // Hash now, at call time: the caller may mutate `input` after `append` returns.
    const prepared = this.#prepare(entry);
    return new Promise<AuditRecord>((resolve, reject) => {
      this.#queue.push({ prepared, resolve, reject });
      this.#draining ??= this.#drain();
    });
  }

  records(): readonly AuditRecord[] {
    return Number.isFinite(this.keep) ? this.#recent.slice(-this.keep) : this.#recent.slice();
  }

  head(): ChainHead {
    return { ...this.#head };
  }

  close(): Promise<void> {
    this.#closing ??= (async () => {
      while (this.#draining) await this.#draining;
      await this.sink.close();
    })();
    return this.#closing;
  }

  #prepare(entry: AuditEntry): PreparedEntry {
    return {
      executionId: entry.executionId,
      tenantId: entry.tenantId,
      profile: entry.profile,
      codeSha256: hashCode(entry.code),
      inputSha256: hashInput(entry.input),
      ...(this.includeCode ? { code: entry.code } : {}),
      startedAt: entry.startedAt,
      wallMs: entry.wallMs,
      cpuMs: entry.cpuMs,
      outcome: entry.outcome,
      errorCode: entry.errorCode,
      scanScore: entry.scanScore,
      scanSecure: entry.scanSecure,
    };
  }

  /** The single writer: commits queued appends in call order, one batch at a time, until the queue is empty. */
  async #drain(): Promise<void> {
    try {
      while (this.#queue.length > 0) await this.#commit(this.#queue.splice(0, MAX_BATCH));
    } finally {
      this.#draining = null;
    }
  }

  async #commit(batch: Pending[]): Promise<void> {
    if (this.#poisoned !== null) {
      const error = new AuditError('ERR_AUDIT_IO', 'an earlier audit write failed', {
        cause: this.#poisoned,
      });
      for (const pending of batch) pending.reject(error);
      return;
    }
    let head = this.#head;
    let sealed: SealedRecord[];
    try {
      sealed = batch.map(({ prepared }) => {
        const next = sealRecord({ seq: head.seq + 1, ...prepared, prevHash: head.hash });
        head = { seq: next.record.seq, hash: next.record.hash };
        return next;
      });
      await this.sink.write(sealed.map(({ line }) => line).join(''));
    } catch (cause) {
      // The bytes on disk are now unknown (maybe a partial line): stop rather than extend a chain with a gap.
      this.#poisoned = cause;
      const error = new AuditError('ERR_AUDIT_IO', 'audit write failed', { cause });
      for (const pending of batch) pending.reject(error);
      return;
    }
    this.#head = head;
    for (const [index, { record }] of sealed.entries()) {
      this.#recent.push(record);
      batch[index]?.resolve(record);
    }
    if (this.#recent.length > this.keep * 2) this.#recent.splice(0, this.#recent.length - this.keep);
  }
}

function memorySink(): Sink {
  return { write: async () => undefined, close: async () => undefined };
}

/**
 * Each batch of whole lines goes out in one `write` to an fd opened for appending (`O_APPEND`: the kernel places it at the end
 * of the file). A short write is completed by further writes rather than left torn; a crash between them leaves
 * a torn line that the next open moves aside.
 */
function fileSink(fd: number, syncEachWrite: boolean): Sink {
  return {
    async write(line) {
      const bytes = Buffer.from(line, 'utf8');
      for (let offset = 0; offset < bytes.length; ) {
        const { bytesWritten } = await writeFd(fd, bytes, offset, bytes.length - offset, null);
        offset += bytesWritten;
      }
      if (syncEachWrite) await fsyncFd(fd);
    },
    close: () => closeFd(fd),
  };
}
