/**
 * Progress of a conformance run on stderr. On an interactive terminal (and not under CI), a one-line bar;
 * otherwise one line per finished run, naming the sample, so a log shows how far a run got and which
 * sample it was on when something went wrong.
 */
import type { RunRecord } from './run-record.js';

/** A progress reporter. */
export interface Progress {
  update(done: number, total: number, record?: RunRecord): void;
  finish(): void;
}

const WIDTH = 30;

/** One progress line for a finished run. */
export function progressLine(label: string, done: number, total: number, record: RunRecord): string {
  const verdict = record.pass ? 'pass' : `FAIL ${record.incident ?? record.failureKind ?? ''}`.trimEnd();
  const known = !record.pass && record.known !== undefined ? ' (known)' : '';
  return `${label} [${done}/${total}] ${record.profile} scan=${record.scan ? 'on' : 'off'} ${record.sampleId} ${verdict}${known} ${record.durationMs} ms\n`;
}

/** Creates the progress reporter for `stream`: a bar on a terminal, lines elsewhere. */
export function createProgress(
  label: string,
  stream: NodeJS.WritableStream & { isTTY?: boolean } = process.stderr,
  env: NodeJS.ProcessEnv = process.env,
): Progress {
  if (!stream.isTTY || env.CI) {
    return {
      update(done, total, record) {
        if (record) stream.write(progressLine(label, done, total, record));
      },
      finish: () => {},
    };
  }
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
