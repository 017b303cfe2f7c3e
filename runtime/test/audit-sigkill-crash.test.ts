import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createAuditLog, verifyAuditLog } from '../audit/index.js';
import { sampleEntry, withTempDir } from './audit-helpers.js';

const CHILD = fileURLToPath(new URL('./audit-append-child.ts', import.meta.url));
const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Starts the appending child, kills it with SIGKILL once it has acknowledged `acks` appends; returns acks seen. */
function runAndKill(file: string, size: 'small' | 'large', acks: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--no-node-snapshot', '--import', 'tsx', CHILD, file, size], {
      cwd: PROJECT_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let acked = 0;
    let stderr = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      acked += chunk.split('\n').filter((line) => line.startsWith('ack ')).length;
      if (acked >= acks && child.exitCode === null) child.kill('SIGKILL');
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('error', reject);
    child.on('exit', (_code, signal) => {
      if (signal === 'SIGKILL') resolve(acked);
      else reject(new Error(`child exited without being killed: ${stderr.slice(0, 2000)}`));
    });
  });
}

for (const [size, acks] of [
  ['small', 200],
  ['large', 20],
] as const) {
  test(`a writer killed with SIGKILL mid-run (${size} records) loses no whole record and the chain continues`, async () => {
    await withTempDir(async (dir) => {
      const file = join(dir, 'audit.jsonl');
      const acked = await runAndKill(file, size, acks);
      const bytes = await readFile(file);
      const lastNewline = bytes.lastIndexOf(0x0a);
      const wholeLines =
        bytes
          .subarray(0, lastNewline + 1)
          .toString('utf8')
          .split('\n').length - 1;
      const tail = bytes.subarray(lastNewline + 1);
      assert.ok(wholeLines >= acked, `every acknowledged append is on disk (${wholeLines} >= ${acked})`);

      const log = createAuditLog({ path: file });
      assert.is(log.head().seq, wholeLines - 1, 'every whole record is kept');
      if (tail.length > 0) {
        assert.ok(log.tornPath, 'the torn tail was moved aside');
        assert.ok((await readFile(log.tornPath as string)).equals(tail));
      } else {
        assert.is(log.tornPath, null);
      }
      assert.is((await log.append(sampleEntry(wholeLines))).seq, wholeLines);
      await log.close();
      const result = await verifyAuditLog(file);
      assert.equal([result.ok, result.records], [true, wholeLines + 1]);
    });
  });
}

test.run();
