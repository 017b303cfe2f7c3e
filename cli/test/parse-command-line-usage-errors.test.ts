/** The shared parser: every malformed command line is a UsageError naming the problem, never a TypeError. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { choiceOption, integerOption, parseCommandLine, UsageError } from '../index.js';

const SPEC = {
  options: {
    profile: { type: 'string' },
    json: { type: 'boolean' },
    reference: { type: 'string', multiple: true },
  },
  minPositionals: 1,
  maxPositionals: 1,
  positionalsName: 'FILE',
} as const;

function usageError(fn: () => unknown): UsageError {
  try {
    fn();
  } catch (error) {
    assert.instance(error, UsageError);
    return error as UsageError;
  }
  return assert.unreachable('expected a UsageError') as never;
}

test('parses options, repeated multi-value options and the positional', () => {
  const args = parseCommandLine(
    ['a.js', '--profile', 'high-security', '--json', '--reference', 'x', '--reference', 'y'],
    SPEC,
  );
  assert.equal(args.positionals, ['a.js']);
  assert.is(args.values.profile, 'high-security');
  assert.is(args.values.json, true);
  assert.equal(args.values.reference, ['x', 'y']);
});

test('an unknown option is a usage error with code ERR_USAGE', () => {
  const error = usageError(() => parseCommandLine(['a.js', '--profil', 'x'], SPEC));
  assert.is(error.code, 'ERR_USAGE');
  assert.ok(error.message.includes('--profil'));
});

test('a string option without its value is a usage error', () => {
  usageError(() => parseCommandLine(['a.js', '--profile'], SPEC));
});

test('a single-valued option given twice is a usage error, not last-one-wins', () => {
  const error = usageError(() => parseCommandLine(['a.js', '--profile', 'a', '--profile', 'b'], SPEC));
  assert.ok(error.message.includes('--profile'));
});

test('too few and too many positionals are usage errors naming them', () => {
  assert.ok(usageError(() => parseCommandLine([], SPEC)).message.includes('FILE'));
  assert.ok(usageError(() => parseCommandLine(['a.js', 'b.js'], SPEC)).message.includes('b.js'));
});

test('integerOption accepts integers in range and refuses the rest', () => {
  assert.is(integerOption('300', 'timeout', 1), 300);
  for (const bad of ['0', '1.5', 'abc', '', '1e3', `${Number.MAX_SAFE_INTEGER}0`]) {
    usageError(() => integerOption(bad, 'timeout', 1));
  }
  usageError(() => integerOption('11', 'jobs', 1, 10));
});

test('choiceOption accepts the listed values only', () => {
  assert.is(choiceOption('json', 'format', ['text', 'json'] as const), 'json');
  assert.ok(usageError(() => choiceOption('xml', 'format', ['text', 'json'])).message.includes('text, json'));
});

test.run();
