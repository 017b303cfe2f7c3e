/**
 * Attack: delete the final audit record (a failed execution by `mallory`), or rewrite it (tenantId
 * `someone-else`) and recompute its SHA-256. A hash chain cannot see its own end: both files are valid chains.
 * With the head anchored elsewhere (`log.head()` / `runtime.audit.head()`), `verifyAuditLog(path, { head })`
 * and `sandproof audit verify FILE --head SEQ:HASH | --head-file F` refuse both; without it, the result says
 * the tail is not anchored instead of claiming more.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { AuditCliIo, AuditRecord, ChainHead } from '../audit/index.js';
import {
  createAuditLog,
  recordBody,
  recordLine,
  runAuditCli,
  sha256Hex,
  verifyAuditLog,
} from '../audit/index.js';
import { sampleEntry, withTempDir } from './audit-helpers.js';

function capture(): AuditCliIo & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    stdout: (s: string) => {
      io.out += s;
    },
    stderr: (s: string) => {
      io.err += s;
    },
  };
  return io;
}

/** Four records, the last one mallory's failed execution; returns the lines and the head to anchor. */
async function fourRecordLog(file: string): Promise<{ lines: string[]; head: ChainHead }> {
  const log = createAuditLog({ path: file, fsync: 'never' });
  for (let n = 0; n < 3; n += 1) await log.append(sampleEntry(n));
  await log.append(sampleEntry(3, { tenantId: 'mallory', outcome: 'error', errorCode: 'ERR_SCRIPT_ERROR' }));
  const head = log.head();
  await log.close();
  return { lines: (await readFile(file, 'utf8')).split(/(?<=\n)/), head };
}

/** What a forger does with the format alone: edit the record and recompute its hash. */
function rewriteWithRecomputedHash(line: string, edit: Partial<AuditRecord>): string {
  const { hash: _old, ...rest } = { ...(JSON.parse(line) as AuditRecord), ...edit };
  return recordLine({ ...rest, hash: sha256Hex(recordBody(rest)) });
}

test('audit tail deletion: verifies without an anchor (tail unanchored), refused with the head (API and CLI)', async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, 'audit.jsonl');
    const { lines, head } = await fourRecordLog(file);
    const intact = await verifyAuditLog(file, { head });
    assert.equal([intact.ok, intact.tail], [true, 'at-head']);
    await writeFile(file, lines.slice(0, 3).join(''));

    const bare = await verifyAuditLog(file);
    assert.equal([bare.ok, bare.records, bare.tail], [true, 3, 'unanchored']);
    const bareIo = capture();
    assert.is(await runAuditCli(['verify', file], bareIo), 0);
    assert.match(bareIo.out, /tail not anchored/);

    const anchored = await verifyAuditLog(file, { head });
    assert.equal([anchored.ok, anchored.reason], [false, 'shorter than the expected head']);
    const io = capture();
    assert.is(await runAuditCli(['verify', file, '--head', `${head.seq}:${head.hash}`], io), 1);
    assert.match(io.out, /NOT OK/);
    const headFile = join(dir, 'head.json');
    await writeFile(headFile, JSON.stringify(head));
    assert.is(await runAuditCli(['verify', file, '--head-file', headFile], capture()), 1);
  });
});

test('audit tail rewrite with a recomputed hash: verifies without an anchor, refused with the head', async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, 'audit.jsonl');
    const { lines, head } = await fourRecordLog(file);
    const forged = rewriteWithRecomputedHash(lines[3] as string, { tenantId: 'someone-else' });
    await writeFile(file, [...lines.slice(0, 3), forged].join(''));

    const bare = await verifyAuditLog(file);
    assert.equal([bare.ok, bare.records, bare.tail], [true, 4, 'unanchored']);
    const anchored = await verifyAuditLog(file, { head });
    assert.equal(
      [anchored.ok, anchored.firstBadRecord, anchored.reason],
      [false, 3, 'expected head hash mismatch'],
    );
    const headFile = join(dir, 'head.txt');
    await writeFile(headFile, `${head.seq}:${head.hash}\n`);
    const io = capture();
    assert.is(await runAuditCli(['verify', file, '--head-file', headFile, '--json'], io), 1);
    assert.is((JSON.parse(io.out) as { ok: boolean }).ok, false);
  });
});

test('a log that grew past an anchored head verifies and says the records after it are not anchored', async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, 'audit.jsonl');
    const { head } = await fourRecordLog(file);
    const reopened = createAuditLog({ path: file, fsync: 'never' });
    await reopened.append(sampleEntry(4));
    await reopened.close();
    const result = await verifyAuditLog(file, { head });
    assert.equal([result.ok, result.records, result.tail], [true, 5, 'extends-head']);
    const io = capture();
    assert.is(await runAuditCli(['verify', file, '--head', `${head.seq}:${head.hash}`], io), 0);
    assert.match(io.out, /records after it are not anchored/);
  });
});

test('bad head arguments are usage errors (exit 2): two heads, a head file without a head', async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, 'audit.jsonl');
    const { head } = await fourRecordLog(file);
    const anchor = `${head.seq}:${head.hash}`;
    const empty = join(dir, 'empty.txt');
    await writeFile(empty, 'no head here');
    for (const argv of [
      ['verify', file, '--head', anchor, '--expect-head', anchor],
      ['verify', file, '--head-file', empty],
      ['verify', file, '--head-file', join(dir, 'missing.txt')],
      ['verify', file, '--head-file'],
    ]) {
      const io = capture();
      assert.is(await runAuditCli(argv, io), 2, argv.join(' '));
      assert.ok(io.err.length > 0);
    }
  });
});

test.run();
