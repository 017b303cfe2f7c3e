/**
 * A one-line progress bar on stderr, shown only on a TTY and never under CI, so logs stay clean.
 */

/** A progress reporter. */
export interface Progress {
  update(done: number, total: number): void;
  finish(): void;
}

const WIDTH = 30;

/** Creates a progress bar for `stream`, or a silent one when it is not an interactive terminal. */
export function createProgress(
  label: string,
  stream: NodeJS.WriteStream = process.stderr,
  env: NodeJS.ProcessEnv = process.env,
): Progress {
  if (!stream.isTTY || env.CI) return { update: () => {}, finish: () => {} };
  let last = 0;
  return {
    update(done, total) {
      const now = Date.now();
      if (done < total && now - last < 80) return;
      last = now;
      const filled = total === 0 ? WIDTH : Math.round((WIDTH * done) / total);
      stream.write(`\r${label} [${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${done}/${total}`);
    },
    finish() {
      stream.write('\n');
    },
  };
}
