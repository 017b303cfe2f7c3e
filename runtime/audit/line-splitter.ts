/** One line of a file, located by byte offsets. */
export interface SplitLine {
  /** The line's bytes without the `\n`; `null` when the line exceeded the splitter's cap (it is bad anyway). */
  bytes: Buffer | null;
  /** Byte offset of the line's first byte in the file. */
  start: number;
  /** Byte offset just past the line's last content byte (the `\n`, when terminated, sits here). */
  end: number;
}

/**
 * A line longer than this is not kept in memory: no record we write comes close (code is stored only with
 * `includeCode`, and the runtime caps code size far below this), so such a line is reported as bad without
 * buffering an attacker-sized blob.
 */
export const MAX_LINE_BYTES = 64 * 1024 * 1024;

const NEWLINE = 0x0a;

/**
 * Splits a byte stream into `\n`-terminated lines with their file offsets, chunk by chunk, so a log of any size
 * is verified in bounded memory. Bytes after the last `\n` are the unterminated tail, returned by `finish()`.
 */
export class LineSplitter {
  #pending: Buffer[] = [];
  #pendingBytes = 0;
  #overflow = false;
  #lineStart = 0;
  readonly #cap: number;

  constructor(cap = MAX_LINE_BYTES) {
    this.#cap = cap;
  }

  /** Feeds the next chunk; returns the lines it completed, in order. */
  push(chunk: Buffer): SplitLine[] {
    const lines: SplitLine[] = [];
    let from = 0;
    for (let at = chunk.indexOf(NEWLINE); at !== -1; at = chunk.indexOf(NEWLINE, from)) {
      this.#keep(chunk.subarray(from, at));
      lines.push(this.#take());
      this.#lineStart += 1; // the newline itself
      from = at + 1;
    }
    this.#keep(chunk.subarray(from));
    return lines;
  }

  /** The unterminated tail after the last `\n`, or `null` when the stream ended on a newline (or was empty). */
  finish(): SplitLine | null {
    if (this.#pendingBytes === 0 && !this.#overflow) return null;
    return this.#take();
  }

  #keep(part: Buffer): void {
    if (part.length === 0) return;
    this.#pendingBytes += part.length;
    if (this.#pendingBytes > this.#cap) {
      this.#overflow = true;
      this.#pending = [];
    } else {
      // Copy: the caller may reuse its read buffer for the next chunk.
      this.#pending.push(Buffer.from(part));
    }
  }

  #take(): SplitLine {
    const start = this.#lineStart;
    const end = start + this.#pendingBytes;
    const bytes = this.#overflow ? null : Buffer.concat(this.#pending, this.#pendingBytes);
    this.#pending = [];
    this.#pendingBytes = 0;
    this.#overflow = false;
    this.#lineStart = end;
    return { bytes, start, end };
  }
}
