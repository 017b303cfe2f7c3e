/**
 * Terminal injection: guest text in SandboxError messages (a line a host prints or logs) carries no raw
 * control or bidi-override character; escapeControlText writes each as `\uXXXX` and leaves other text alone.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { SandboxError } from '../errors.js';
import { createRuntime } from '../runtime.js';
import { escapeControlText } from '../terminal-text.js';

test('ESC, CSI, BEL, CR, DEL, C1 and bidi overrides become visible \\uXXXX text', () => {
  assert.is(escapeControlText('\u001b[2J'), '\\u001b[2J');
  assert.is(
    escapeControlText('a\u0007b\rc\u007fd\u009be\u202ef\u2066g\u200fh'),
    'a\\u0007b\\u000dc\\u007fd\\u009be\\u202ef\\u2066g\\u200fh',
  );
  assert.is(escapeControlText('line\nnext'), 'line\\u000anext');
  assert.is(escapeControlText('line\nnext', { multiline: true }), 'line\nnext');
  assert.is(escapeControlText('tab\tkept, é 😀 and \\ unchanged'), 'tab\tkept, é 😀 and \\ unchanged');
});

test('line and paragraph separators (a new line to many terminals and log viewers) are escaped, even multiline', () => {
  assert.is(escapeControlText('a\u2028b\u2029c'), 'a\\u2028b\\u2029c');
  assert.is(escapeControlText('a\u2028b', { multiline: true }), 'a\\u2028b');
});

test('every code unit below U+00A0 that a terminal acts on is escaped', () => {
  for (let c = 0; c < 0xa0; c++) {
    const ch = String.fromCharCode(c);
    const out = escapeControlText(ch);
    const control = c < 0x20 || (c >= 0x7f && c < 0xa0);
    if (control && c !== 9) assert.is(out, `\\u${c.toString(16).padStart(4, '0')}`);
    else assert.is(out, ch);
  }
});

test('a guest error message with terminal escapes reaches the caller escaped', async () => {
  const rt = createRuntime({ isolation: 'in-process', pool: { min: 0 } });
  try {
    await rt.execute({
      code: "const e = new Error('\\x1b[2J\\x1b[HALL CHECKS PASSED\\u202e'); e.name = 'Pass\\x1b[0m'; throw e",
      scan: false,
    });
    assert.unreachable('the execution must fail');
  } catch (error) {
    assert.instance(error, SandboxError);
    const e = error as SandboxError;
    assert.is(e.code, 'ERR_SCRIPT_ERROR');
    assert.is(e.message, 'Pass\\u001b[0m: \\u001b[2J\\u001b[HALL CHECKS PASSED\\u202e');
    assert.is(e.guestName, 'Pass\\u001b[0m');
  } finally {
    await rt.dispose();
  }
});

test.run();
