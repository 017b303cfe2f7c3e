import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parseCompareArgs, runCompareCli } from '../cli/compare-cli.js';

function io() {
  const out = { stdout: '', stderr: '' };
  return {
    out,
    io: {
      stdout(t: string) {
        out.stdout += t;
      },
      stderr(t: string) {
        out.stderr += t;
      },
    },
  };
}

test('--base is required, bad values are usage errors (exit 2)', async () => {
  for (const argv of [
    [],
    ['--rounds', '5'],
    ['--base'],
    ['--base', 'main', '--rounds', '1'],
    ['--base', 'main', '--threshold', '2'],
    ['--base', 'main', '--alpha', '0'],
    ['--base', 'main', '--frobnicate'],
  ]) {
    const { out, io: cli } = io();
    assert.is(await runCompareCli(argv, cli), 2, argv.join(' '));
    assert.match(out.stderr, /Usage: sandproof bench compare/);
  }
});

test('an unknown ref is a clear setup error (exit 2), not a stack trace', async () => {
  const { out, io: cli } = io();
  assert.is(await runCompareCli(['--base', 'no-such-ref-0123456789'], cli), 2);
  assert.match(out.stderr, /unknown git ref: no-such-ref-0123456789/);
  assert.not.match(out.stderr, /\n\s+at /);
});

test('--help documents the exit codes (exit 0)', async () => {
  const { out, io: cli } = io();
  assert.is(await runCompareCli(['--help'], cli), 0);
  assert.match(out.stdout, /Exit codes: 0/);
});

test('options are parsed with their defaults', () => {
  const args = parseCompareArgs(['--base', 'main', '--rounds', '12', '--threshold', '0.1', '--json']);
  assert.ok(typeof args !== 'string');
  if (typeof args === 'string') return;
  assert.is(args.base, 'main');
  assert.is(args.rounds, 12);
  assert.is(args.batch, 40);
  const defaults = parseCompareArgs(['--base', 'main']);
  assert.is(typeof defaults === 'string' ? 0 : defaults.rounds, 20);
  assert.equal(args.options, { threshold: 0.1, alpha: 0.01 });
  assert.ok(args.json);
});

test.run();
