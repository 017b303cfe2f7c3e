/**
 * Terminal injection through `sandproof run`: a guest that logs, returns or throws raw control bytes (clear
 * the screen, move the cursor home, print a fake "ALL CHECKS PASSED") or a bidi override reaches the
 * terminal only as visible `\uXXXX` text, in plain and in `--json` output, with the scanner on or off.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { runRunCommand } from '../run-command.js';

/** Control characters a terminal acts on (tab and line feed are plain text). */
const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const ATTACK = String.raw`
const fake = '\x1b[2J\x1b[H\x1b]0;title\x07ALL CHECKS PASSED\r\x9b31m\u202eexe.txt';
console.log(fake);
console.error(fake);
if (input.fail) throw new Error(fake);
return { fake };`;

let dir = '';
async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runRunCommand(args, { stdout: (t) => (out += t), stderr: (t) => (err += t) });
  return { code, out, err };
}

test.before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sandproof-run-'));
  await writeFile(join(dir, 'attack.js'), ATTACK);
});

for (const json of [false, true]) {
  for (const fail of [false, true]) {
    test(`control bytes in logs, value and error message stay text (json ${json}, throws ${fail})`, async () => {
      const args = [join(dir, 'attack.js'), '--no-scan', '--input', JSON.stringify({ fail })];
      const { code, out, err } = await run(json ? [...args, '--json'] : args);
      assert.is(code, fail ? 1 : 0);
      assert.not.match(out, RAW);
      assert.not.match(err, RAW);
      assert.ok((out + err).includes('\\u001b[2J'), 'the escape is shown, not dropped');
      if (json) JSON.parse(out);
    });
  }
}

test.after(() => rm(dir, { recursive: true, force: true }));
test.run();
