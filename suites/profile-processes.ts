/**
 * Runs each profile of a conformance run in its own child process, for adapters that share the
 * harness's process (Node's `vm`): a guest that escapes such a sandbox can tamper with the harness
 * itself, and what it leaves behind must not leak into the next profile's verdicts (or hang the run).
 * The children's results files are merged into one.
 */
import { spawn } from 'node:child_process';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ConformanceResults } from './conformance-results.js';
import { mergeResultsDocuments } from './merge-results.js';

/** Set in the children, so that they run their one profile in process. */
export const CHILD_ENV = 'SANDPROOF_CONFORMANCE_PROFILE_CHILD';

/** True in a child started by {@link runProfilesInChildren}. */
export function isProfileChild(): boolean {
  return process.env[CHILD_ENV] === '1';
}

function runChild(argv: string[]): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...process.execArgv, process.argv[1] ?? '', ...argv], {
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { ...process.env, [CHILD_ENV]: '1' },
    });
    child.on('exit', (code) => resolve(code ?? 2));
    child.on('error', () => resolve(2));
  });
}

/**
 * Runs `conformance` once per profile with `baseArgv` (which must not hold `--profile` or `--out`),
 * writing each child's results under `outDir/profiles/<profile>`; resolves to the merged results, or to
 * the exit code 2 when a child's harness broke.
 */
export async function runProfilesInChildren(
  commandArgv: string[],
  profiles: readonly string[],
  outDir: string,
): Promise<ConformanceResults | 2> {
  const docs: ConformanceResults[] = [];
  for (const profile of profiles) {
    const dir = join(outDir, 'profiles', profile);
    await mkdir(dir, { recursive: true });
    const code = await runChild([...commandArgv, '--profile', profile, '--out', dir]);
    if (code !== 0 && code !== 1) return 2;
    docs.push(JSON.parse(await readFile(join(dir, 'conformance.json'), 'utf8')) as ConformanceResults);
  }
  const merged = mergeResultsDocuments(docs);
  return { ...merged, durationMs: docs.reduce((sum, d) => sum + d.durationMs, 0) };
}
