import type { AuditRecord } from './audit-record.js';
import { lineFromBody, recordBody, ZERO_HASH } from './audit-record.js';
import { sha256Hex } from './canonical-json.js';
import type { SplitLine } from './line-splitter.js';
import { recordShapeProblem } from './record-shape.js';

/**
 * Why a line failed: `unparsable` (not JSON: what a crash mid-write leaves), `invalid` (JSON that breaks the
 * record format or the chain: what an edit leaves), or `unterminated` (no trailing newline: a torn write,
 * even when the bytes happen to parse).
 */
export type BadLineKind = 'unparsable' | 'invalid' | 'unterminated';

/** The first line that failed, located in the file. */
export interface BadLine {
  /** 0-based line index. */
  index: number;
  kind: BadLineKind;
  reason: string;
  /** Byte offset where the bad line starts: the end of the valid prefix. */
  start: number;
}

/** The head of a chain: the last valid record's `seq` and `hash`, or `-1` and {@link ZERO_HASH} when empty. */
export interface ChainHead {
  seq: number;
  hash: string;
}

/**
 * Checks lines one at a time against the chain: each must parse, have exactly the record's fields and types,
 * carry `seq` equal to its line index, link to the previous hash, hash correctly, and be byte-for-byte the
 * canonical serialization of its own fields (so an edit the parser would forgive, such as `\u001F` for
 * `\u001f`, still fails). Stops at the first bad line; everything before it is the valid prefix.
 */
export class ChainVerifier {
  #records = 0;
  #head: ChainHead = { seq: -1, hash: ZERO_HASH };
  #bad: BadLine | null = null;
  readonly #onRecord: ((record: AuditRecord) => void) | undefined;

  /** `onRecord` sees every valid record in order (the file sink keeps the last few in memory). */
  constructor(onRecord?: (record: AuditRecord) => void) {
    this.#onRecord = onRecord;
  }

  /** Valid records so far (the length of the valid prefix). */
  get records(): number {
    return this.#records;
  }

  /** The last valid record's seq and hash. */
  get head(): ChainHead {
    return this.#head;
  }

  /** The first bad line, or `null` while every line has been valid. */
  get bad(): BadLine | null {
    return this.#bad;
  }

  /** Checks one `\n`-terminated line; returns false (and records why) when it is bad or a line already was. */
  acceptLine(line: SplitLine): boolean {
    if (this.#bad) return false;
    const checked = this.#check(line);
    if (typeof checked === 'object') {
      this.#records += 1;
      this.#head = { seq: checked.seq, hash: checked.hash };
      this.#onRecord?.(checked);
      return true;
    }
    this.#bad = {
      index: this.#records,
      kind: checked === 'not JSON' ? 'unparsable' : 'invalid',
      reason: checked,
      start: line.start,
    };
    return false;
  }

  /** Marks the bytes after the last newline as a torn write (unless a line was already bad). */
  acceptTail(tail: SplitLine): void {
    if (this.#bad) return;
    this.#bad = {
      index: this.#records,
      kind: 'unterminated',
      reason: 'torn final line (no newline)',
      start: tail.start,
    };
  }

  #check(line: SplitLine): AuditRecord | string {
    if (line.bytes === null) return 'not JSON';
    let parsed: unknown;
    try {
      parsed = JSON.parse(line.bytes.toString('utf8'));
    } catch {
      return 'not JSON';
    }
    const problem = recordShapeProblem(parsed);
    if (problem) return problem;
    const { hash, ...rest } = parsed as AuditRecord;
    if (rest.seq !== this.#records) return 'seq out of order';
    if (rest.prevHash !== this.#head.hash) return 'prevHash mismatch';
    const body = recordBody(rest);
    if (sha256Hex(body) !== hash) return 'hash mismatch';
    const canonical = Buffer.from(lineFromBody(body, hash), 'utf8');
    // The stored line has no newline: compare all but the canonical line's last byte.
    if (canonical.length !== line.bytes.length + 1 || !canonical.subarray(0, -1).equals(line.bytes)) {
      return 'non-canonical encoding';
    }
    return Object.freeze(parsed as AuditRecord);
  }
}
