import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { runGateCli } from '../cli/gate-cli.js';
import { betterBy, ratio, results, rounds, staticTarget } from './bench-fixture.js';

const dir = mkdtempSync(join(tmpdir(), 'bench-gate-cli-'));
const run = results(
  [ratio('reference.warm.ultra-secure/floor.fresh-context', rounds(3))],
  [staticTarget('static.latency.ultra-secure', 1, 50)],
);
const write = (name: string, data: unknown) => {
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify(data));
  return file;
};
const current = write('current.json', run);
const better = write('better.json', betterBy(run, 10));

function io() {
  const out = { stdout: '', stderr: '' };
  const cli = {
    stdout(t: string) {
      out.stdout += t;
    },
    stderr(t: string) {
      out.stderr += t;
    },
  };
  return { out, io: cli };
}
const noBench = () => Promise.reject(new Error('the gate must not run a benchmark when --current is given'));

test('the gate passes against its own results (exit 0)', async () => {
  const { out, io: cli } = io();
  assert.is(await runGateCli(['--baseline', current, '--current', current], cli, noBench), 0);
  assert.ok(out.stdout.startsWith('gate: PASS'));
});

test('the gate fails against a baseline ten times better (exit 1)', async () => {
  const { out, io: cli } = io();
  assert.is(await runGateCli(['--baseline', better, '--current', current], cli, noBench), 1);
  assert.ok(out.stdout.startsWith('gate: FAIL'));
});

test('--json prints the report as data', async () => {
  const { out, io: cli } = io();
  await runGateCli(['--baseline', current, '--current', current, '--json'], cli, noBench);
  assert.is(JSON.parse(out.stdout).outcome, 'pass');
});

test('an unknown verdict collects more runs when --max-runs allows, then decides on the pooled samples', async () => {
  const id = 'reference.warm.ultra-secure/floor.fresh-context';
  const base = write('noisy-base.json', results([ratio(id, [1, 2, 3, 4, 5, 6, 7, 8])]));
  const noisy = write('noisy-now.json', results([ratio(id, [3, 6, 8, 9, 10, 11, 12, 14])]));
  let collected = 0;
  const more = async () => {
    collected++;
    return results([ratio(id, [3, 6, 8, 9, 10, 11, 12, 14])]);
  };
  const { out, io: cli } = io();
  assert.is(await runGateCli(['--baseline', base, '--current', noisy], cli, more), 0);
  assert.ok(out.stdout.startsWith('gate: WARN'));
  assert.is(collected, 0);
  assert.is(await runGateCli(['--baseline', base, '--current', noisy, '--max-runs', '3'], cli, more), 1);
  assert.is(collected, 1);
});

test('a bad option is a usage error (exit 2)', async () => {
  const { io: cli } = io();
  assert.is(await runGateCli(['--threshold', '0.5'], cli, noBench), 2);
  assert.is(await runGateCli(['--bogus'], cli, noBench), 2);
});

test.after(() => rmSync(dir, { recursive: true, force: true }));
test.run();
