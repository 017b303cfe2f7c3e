import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { AuditRecord } from '../audit/index.js';
import { createAuditLog, recordLine, sha256Hex, verifyAuditLog } from '../audit/index.js';
import { sampleEntry, withTempDir } from './audit-helpers.js';

/** Writes a valid log of `count` records and returns its lines (each with its `\n`). */
async function writeLog(file: string, count: number): Promise<string[]> {
  const log = createAuditLog({ path: file, fsync: 'never' });
  for (let n = 0; n < count; n += 1) await log.append(sampleEntry(n));
  await log.close();
  const text = await readFile(file, 'utf8');
  return text.split(/(?<=\n)/);
}

/** A record re-sealed after an edit, as a forger with the format (but no anchor) would produce it. */
function reseal(record: AuditRecord, edit: Partial<AuditRecord>): string {
  const { hash: _old, ...rest } = { ...record, ...edit };
  const body = recordLine({ ...rest, hash: '0'.repeat(64) }).replace(/,"hash":"0{64}"\}\n$/, '}');
  return recordLine({ ...rest, hash: sha256Hex(body) });
}

test('a valid file verifies', async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, 'audit.jsonl');
    await writeLog(file, 5);
    const result = await verifyAuditLog(file);
    assert.equal(
      { ok: result.ok, records: result.records, firstBadRecord: result.firstBadRecord },
      { ok: true, records: 5, firstBadRecord: null },
    );
  });
});

test('changing any single byte anywhere is detected', async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, 'audit.jsonl');
    const original = Buffer.from((await writeLog(file, 3)).join(''), 'utf8');
    const tampered = join(dir, 'tampered.jsonl');
    for (let position = 0; position < original.length; position += 1) {
      for (const flip of [0x01, 0x20]) {
        const copy = Buffer.from(original);
        copy[position] = (copy[position] as number) ^ flip;
        await writeFile(tampered, copy);
        const result = await verifyAuditLog(tampered);
        if (result.ok) assert.unreachable(`byte ${position} xor ${flip} went undetected`);
      }
    }
  });
});

test('an equivalent but non-canonical encoding of a record is detected', async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, 'audit.jsonl');
    const log = createAuditLog({ path: file, fsync: 'never' });
    await log.append(sampleEntry(0, { tenantId: 'tenant\u001f' }));
    await log.close();
    const text = await readFile(file, 'utf8');
    assert.ok(text.includes('\\u001f'));
    await writeFile(file, text.replace('\\u001f', '\\u001F'));
    const result = await verifyAuditLog(file);
    assert.is(result.ok, false);
    assert.is(result.firstBadRecord, 0);
  });
});

const lineEdits: Record<string, { edit: (lines: string[]) => string[]; firstBad: number }> = {
  'deleting a middle line': { edit: (l) => [...l.slice(0, 2), ...l.slice(3)], firstBad: 2 },
  'deleting the first line': { edit: (l) => l.slice(1), firstBad: 0 },
  'swapping two lines': { edit: (l) => [l[0], l[2], l[1], ...l.slice(3)] as string[], firstBad: 1 },
  'duplicating a line': { edit: (l) => [...l.slice(0, 3), l[2] as string, ...l.slice(3)], firstBad: 3 },
  'a torn last line': { edit: (l) => [...l, (l[1] as string).slice(0, 40)], firstBad: 5 },
  'a last line without its newline': {
    edit: (l) => [...l.slice(0, 4), (l[4] as string).trimEnd()],
    firstBad: 4,
  },
  'an empty line': { edit: (l) => [...l.slice(0, 2), '\n', ...l.slice(2)], firstBad: 2 },
};

for (const [name, { edit, firstBad }] of Object.entries(lineEdits)) {
  test(`${name} is detected at line ${firstBad}`, async () => {
    await withTempDir(async (dir) => {
      const file = join(dir, 'audit.jsonl');
      const lines = await writeLog(file, 5);
      await writeFile(file, edit(lines).join(''));
      const result = await verifyAuditLog(file);
      assert.is(result.ok, false);
      assert.is(result.firstBadRecord, firstBad);
      assert.is(result.records, firstBad);
    });
  });
}

test('a forged line inserted with a correct hash and link still breaks the chain after it', async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, 'audit.jsonl');
    const lines = await writeLog(file, 5);
    const previous = JSON.parse(lines[1] as string) as AuditRecord;
    const forged = reseal(previous, { seq: 2, prevHash: previous.hash, executionId: 'forged' });
    await writeFile(file, [...lines.slice(0, 2), forged, ...lines.slice(2)].join(''));
    const result = await verifyAuditLog(file);
    assert.is(result.ok, false);
    assert.is(result.firstBadRecord, 3);
  });
});

test('an edited record re-sealed with its own hash breaks the next record link', async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, 'audit.jsonl');
    const lines = await writeLog(file, 5);
    const record = JSON.parse(lines[2] as string) as AuditRecord;
    lines[2] = reseal(record, { outcome: 'ok', errorCode: null, tenantId: 'someone-else' });
    await writeFile(file, lines.join(''));
    const result = await verifyAuditLog(file);
    assert.is(result.ok, false);
    assert.is(result.firstBadRecord, 3);
    assert.is(result.reason, 'prevHash mismatch');
  });
});

test('truncation and rewrites are detected against an anchored head', async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, 'audit.jsonl');
    const lines = await writeLog(file, 5);
    const last = JSON.parse(lines[4] as string) as AuditRecord;
    const expectedHead = { seq: last.seq, hash: last.hash };
    assert.is((await verifyAuditLog(file, { expectedHead })).ok, true);
    await writeFile(file, lines.slice(0, 4).join(''));
    assert.is((await verifyAuditLog(file)).ok, true, 'without an anchor a truncated chain is valid');
    const truncated = await verifyAuditLog(file, { expectedHead });
    assert.is(truncated.ok, false);
    assert.is(truncated.firstBadRecord, 4);
    await writeFile(file, [...lines.slice(0, 4), reseal(last, { executionId: 'rewritten' })].join(''));
    const rewritten = await verifyAuditLog(file, { expectedHead });
    assert.is(rewritten.ok, false);
    assert.is(rewritten.firstBadRecord, 4);
  });
});

test('an empty file is a valid empty chain; a missing file rejects with ERR_AUDIT_IO', async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, 'empty.jsonl');
    await writeFile(file, '');
    assert.equal((await verifyAuditLog(file)).records, 0);
    try {
      await verifyAuditLog(join(dir, 'missing.jsonl'));
      assert.unreachable('should reject');
    } catch (error) {
      assert.is((error as { code?: string }).code, 'ERR_AUDIT_IO');
    }
  });
});

test.run();
