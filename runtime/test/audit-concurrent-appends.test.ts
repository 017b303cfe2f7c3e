import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createAuditLog, verifyAuditLog } from '../audit/index.js';
import { sampleEntry, withTempDir } from './audit-helpers.js';

const COUNT = 1_000;

for (const fsync of ['always', 'never'] as const) {
  test(`${COUNT} concurrent appends (fsync ${fsync}) form one valid chain in call order`, async () => {
    await withTempDir(async (dir) => {
      const file = join(dir, 'audit.jsonl');
      const log = createAuditLog({ path: file, fsync });
      const records = await Promise.all(Array.from({ length: COUNT }, (_, n) => log.append(sampleEntry(n))));
      await log.close();
      records.forEach((record, n) => {
        assert.is(record.seq, n);
        assert.is(record.executionId, `exec-${n}`);
      });
      const result = await verifyAuditLog(file);
      assert.equal([result.ok, result.records], [true, COUNT]);
      assert.is(result.head.hash, records.at(-1)?.hash);
      const lines = (await readFile(file, 'utf8')).trimEnd().split('\n');
      assert.is(lines.length, COUNT);
    });
  });
}

test('concurrent appends to the memory sink chain in call order', async () => {
  const log = createAuditLog();
  await Promise.all(Array.from({ length: COUNT }, (_, n) => log.append(sampleEntry(n))));
  const records = log.records();
  assert.is(records.length, COUNT);
  for (let n = 1; n < COUNT; n += 1) {
    assert.is(records[n]?.prevHash, records[n - 1]?.hash);
    assert.is(records[n]?.executionId, `exec-${n}`);
  }
});

test('a refused entry among concurrent appends leaves the chain intact', async () => {
  const log = createAuditLog();
  const results = await Promise.allSettled(
    Array.from({ length: 10 }, (_, n) =>
      log.append(n === 4 ? sampleEntry(n, { wallMs: Number.NaN }) : sampleEntry(n)),
    ),
  );
  assert.is(results.filter((r) => r.status === 'rejected').length, 1);
  const records = log.records();
  assert.equal(
    records.map((r) => r.seq),
    [0, 1, 2, 3, 4, 5, 6, 7, 8],
  );
});

test.run();
