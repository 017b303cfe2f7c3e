import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AuditEntry } from '../audit/index.js';

/** A valid entry; `n` varies the fields so records differ. */
export function sampleEntry(n: number, overrides: Partial<AuditEntry> = {}): AuditEntry {
  return {
    executionId: `exec-${n}`,
    tenantId: `tenant-${n % 3}`,
    profile: n % 2 === 0 ? 'ultra-secure' : 'high-security',
    code: `return input.a + ${n};`,
    input: { a: n, nested: { list: [n, 'x'] } },
    startedAt: new Date(Date.UTC(2024, 0, 1, 0, 0, n % 60)).toISOString(),
    wallMs: 0.25 + n,
    cpuMs: n % 4 === 0 ? null : 0.125 * n,
    outcome: n % 5 === 0 ? 'error' : 'ok',
    errorCode: n % 5 === 0 ? 'ERR_TIMEOUT' : null,
    scanScore: n % 7 === 0 ? null : 9.5,
    scanSecure: n % 7 === 0 ? null : true,
    ...overrides,
  };
}

/** Runs `body` with a fresh temporary directory, removed afterwards whatever happens. */
export async function withTempDir<T>(body: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'sandproof-audit-'));
  try {
    return await body(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
