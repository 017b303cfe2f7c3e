#!/usr/bin/env node
// The `sandproof` command. isolated-vm crashes on Node 20 without --no-node-snapshot, so this entry
// point re-executes itself with the flag when it is missing, then runs the built CLI (or, in a source
// checkout without a build, the TypeScript sources through tsx).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const built = join(root, 'dist', 'scripts', 'sandproof.js');
const hasFlag = process.execArgv.includes('--no-node-snapshot');

if (!hasFlag || !existsSync(built)) {
  const entry = existsSync(built) ? [built] : ['--import', 'tsx', join(root, 'scripts', 'sandproof.ts')];
  const child = spawnSync(process.execPath, ['--no-node-snapshot', ...entry, ...process.argv.slice(2)], {
    stdio: 'inherit',
  });
  process.exit(child.status ?? 2);
} else {
  const { main } = await import(pathToFileURL(built).href);
  process.exitCode = await main(process.argv.slice(2));
}
