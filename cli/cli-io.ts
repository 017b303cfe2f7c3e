/**
 * Where a command writes: the process's streams by default, a buffer in tests. Every command takes one, so a
 * test runs a command in-process and reads what it printed.
 */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

/** The process's own streams. */
export const PROCESS_IO: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

/** A {@link CliIo} that keeps what was written, for tests and for callers that print later. */
export interface BufferedIo extends CliIo {
  /** Everything written to stdout so far. */
  out(): string;
  /** Everything written to stderr so far. */
  err(): string;
}

/** A new, empty {@link BufferedIo}. */
export function bufferedIo(): BufferedIo {
  let out = '';
  let err = '';
  return {
    stdout: (text) => {
      out += text;
    },
    stderr: (text) => {
      err += text;
    },
    out: () => out,
    err: () => err,
  };
}
