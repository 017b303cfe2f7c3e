import { existsSync } from 'node:fs';
import { appendFile, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { AuditRecord } from '../audit/index.js';
import { AuditError, createAuditLog, FILE_SINK_MEMORY_RECORDS, verifyAuditLog } from '../audit/index.js';
import { sampleEntry, withTempDir } from './audit-helpers.js';

async function fill(file: string, from: number, to: number): Promise<void> {
  const log = createAuditLog({ path: file, fsync: 'never' });
  for (let n = from; n < to; n += 1) await log.append(sampleEntry(n));
  await log.close();
}

function openCode(file: string): string | undefined {
  try {
    createAuditLog({ path: file }).close();
  } catch (error) {
    return error instanceof AuditError ? error.code : 'not an AuditError';
  }
  return undefined;
}

test('reopening a file continues its chain: seq and prevHash carry on', async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, 'audit.jsonl');
    await fill(file, 0, 3);
    const log = createAuditLog({ path: file });
    const before = log.head();
    assert.is(before.seq, 2);
    assert.is(log.records().length, 3);
    const next = await log.append(sampleEntry(3));
    assert.is(next.seq, 3);
    assert.is(next.prevHash, before.hash);
    await log.close();
    await fill(file, 4, 6);
    const result = await verifyAuditLog(file);
    assert.is(result.ok, true);
    assert.is(result.records, 6);
  });
});

test('a torn final line is moved aside byte for byte and the chain continues', async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, 'audit.jsonl');
    await fill(file, 0, 4);
    const whole = await readFile(file);
    const torn = '{"seq":4,"executionId":"exec-4","tenantId":"ten';
    await appendFile(file, torn);
    assert.is((await verifyAuditLog(file)).ok, false);
    const log = createAuditLog({ path: file });
    assert.ok(log.tornPath);
    assert.equal(await readFile(log.tornPath as string, 'utf8'), torn);
    assert.equal(await readFile(file), whole);
    assert.is((await log.append(sampleEntry(4))).seq, 4);
    await log.close();
    const result = await verifyAuditLog(file);
    assert.equal([result.ok, result.records], [true, 5]);
    const names = await readdir(dir);
    assert.is(names.filter((name) => name.startsWith('audit.jsonl.torn-')).length, 1);
  });
});

test('a whole record missing only its newline is torn too (its append was never acknowledged)', async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, 'audit.jsonl');
    await fill(file, 0, 3);
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.slice(0, -1));
    const log = createAuditLog({ path: file });
    assert.is(log.head().seq, 1);
    await log.close();
    assert.is((await verifyAuditLog(file)).records, 2);
  });
});

test('a final line of zero bytes (a power loss after the size grew) is moved aside', async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, 'audit.jsonl');
    await fill(file, 0, 2);
    await appendFile(file, Buffer.concat([Buffer.alloc(30), Buffer.from('\n')]));
    const log = createAuditLog({ path: file });
    assert.ok(log.tornPath);
    assert.is(log.head().seq, 1);
    await log.close();
    assert.is((await verifyAuditLog(file)).ok, true);
  });
});

test('a file tampered before its last record is refused with ERR_AUDIT_CORRUPT, and left untouched', async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, 'audit.jsonl');
    await fill(file, 0, 4);
    const lines = (await readFile(file, 'utf8')).split(/(?<=\n)/);
    lines[1] = (lines[1] as string).replace('"exec-1"', '"exec-9"');
    const tampered = lines.join('');
    await writeFile(file, tampered);
    assert.is(openCode(file), 'ERR_AUDIT_CORRUPT');
    assert.is(await readFile(file, 'utf8'), tampered);
  });
});

test('garbage followed by more lines is corruption, not a torn write', async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, 'audit.jsonl');
    await fill(file, 0, 2);
    await appendFile(file, 'garbage\n');
    await fill(`${file}.other`, 0, 1);
    await appendFile(file, await readFile(`${file}.other`));
    assert.is(openCode(file), 'ERR_AUDIT_CORRUPT');
  });
});

test('a last line that parses but breaks the chain is tampering, not a torn write', async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, 'audit.jsonl');
    await fill(file, 0, 3);
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace(/"exec-2"/, '"exec-7"'));
    try {
      createAuditLog({ path: file });
      assert.unreachable('should refuse');
    } catch (error) {
      assert.instance(error, AuditError);
      assert.is((error as AuditError).code, 'ERR_AUDIT_CORRUPT');
      assert.is((error as AuditError).firstBadRecord, 2);
    }
  });
});

test('the file sink keeps only the last 1,000 records in memory', async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, 'audit.jsonl');
    const total = FILE_SINK_MEMORY_RECORDS + 50;
    await fill(file, 0, total);
    const log = createAuditLog({ path: file, fsync: 'never' });
    let records: readonly AuditRecord[] = log.records();
    assert.is(records.length, FILE_SINK_MEMORY_RECORDS);
    assert.is(records[0]?.seq, 50);
    for (let n = total; n < total + 1_200; n += 1) await log.append(sampleEntry(n));
    records = log.records();
    assert.is(records.length, FILE_SINK_MEMORY_RECORDS);
    assert.is(records.at(-1)?.seq, total + 1_199);
    await log.close();
  });
});

const DEV_FULL = '/dev/full';

test('a failed write poisons the log: that append and every later one reject with ERR_AUDIT_IO', async () => {
  if (!existsSync(DEV_FULL)) {
    console.warn('skipped: needs /dev/full (Linux) to make every write fail with ENOSPC');
    return;
  }
  const log = createAuditLog({ path: DEV_FULL, fsync: 'never' });
  const codes = await Promise.all(
    [0, 1, 2].map((n) =>
      log.append(sampleEntry(n)).then(
        () => 'written',
        (error: unknown) => (error instanceof AuditError ? error.code : 'not an AuditError'),
      ),
    ),
  );
  assert.equal(codes, ['ERR_AUDIT_IO', 'ERR_AUDIT_IO', 'ERR_AUDIT_IO']);
  const later = await log.append(sampleEntry(3)).catch((error: unknown) => (error as AuditError).code);
  assert.is(later, 'ERR_AUDIT_IO');
  assert.equal(log.head().seq, -1);
  await log.close();
});

test.run();
