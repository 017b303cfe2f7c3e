/**
 * Audit integrity: two different programs never get the same `codeSha256`. Code that hides a lone
 * surrogate (`'\uD800'` versus `'\uD801'`) and branches on it used to hash alike, since UTF-8 turns every
 * lone surrogate into U+FFFD. Well-formed code still hashes its UTF-8 bytes, so earlier records match.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createAuditLog, hashCode, verifyAuditLog } from '../audit/index.js';
import { sampleEntry, withTempDir } from './audit-helpers.js';

const utf8Hash = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const D800 = "return '\uD800' === '\\uD800' ? 'branch A' : 'branch B'";
const D801 = "return '\uD801' === '\\uD800' ? 'branch A' : 'branch B'";

test('programs that differ only in a lone surrogate (\\uD800 vs \\uD801) hash differently', () => {
  assert.is(utf8Hash(D800), utf8Hash(D801), 'the UTF-8 hash confuses them (the attack)');
  assert.is.not(hashCode(D800), hashCode(D801));
  assert.is.not(hashCode(D800), hashCode(D800.replace('\uD800', '\uFFFD')));
  assert.is.not(hashCode('\uDC00'), hashCode('\uD800'));
});

test('well-formed code hashes its UTF-8 bytes, as records written before the change do', () => {
  for (const code of ['return 1', 'return "é😀"', '', 'return "\\uD800"'])
    assert.is(hashCode(code), utf8Hash(code));
});

test('a lone surrogate never hashes like any well-formed text (tagged with 0xFF, absent from UTF-8)', () => {
  const tagged = createHash('sha256').update(Uint8Array.of(0xff)).update('\uD800', 'utf16le').digest('hex');
  assert.is(hashCode('\uD800'), tagged);
  assert.is.not(hashCode('\uD800'), hashCode('\uFFFD'));
});

test('a log with lone-surrogate code records distinct hashes and verifies', async () => {
  await withTempDir(async (dir) => {
    for (const includeCode of [false, true]) {
      const file = join(dir, `audit-${includeCode}.jsonl`);
      const log = createAuditLog({ path: file, includeCode, fsync: 'never' });
      const a = await log.append(sampleEntry(1, { code: D800 }));
      const b = await log.append(sampleEntry(2, { code: D801 }));
      await log.append(sampleEntry(3));
      await log.close();
      assert.is.not(a.codeSha256, b.codeSha256);
      const result = await verifyAuditLog(file);
      assert.is(result.ok, true, JSON.stringify(result));
    }
  });
});

test.run();
