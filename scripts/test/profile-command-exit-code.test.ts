/**
 * `sandproof profile FILE` on a trivial snippet exits 0 and writes a `.cpuprofile`. It used to exit 2 with
 * "Reflect.ownKeys called on non-object" for every file: the inspectable isolate's bootstrap configuration
 * lacked the namespace allowlist the bootstrap script walks.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { bufferedIo } from '../../cli/index.js';
import { main } from '../sandproof.js';

let dir = '';

test.before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sandproof-profile-'));
});
test.after(async () => {
  await rm(dir, { recursive: true, force: true });
});

test('profile on `return 1` exits 0, prints where it wrote, and the file is a DevTools profile', async () => {
  const snippet = join(dir, 'one.js');
  const out = join(dir, 'one.cpuprofile');
  await writeFile(snippet, 'let x = 0; for (let i = 0; i < 1000; i++) x += i; return x;');
  const io = bufferedIo();
  const code = await main(['profile', snippet, '--runs', '2', '--out', out], io);
  assert.is(code, 0, io.err());
  assert.ok(io.out().includes(`wrote ${out}`), io.out());
  assert.ok(io.out().includes('last run completed'), io.out());
  const profile = JSON.parse(await readFile(out, 'utf8')) as { nodes?: unknown[]; samples?: unknown[] };
  assert.ok(Array.isArray(profile.nodes) && profile.nodes.length > 0);
});

test.run();
