/**
 * EM-unsupported-engine: on a Node.js older than the supported one, every entry point fails at once with
 * one sentence naming the version it needs, never with isolated-vm's native-module stack trace.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { MIN_NODE_MAJOR, unsupportedNodeMessage } from '../node-engine.js';

const ROOT = join(import.meta.dirname, '..', '..');

/** The first `node` on PATH, outside this project's node_modules, older than the supported version. */
function olderNode(): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir === '' || dir.includes('node_modules')) continue;
    const candidate = join(dir, 'node');
    if (!existsSync(candidate)) continue;
    const version = spawnSync(candidate, ['-p', 'process.versions.node'], { encoding: 'utf8' }).stdout.trim();
    if (Number.parseInt(version, 10) < MIN_NODE_MAJOR) return candidate;
  }
  return undefined;
}

const OLD_NODE = olderNode();
const SKIP_REASON = `no Node.js older than ${MIN_NODE_MAJOR} on PATH outside node_modules to try the entry points with`;

test('the minimum major version is the one package.json engines.node requires', () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { engines: { node: string } };
  assert.is(pkg.engines.node, `>=${MIN_NODE_MAJOR}`);
});

test('an older version gets a message naming both versions; supported ones get none', () => {
  const message = unsupportedNodeMessage('20.20.2');
  assert.ok(message?.includes(`Node.js ${MIN_NODE_MAJOR}`));
  assert.ok(message?.includes('v20.20.2'));
  assert.is(unsupportedNodeMessage(`${MIN_NODE_MAJOR}.0.0`), null);
  assert.is(unsupportedNodeMessage('26.1.0'), null);
  assert.ok(unsupportedNodeMessage('not a version') !== null);
});

function assertRefusal(child: ReturnType<typeof spawnSync>, what: string): void {
  const stderr = String(child.stderr);
  const stdout = String(child.stdout);
  assert.is(child.status, 2, `${what}: exit code (stderr: ${stderr.slice(0, 500)})`);
  assert.ok(/Node\.js (>=)?24/.test(stderr), `${what}: names the required version`);
  assert.not.ok(
    /node-gyp-build|No native build|\n\s+at /.test(stderr + stdout),
    `${what}: no native-module stack`,
  );
}

test('the sandproof bin refuses an older Node in one line', () => {
  if (OLD_NODE === undefined) return console.log(`  skipped: ${SKIP_REASON}`);
  const child = spawnSync(OLD_NODE, [join(ROOT, 'bin', 'sandproof.mjs'), 'conformance'], {
    encoding: 'utf8',
  });
  assertRefusal(child, 'bin/sandproof.mjs');
});

test('the CLI module behind npm run refuses an older Node in one line', () => {
  if (OLD_NODE === undefined) return console.log(`  skipped: ${SKIP_REASON}`);
  const child = spawnSync(
    OLD_NODE,
    ['--import', 'tsx', join(ROOT, 'scripts', 'sandproof.ts'), 'conformance'],
    {
      encoding: 'utf8',
      cwd: ROOT,
    },
  );
  assertRefusal(child, 'scripts/sandproof.ts');
});

test("import 'sandproof' on an older Node rejects with the message before isolated-vm loads", () => {
  if (OLD_NODE === undefined) return console.log(`  skipped: ${SKIP_REASON}`);
  const script = `import('./index.ts').then(() => process.exit(0), (e) => { process.stderr.write(e.stack); process.exit(2); })`;
  const child = spawnSync(OLD_NODE, ['--import', 'tsx', '--input-type=module', '-e', script], {
    encoding: 'utf8',
    cwd: ROOT,
  });
  assertRefusal(child, 'index.ts');
});

test.run();
