#!/usr/bin/env node
// The `sandproof` command. It refuses an unsupported Node.js in one sentence (isolated-vm 7 has native
// builds for Node 24 and 26 only), re-executes itself with --no-node-snapshot when the flag is missing
// (isolated-vm asks for it on Node >= 20; see SECURITY.md), then runs the built CLI (or, in a source
// checkout without a build, the TypeScript sources through tsx).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const required = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).engines.node;
const minMajor = Number.parseInt(String(required).replace(/^\D+/, ''), 10);
const major = Number.parseInt(process.versions.node, 10);
if (!(major >= minMajor)) {
  process.stderr.write(
    `sandproof: needs Node.js ${required} (this is Node.js v${process.versions.node}); install Node.js ${minMajor} LTS.\n`,
  );
  process.exit(2);
}

const built = join(root, 'dist', 'scripts', 'sandproof.js');
const hasFlag = process.execArgv.includes('--no-node-snapshot');

if (!hasFlag || !existsSync(built)) {
  const entry = existsSync(built) ? [built] : ['--import', 'tsx', join(root, 'scripts', 'sandproof.ts')];
  const child = spawnSync(process.execPath, ['--no-node-snapshot', ...entry, ...process.argv.slice(2)], {
    stdio: 'inherit',
  });
  process.exit(child.status ?? 2);
} else {
  const { main, exitTwoOnStrayErrors } = await import(pathToFileURL(built).href);
  exitTwoOnStrayErrors();
  process.exitCode = await main(process.argv.slice(2));
}
