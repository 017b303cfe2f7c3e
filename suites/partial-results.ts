/**
 * The partial results file of a conformance run, `DIR/conformance.partial.jsonl`: a header line naming the
 * adapter, then one run record per line, appended as each run finishes. A run that is interrupted (the
 * machine went down, someone pressed Ctrl-C) leaves it behind; `--resume` reads it back and runs only what
 * is missing. A later line for the same run (a serial re-run) replaces an earlier one. The file is removed
 * once the full results are written.
 */
import { appendFileSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { RunRecord } from './run-record.js';

/** The name of the partial results file inside the output directory. */
export const PARTIAL_FILE = 'conformance.partial.jsonl';

/** An open partial results file. */
export interface PartialResults {
  path: string;
  /** Records kept from an earlier, interrupted run (empty unless resuming). */
  resumed: RunRecord[];
  append(record: RunRecord): void;
  close(): Promise<void>;
  remove(): Promise<void>;
}

function key(r: RunRecord): string {
  return `${r.sampleId}\u0000${r.profile}\u0000${r.scan}`;
}

/** Reads the records of a partial file written for `adapterName`; a torn last line is ignored. */
export function readPartialRecords(path: string, adapterName: string): RunRecord[] {
  if (!existsSync(path)) return [];
  const lines = readFileSync(path, 'utf8').split('\n').filter(Boolean);
  const header = lines.length > 0 ? (safeParse(lines[0]!) as { adapter?: unknown } | null) : null;
  if (header?.adapter !== adapterName) return [];
  const byKey = new Map<string, RunRecord>();
  for (const line of lines.slice(1)) {
    const record = safeParse(line) as RunRecord | null;
    if (record && typeof record.sampleId === 'string') byKey.set(key(record), record);
  }
  return [...byKey.values()];
}

function safeParse(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    return null;
  }
}

/**
 * Opens `DIR/conformance.partial.jsonl`: with `resume`, keeps the records it holds for this adapter;
 * otherwise (or when it belongs to another adapter) starts it afresh.
 */
export async function openPartialResults(
  dir: string,
  adapterName: string,
  resume: boolean,
): Promise<PartialResults> {
  await mkdir(dir, { recursive: true });
  const path = join(dir, PARTIAL_FILE);
  const resumed = resume ? readPartialRecords(path, adapterName) : [];
  const lines = [JSON.stringify({ adapter: adapterName, startedAt: new Date().toISOString() })];
  for (const record of resumed) lines.push(JSON.stringify(record));
  writeFileSync(path, `${lines.join('\n')}\n`);
  return {
    path,
    resumed,
    append(record) {
      appendFileSync(path, `${JSON.stringify(record)}\n`);
    },
    async close() {},
    async remove() {
      rmSync(path, { force: true });
    },
  };
}
