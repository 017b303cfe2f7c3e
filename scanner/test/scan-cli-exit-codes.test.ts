import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { runScanCli } from '../scan-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'sandproof-scan-'));
const clean = join(dir, 'clean.js');
const evil = join(dir, 'evil.js');
const lodash = join(dir, 'lodash.js');
writeFileSync(clean, 'return [1, 2].map((x) => x * 2)\n');
writeFileSync(evil, 'return eval("1")\n');
writeFileSync(lodash, 'return require("lodash").chunk([1, 2], 1)\n');

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io = { stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => (err += s) } };
  const code = await runScanCli(argv, io);
  return { code, out, err };
}

test('0 when every file is secure', async () => {
  const { code, out } = await run([clean]);
  assert.is(code, 0);
  assert.ok(out.length > 0);
});

test('1 when any file is insecure', async () => {
  assert.is((await run([clean, evil])).code, 1);
});

test('the profile changes the verdict', async () => {
  assert.is((await run([lodash])).code, 1);
  assert.is((await run([lodash, '--profile', 'high-security'])).code, 0);
  assert.is((await run([lodash, '--profile=tenant-isolated'])).code, 0);
});

test('2 on usage errors: unknown flag, missing file, bad values, no files', async () => {
  for (const argv of [
    [clean, '--bogus'],
    [join(dir, 'missing.js')],
    [clean, '--profile', 'nope'],
    [clean, '--format', 'xml'],
    [],
    [clean, '--profile'],
  ]) {
    const { code, err } = await run(argv);
    assert.is(code, 2, argv.join(' '));
    assert.ok(err.length > 0);
  }
});

test('--help prints usage and exits 0', async () => {
  const { code, out } = await run(['--help']);
  assert.is(code, 0);
  assert.ok(out.length > 0);
});

test('json and sarif formats are parseable', async () => {
  const json = JSON.parse((await run([evil, '--format', 'json'])).out);
  assert.is(json.files[0].report.secure, false);
  const sarif = JSON.parse((await run([evil, '--format=sarif'])).out);
  assert.is(sarif.version, '2.1.0');
  assert.is(sarif.runs[0].results[0].ruleId, 'eval');
});

test.after(() => rmSync(dir, { recursive: true, force: true }));
test.run();
