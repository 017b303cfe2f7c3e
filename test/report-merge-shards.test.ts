/**
 * `sandproof report --merge`: the dispatcher hands the suite's shard arithmetic to the reports area, which
 * itself never imports the suite. Shards of one run merge into a complete results file and its reports;
 * shards of different adapters are refused with ERR_MERGE (exit 2).
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { bufferedIo } from '../cli/index.js';
import type { ConformanceResults } from '../results/index.js';
import { main } from '../scripts/index.js';

const FIXTURE = join(import.meta.dirname, '..', 'reports', 'test', 'fixtures', 'conformance-reference.json');
let dir = '';

async function reference(): Promise<ConformanceResults> {
  return JSON.parse(await readFile(FIXTURE, 'utf8')) as ConformanceResults;
}

async function writeShard(name: string, results: ConformanceResults): Promise<string> {
  const file = join(dir, name);
  await writeFile(file, JSON.stringify(results));
  return file;
}

test.before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sandproof-merge-'));
});
test.after(async () => {
  await rm(dir, { recursive: true, force: true });
});

test('--merge joins shards into a complete conformance.json and reports it', async () => {
  const files: string[] = [];
  for (const index of [1, 2]) {
    const r = await reference();
    r.shard = { index, count: 2 };
    r.complete = false;
    files.push(await writeShard(`shard${index}.json`, r));
  }
  const out = join(dir, 'merged');
  const io = bufferedIo();
  assert.is(await main(['report', '--merge', ...files, '--out', out], io), 0, io.err());
  const merged = JSON.parse(await readFile(join(out, 'conformance.json'), 'utf8')) as ConformanceResults;
  assert.ok(merged.complete);
  assert.is(merged.profiles[0]?.samples, 2 * ((await reference()).profiles[0]?.samples ?? Number.NaN));
  assert.match(await readFile(join(out, 'conformance.html'), 'utf8'), /id="verdicts"/);
});

test('--merge of incompatible shards exits 2 with ERR_MERGE', async () => {
  const a = await writeShard('a.json', await reference());
  const other = await reference();
  other.adapter.name = 'other';
  const b = await writeShard('b.json', other);
  const io = bufferedIo();
  assert.is(await main(['report', '--merge', a, b, '--out', join(dir, 'm2')], io), 2);
  assert.match(io.err(), /ERR_MERGE/);
});

test.run();
