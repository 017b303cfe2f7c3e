/**
 * Runs each profile of a conformance run in its own child process, all at once. Two reasons: an adapter
 * that shares the harness's process (Node's `vm`) lets a guest that escapes tamper with the harness
 * itself, and what it leaves behind must not leak into the next profile's verdicts (or hang the run); and
 * profiles are independent, so on a machine with more than one core they take the time of the slowest
 * rather than the sum. Each child has its own host oracle, adapter instance and sandbox processes.
 * The children's results files are merged into one; their progress comes back over IPC as one count.
 */
import { spawn } from 'node:child_process';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ConformanceResults } from './conformance-results.js';
import { mergeResultsDocuments } from './merge-results.js';
import type { Progress } from './progress-bar.js';
import type { RunRecord } from './run-record.js';

/** Set in the children, so that they run their one profile in process. */
export const CHILD_ENV = 'SANDPROOF_CONFORMANCE_PROFILE_CHILD';

/** The CLI the children run: this checkout's (sources through tsx, or the build), whoever called us. */
const CLI_ENTRY = fileURLToPath(import.meta.url).replace(
  /suites[\\/]profile-processes\.(ts|js)$/,
  'scripts/sandproof.$1',
);

/** True in a child started by {@link runProfilesInChildren}. */
export function isProfileChild(): boolean {
  return process.env[CHILD_ENV] === '1';
}

interface ProgressMessage {
  type: 'sandproof-progress';
  done: number;
  total: number;
  /** Absent in the first message, which only says how many runs the child has. */
  record?: RunRecord;
}

function isProgressMessage(value: unknown): value is ProgressMessage {
  return (value as { type?: unknown } | null)?.type === 'sandproof-progress';
}

/**
 * In a child, the progress reporter that sends each finished run to the parent, which shows one count for
 * every profile (an update without a record announces the child's total). The channel does not keep the
 * child alive once its work is done.
 */
export function parentProgress(): Progress | null {
  const send = process.send?.bind(process);
  if (!isProfileChild() || send === undefined) return null;
  process.channel?.unref();
  return {
    update(done, total, record) {
      send({
        type: 'sandproof-progress',
        done,
        total,
        ...(record ? { record } : {}),
      } satisfies ProgressMessage);
    },
    finish: () => {},
  };
}

function runChild(argv: string[], onProgress: (m: ProgressMessage) => void): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...process.execArgv, CLI_ENTRY, ...argv], {
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      env: { ...process.env, [CHILD_ENV]: '1' },
    });
    child.on('message', (m: unknown) => {
      if (isProgressMessage(m)) onProgress(m);
    });
    child.on('exit', (code) => resolve(code ?? 2));
    child.on('error', () => resolve(2));
  });
}

/** Where a profile's child writes its results under `outDir`. */
export function profileDir(outDir: string, profile: string): string {
  return join(outDir, 'profiles', profile);
}

/**
 * Runs `conformance` once per profile with `baseArgv` (which must not hold `--profile` or `--out`), all
 * at once, writing each child's results under {@link profileDir}; resolves to the merged results, or to
 * the exit code 2 when a child's harness broke.
 */
export async function runProfilesInChildren(
  commandArgv: string[],
  profiles: readonly string[],
  outDir: string,
  progress?: Progress,
): Promise<ConformanceResults | 2> {
  const counts = new Map<string, { done: number; total: number }>();
  const onProgress = (profile: string) => (m: ProgressMessage) => {
    counts.set(profile, { done: m.done, total: m.total });
    let done = 0;
    let total = 0;
    for (const c of counts.values()) {
      done += c.done;
      total += c.total;
    }
    if (m.record) progress?.update(done, total, m.record);
  };
  const started = performance.now();
  const codes = await Promise.all(
    profiles.map(async (profile) => {
      const dir = profileDir(outDir, profile);
      await mkdir(dir, { recursive: true });
      return runChild([...commandArgv, '--profile', profile, '--out', dir], onProgress(profile));
    }),
  );
  progress?.finish();
  if (codes.some((code) => code !== 0 && code !== 1)) return 2;
  const docs = await Promise.all(
    profiles.map(
      async (p) =>
        JSON.parse(
          await readFile(join(profileDir(outDir, p), 'conformance.json'), 'utf8'),
        ) as ConformanceResults,
    ),
  );
  const merged = mergeResultsDocuments(docs);
  return { ...merged, durationMs: Math.round(performance.now() - started) };
}

/** The children's JUnit files as one document: their test suites, in the order of `profiles`. */
export async function mergedJunit(outDir: string, profiles: readonly string[]): Promise<string> {
  const suites: string[] = [];
  for (const profile of profiles) {
    const text = await readFile(join(profileDir(outDir, profile), 'junit.xml'), 'utf8');
    const start = text.indexOf('<testsuites>');
    const end = text.lastIndexOf('</testsuites>');
    if (start !== -1 && end > start) suites.push(text.slice(start + '<testsuites>'.length, end).trim());
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<testsuites>',
    ...suites.map((s) => `  ${s}`),
    '</testsuites>',
    '',
  ].join('\n');
}
