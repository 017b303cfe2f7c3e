import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { runAdapterCli } from '../adapter-init.js';

function io() {
  const out = { stdout: '', stderr: '' };
  return {
    out,
    io: {
      stdout: (t: string): void => {
        out.stdout += t;
      },
      stderr: (t: string): void => {
        out.stderr += t;
      },
    },
  };
}

test('adapter init writes the adapter, its expectations and a README paragraph', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sandproof-init-'));
  const { io: streams, out } = io();
  assert.is(await runAdapterCli(['init', 'my-box', '--dir', dir], streams), 0);
  const adapter = readFileSync(join(dir, 'my-box.adapter.mjs'), 'utf8');
  assert.match(adapter, /from 'sandproof\/adapter'/);
  assert.match(adapter, /name: "my-box"/);
  assert.match(adapter, /codeGeneration: \{ strings: false, wasm: false \}/);
  assert.match(readFileSync(join(dir, 'my-box.expectations.yaml'), 'utf8'), /^knownFailures: \[\]$/m);
  assert.match(readFileSync(join(dir, 'my-box.README.md'), 'utf8'), /npx sandproof conformance --adapter/);
  assert.match(out.stdout, /next: npx sandproof conformance --adapter \.\/my-box\.adapter\.mjs/);
});

test('adapter init refuses to overwrite without --force, and accepts it with', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sandproof-init-'));
  assert.is(await runAdapterCli(['init', 'box', '--dir', dir], io().io), 0);
  const second = io();
  assert.is(await runAdapterCli(['init', 'box', '--dir', dir], second.io), 2);
  assert.match(second.out.stderr, /already exist/);
  assert.is(await runAdapterCli(['init', 'box', '--dir', dir, '--force'], io().io), 0);
});

test('adapter init rejects a name that is not a lower-case slug, writing nothing', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sandproof-init-'));
  const bad = io();
  assert.is(await runAdapterCli(['init', '../Evil', '--dir', dir], bad.io), 2);
  assert.match(bad.out.stderr, /lower-case name/);
  assert.not.ok(existsSync(join(dir, '../Evil.adapter.mjs')));
  assert.is(await runAdapterCli(['create', 'x'], io().io), 2);
});

test.run();
