/**
 * The base (or a named head) of `sandproof bench compare`, checked out at a git ref in a temporary
 * worktree. Nothing is built: the runtime runs from its TypeScript sources through tsx, as in the tests.
 * Dependencies: when the ref's package-lock.json is byte for byte the current tree's, the worktree's
 * node_modules is a link to the current tree's (instant); otherwise, or with `install`, `npm ci` runs
 * in the worktree (about 30 s on a quiet machine, minutes on a loaded one).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A version ready to measure. */
export interface PreparedTree {
  /** The ref as given, and the commit it named. */
  ref: string;
  commit: string;
  root: string;
  dependencies: 'linked' | 'installed';
  setupMs: number;
  dispose(): void;
}

/** The ref is unknown, or the worktree or its dependencies could not be set up. */
export class CompareSetupError extends Error {
  override name = 'CompareSetupError';
}

function git(cwd: string, args: string[]): string {
  return execFileSync('git', ['-C', cwd, ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  }).trim();
}

/** The commit `ref` names in the repository at `repo`, or a CompareSetupError. */
export function resolveCommit(repo: string, ref: string): string {
  if (ref.startsWith('-')) throw new CompareSetupError(`not a git ref: ${ref}`);
  try {
    return git(repo, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  } catch {
    throw new CompareSetupError(`unknown git ref: ${ref}`);
  }
}

function sameLockfile(a: string, b: string): boolean {
  const fa = join(a, 'package-lock.json');
  const fb = join(b, 'package-lock.json');
  return existsSync(fa) && existsSync(fb) && readFileSync(fa).equals(readFileSync(fb));
}

/** Checks out `ref` of the repository at `repo` in a temporary worktree, with its dependencies. */
export function prepareTree(
  repo: string,
  ref: string,
  options: { install: boolean; log: (line: string) => void },
): PreparedTree {
  const started = performance.now();
  const commit = resolveCommit(repo, ref);
  const root = mkdtempSync(join(tmpdir(), 'sandproof-compare-tree-'));
  const dispose = () => {
    try {
      git(repo, ['worktree', 'remove', '--force', root]);
    } catch {
      rmSync(root, { recursive: true, force: true });
      try {
        git(repo, ['worktree', 'prune']);
      } catch {
        // Nothing more to clean: the directory is gone.
      }
    }
  };
  try {
    git(repo, ['worktree', 'add', '--detach', root, commit]);
    let dependencies: PreparedTree['dependencies'] = 'linked';
    if (!options.install && sameLockfile(repo, root) && existsSync(join(repo, 'node_modules'))) {
      symlinkSync(join(repo, 'node_modules'), join(root, 'node_modules'), 'dir');
    } else {
      options.log(`compare: npm ci in the worktree of ${ref} (${commit.slice(0, 10)})`);
      execFileSync('npm', ['ci', '--no-audit', '--no-fund'], {
        cwd: root,
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      dependencies = 'installed';
    }
    return { ref, commit, root, dependencies, setupMs: performance.now() - started, dispose };
  } catch (error) {
    dispose();
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new CompareSetupError(`could not set up ${ref}: ${message}`);
  }
}
