/**
 * Exit codes of the dispatcher and of `run`, `selfcheck` and `corpus:add` for every kind of bad command line:
 * each is a usage error (exit 2, a message and the usage on stderr), never a crash, a stack trace, a runtime
 * started for nothing, or a corpus file written. Runs no guest code.
 */
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { bufferedIo } from '../../cli/index.js';
import { DEFAULT_CORPUS_ROOT } from '../../suites/index.js';
import { corpusAdd, parseExpectationFlag } from '../corpus-add.js';
import { main } from '../sandproof.js';

let dir = '';
let snippet = '';

test.before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sandproof-cli-'));
  snippet = join(dir, 'snippet.js');
  await writeFile(snippet, 'return 1;');
});
test.after(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function exit(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = bufferedIo();
  const code = await main(argv, io);
  return { code, out: io.out(), err: io.err() };
}

test('dispatcher: no command prints the list and exits 2; --help and help exit 0', async () => {
  const none = await exit([]);
  assert.is(none.code, 2);
  assert.ok(none.out.includes('Commands:'));
  for (const help of ['--help', '-h', 'help']) {
    const r = await exit([help]);
    assert.is(r.code, 0, help);
    for (const name of ['run', 'scan', 'conformance', 'selfcheck', 'bench', 'report'])
      assert.ok(r.out.includes(name));
  }
});

test('dispatcher: an unknown command exits 2 and names it', async () => {
  const r = await exit(['frobnicate']);
  assert.is(r.code, 2);
  assert.ok(r.err.includes("unknown command 'frobnicate'"));
});

test('every command answers --help with exit 0 and its usage', async () => {
  for (const name of [
    'run',
    'scan',
    'audit',
    'conformance',
    'adapter',
    'matrix',
    'bench',
    'profile',
    'report',
    'selfcheck',
  ]) {
    const r = await exit([name, '--help']);
    assert.is(r.code, 0, `${name}: ${r.err}`);
    assert.ok(/usage/i.test(r.out), `${name} prints a usage`);
  }
});

/** Every command and subcommand, as typed after `sandproof`. */
const EVERY_COMMAND = [
  ['run'],
  ['scan'],
  ['audit'],
  ['audit', 'verify'],
  ['conformance'],
  ['adapter'],
  ['adapter', 'init'],
  ['matrix'],
  ['bench'],
  ['bench', 'gate'],
  ['bench', 'compare'],
  ['profile'],
  ['report'],
  ['selfcheck'],
];

test('every command and subcommand: an unknown option is a usage error (exit 2, named on stderr)', async () => {
  for (const command of EVERY_COMMAND) {
    const r = await exit([...command, '--no-such-option']);
    assert.is(r.code, 2, `${command.join(' ')}: ${r.err}`);
    assert.ok(r.err.includes('--no-such-option'), `${command.join(' ')} names the option: ${r.err}`);
    assert.not.ok(/\n\s+at /.test(r.err), `${command.join(' ')}: no stack trace`);
  }
});

test('every subcommand answers --help with exit 0', async () => {
  for (const command of EVERY_COMMAND.filter((c) => c.length > 1)) {
    const r = await exit([...command, '--help']);
    assert.is(r.code, 0, `${command.join(' ')}: ${r.err}`);
    assert.ok(/usage/i.test(r.out), `${command.join(' ')} prints a usage`);
  }
});

test('run: missing, extra or malformed arguments exit 2 with the usage', async () => {
  const cases = [
    ['run'],
    ['run', snippet, snippet],
    ['run', snippet, '--profil', 'x'],
    ['run', snippet, '--profile'],
    ['run', snippet, '--timeout', 'soon'],
    ['run', snippet, '--timeout', '0'],
    ['run', snippet, '--json', '--json'],
  ];
  for (const argv of cases) {
    const r = await exit(argv);
    assert.is(r.code, 2, argv.join(' '));
    assert.ok(r.err.startsWith('sandproof run: '), r.err);
    assert.ok(r.err.includes('Usage: sandproof run'), argv.join(' '));
  }
});

test('run: an unreadable file or non-JSON input exits 2 without a stack trace', async () => {
  for (const argv of [
    ['run', join(dir, 'missing.js')],
    ['run', snippet, '--input', '{not json'],
  ]) {
    const r = await exit(argv);
    assert.is(r.code, 2, argv.join(' '));
    assert.not.ok(r.err.includes('    at '), r.err);
  }
});

test('selfcheck: any argument is a usage error', async () => {
  for (const argv of [
    ['selfcheck', 'extra'],
    ['selfcheck', '--quick'],
  ]) {
    const r = await exit(argv);
    assert.is(r.code, 2, argv.join(' '));
    assert.ok(r.err.includes('Usage: sandproof selfcheck'));
  }
});

async function corpusFiles(): Promise<number> {
  const entries = await readdir(DEFAULT_CORPUS_ROOT, { recursive: true });
  return entries.length;
}

test('corpus:add: bad command lines exit 2 and write nothing to the corpus', async () => {
  const before = await corpusFiles();
  const cases = [
    [],
    [snippet, snippet],
    [snippet, '--kind'],
    [snippet, '--bogus', 'x'],
    [snippet, '--kind', 'malicious', '--kind', 'benign'],
    [snippet, '--expect-ultra', 'forbidden'],
    [snippet, '--expect-ultra', 'allowed:{'],
    [snippet, '--timeout', 'later'],
    [join(dir, 'missing.js'), '--kind', 'benign', '--category', 'data'],
  ];
  for (const argv of cases) {
    const io = bufferedIo();
    assert.is(await corpusAdd(argv, io), 2, argv.join(' '));
    assert.ok(io.err().startsWith('corpus:add: '), io.err());
    assert.ok(io.err().includes('Usage: corpus:add'));
    assert.is(io.out(), '');
  }
  assert.is(await corpusFiles(), before);
  const help = bufferedIo();
  assert.is(await corpusAdd(['--help'], help), 0);
  assert.ok(help.out().includes('--expect-ultra'));
});

test('corpus:add: expectation flags parse to the frontmatter shape', () => {
  assert.equal(parseExpectationFlag('blocked:scan,runtime'), {
    outcome: 'blocked',
    stages: ['scan', 'runtime'],
  });
  assert.equal(parseExpectationFlag('blocked:runtime:ERR_TIMEOUT,ERR_MEMORY_LIMIT'), {
    outcome: 'blocked',
    stages: ['runtime'],
    errors: ['ERR_TIMEOUT', 'ERR_MEMORY_LIMIT'],
  });
  assert.equal(parseExpectationFlag('blocked'), { outcome: 'blocked', stages: ['runtime'] });
  assert.equal(parseExpectationFlag('allowed:42'), { outcome: 'allowed', value: 42 });
  assert.equal(parseExpectationFlag('contained'), { outcome: 'contained' });
  assert.equal(parseExpectationFlag('contained:"held"'), { outcome: 'contained', value: 'held' });
});

test.run();
