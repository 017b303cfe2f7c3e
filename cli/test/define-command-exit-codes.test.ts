/** The one command shape: --help exits 0 with the usage, a usage error exits 2 with it, the body's code passes. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { bufferedIo, defineCommand, UsageError } from '../index.js';

const USAGE = 'Usage: demo FILE [--count N]';
const seen: Array<{ file: string | undefined; count: string | undefined }> = [];
const demo = defineCommand({
  name: 'demo',
  usage: USAGE,
  options: { count: { type: 'string' } },
  minPositionals: 1,
  maxPositionals: 1,
  positionalsName: 'FILE',
  run: async ({ values, positionals }, io) => {
    if (values.count === 'bad') throw new UsageError('--count is bad');
    if (values.count === 'boom') throw new Error('harness broke');
    seen.push({ file: positionals[0], count: values.count });
    io.stdout('ran\n');
    return values.count === 'fail' ? 1 : 0;
  },
});

test('--help and -h print the usage on stdout and exit 0 without running', async () => {
  for (const flag of ['--help', '-h']) {
    const io = bufferedIo();
    assert.is(await demo([flag], io), 0);
    assert.is(io.out(), `${USAGE}\n`);
    assert.is(io.err(), '');
  }
  assert.equal(seen, []);
});

test('a malformed command line exits 2 with the message and the usage on stderr', async () => {
  for (const argv of [
    [],
    ['a', 'b'],
    ['a', '--nope'],
    ['a', '--count'],
    ['a', '--count', '1', '--count', '2'],
  ]) {
    const io = bufferedIo();
    assert.is(await demo(argv, io), 2, argv.join(' '));
    assert.ok(io.err().startsWith('demo: '), io.err());
    assert.ok(io.err().includes(USAGE));
    assert.is(io.out(), '');
  }
  assert.equal(seen, []);
});

test("a UsageError from the body exits 2; the body's own exit code passes through", async () => {
  const io = bufferedIo();
  assert.is(await demo(['a', '--count', 'bad'], io), 2);
  assert.ok(io.err().includes('--count is bad'));
  assert.is(await demo(['a', '--count', '3'], bufferedIo()), 0);
  assert.is(await demo(['a', '--count', 'fail'], bufferedIo()), 1);
  assert.equal(seen, [
    { file: 'a', count: '3' },
    { file: 'a', count: 'fail' },
  ]);
});

test('any other error is not swallowed: the dispatcher above decides (exit 2, a broken harness)', async () => {
  try {
    await demo(['a', '--count', 'boom'], bufferedIo());
    assert.unreachable('should have thrown');
  } catch (error) {
    assert.is((error as Error).message, 'harness broke');
  }
});

test.run();
