import { appendFile, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { AuditCliIo } from '../audit/index.js';
import { createAuditLog, runAuditCli } from '../audit/index.js';
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

async function validLog(dir: string): Promise<{ file: string; head: { seq: number; hash: string } }> {
  const file = join(dir, 'audit.jsonl');
  const log = createAuditLog({ path: file, fsync: 'never' });
  for (let n = 0; n < 3; n += 1) await log.append(sampleEntry(n));
  const head = log.head();
  await log.close();
  return { file, head };
}

test('verify exits 0 on a valid log, with JSON output on --json', async () => {
  await withTempDir(async (dir) => {
    const { file } = await validLog(dir);
    const io = capture();
    assert.is(await runAuditCli(['verify', file, '--json'], io), 0);
    const parsed = JSON.parse(io.out) as { ok: boolean; records: number; firstBadRecord: number | null };
    assert.equal([parsed.ok, parsed.records, parsed.firstBadRecord], [true, 3, null]);
    assert.is(await runAuditCli(['verify', file], capture()), 0);
  });
});

test('verify exits 1 on a tampered or torn log', async () => {
  await withTempDir(async (dir) => {
    const { file } = await validLog(dir);
    await appendFile(file, '{"seq":3');
    const io = capture();
    assert.is(await runAuditCli(['verify', '--json', file], io), 1);
    assert.is((JSON.parse(io.out) as { firstBadRecord: number }).firstBadRecord, 3);
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace('exec-1', 'exec-8'));
    assert.is(await runAuditCli(['verify', file], capture()), 1);
  });
});

test('--expect-head turns a truncation into exit 1', async () => {
  await withTempDir(async (dir) => {
    const { file, head } = await validLog(dir);
    const anchor = `${head.seq}:${head.hash}`;
    assert.is(await runAuditCli(['verify', file, '--expect-head', anchor], capture()), 0);
    const lines = (await readFile(file, 'utf8')).split(/(?<=\n)/);
    await writeFile(file, lines.slice(0, 2).join(''));
    assert.is(await runAuditCli(['verify', file], capture()), 0);
    assert.is(await runAuditCli(['verify', file, '--expect-head', anchor], capture()), 1);
  });
});

test('usage errors exit 2: no command, unknown command, no file, two files, unknown option, bad head', async () => {
  for (const argv of [
    [],
    ['check', 'x'],
    ['verify'],
    ['verify', 'a', 'b'],
    ['verify', 'a', '--yaml'],
    ['verify', 'a', '--expect-head', '3'],
  ]) {
    const io = capture();
    assert.is(await runAuditCli(argv, io), 2, argv.join(' '));
    assert.ok(io.err.length > 0);
  }
});

test('an unreadable file exits 2; --help exits 0 with usage on stdout', async () => {
  await withTempDir(async (dir) => {
    assert.is(await runAuditCli(['verify', join(dir, 'missing.jsonl')], capture()), 2);
    const io = capture();
    assert.is(await runAuditCli(['verify', '--help'], io), 0);
    assert.match(io.out, /sandproof audit verify/);
  });
});

test.run();
