/**
 * Fault injection on the audit log (audit-torn-write): a host process killed with SIGKILL in the middle of
 * executions and their audit appends. Every execution it reported as settled has its record on disk; the
 * file verifies up to its last whole record; a new runtime on the same file moves the torn tail aside,
 * continues the chain, and the whole file verifies.
 */
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createRuntime, verifyAuditLog } from '../../runtime/index.js';
import { tempDir } from './helpers.js';

const CHILD = fileURLToPath(new URL('./audit-kill-child.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Runs the child until it acknowledged `acks` executions, kills it; resolves with the acknowledged ids. */
function runAndKill(path: string, acks: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--no-node-snapshot', '--import', 'tsx', CHILD, path], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const ids: string[] = [];
    let buffered = '';
    let stderr = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      buffered += chunk;
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) if (line.startsWith('ack ')) ids.push(line.slice(4));
      if (ids.length >= acks && child.exitCode === null) child.kill('SIGKILL');
    });
    child.stderr.on('data', (c: Buffer) => {
      stderr += c.toString();
    });
    child.on('exit', (_code, signal) =>
      signal === 'SIGKILL'
        ? resolve(ids)
        : reject(new Error(`child ended by itself: ${stderr.slice(0, 1_000)}`)),
    );
  });
}

for (const acks of [40, 150]) {
  test(`a host killed after ${acks} executions loses no settled record; the chain continues`, async () => {
    const temp = tempDir('audit-kill');
    const path = join(temp.dir, 'audit.jsonl');
    try {
      const acked = await runAndKill(path, acks);
      const text = (await readFile(path)).toString('utf8');
      const whole = text.slice(0, text.lastIndexOf('\n') + 1);
      const onDisk = new Set(
        whole
          .split('\n')
          .filter(Boolean)
          .map((l) => (JSON.parse(l) as { executionId: string }).executionId),
      );
      for (const id of acked) assert.ok(onDisk.has(id), `settled execution ${id} has its record`);

      const rt = createRuntime({ isolation: 'in-process', audit: { path } });
      assert.is(rt.audit.head().seq, onDisk.size - 1, 'every whole record is kept');
      for (let i = 0; i < 10; i++) await rt.execute({ code: `return ${i}` });
      await rt.dispose();
      const verified = await verifyAuditLog(path);
      assert.equal([verified.ok, verified.records], [true, onDisk.size + 10]);
    } finally {
      temp.remove();
    }
  });
}

test.run();
