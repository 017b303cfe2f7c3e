/**
 * Child process of the closed-IPC test: a process-isolated runtime whose sandbox child is killed with
 * SIGKILL again and again, with requests sent a few milliseconds later, before or while the parent learns
 * of the death. Prints `survived <codes>` and exits 0 when this host process lived through it.
 */
import { createRuntime } from '../../runtime/index.js';

const rt = createRuntime({ isolation: 'process', processes: 1, pool: { min: 0 } });
await rt.execute({ code: 'return 0' });
const codes = new Set<string>();
for (let round = 0; round < 8; round++) {
  for (const pid of rt.stats().sandboxPids) process.kill(pid, 'SIGKILL');
  await new Promise((r) => setTimeout(r, round % 4));
  const runs = Array.from({ length: 5 }, () =>
    rt.execute({ code: 'return 1', scan: false }).then(
      () => 'ok',
      (e: { code?: string }) => String(e.code),
    ),
  );
  for (const code of await Promise.all(runs)) codes.add(code);
}
await rt.dispose();
process.stdout.write(`survived ${JSON.stringify([...codes])}\n`);
