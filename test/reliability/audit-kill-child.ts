/**
 * Child process of the audit-kill test: runs executions for ever through a runtime whose audit file is
 * argv[2], eight at a time, each carrying about 100 KB of code so that a kill often lands mid-write, and
 * prints `ack <executionId>` once each has settled (its record was appended first), until it is killed.
 */
import { createRuntime, type SandboxError } from '../../runtime/index.js';

const [, , path] = process.argv;
if (path === undefined) throw new Error('usage: audit-kill-child AUDIT_FILE');
const rt = createRuntime({ isolation: 'in-process', audit: { path, includeCode: true, fsync: 'never' } });
const padding = `/*${'x'.repeat(100_000)}*/`;

async function loop(lane: number): Promise<void> {
  for (let n = 0; ; n++) {
    const code = `${padding} ${n % 5 === 0 ? 'throw new Error("e")' : `return ${lane * n}`}`;
    const id = await rt.execute({ code, scan: false }).then(
      (r) => r.executionId,
      (e: SandboxError) => e.executionId,
    );
    process.stdout.write(`ack ${id}\n`);
  }
}
await Promise.all(Array.from({ length: 8 }, (_, lane) => loop(lane)));
