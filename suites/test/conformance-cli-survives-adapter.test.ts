import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { runConformanceCli } from '../conformance-cli.js';
import { PARTIAL_FILE } from '../partial-results.js';
import type { RunRecord } from '../run-record.js';
import { maliciousFrontmatter, sampleText, writeCorpus } from './fixtures.js';

const FIXTURE = fileURLToPath(new URL('./fixtures/misbehaving-adapter.mjs', import.meta.url));
const blocked = { outcome: 'blocked', stages: ['runtime'] };
const expect = { 'ultra-secure': blocked, 'high-security': blocked, 'tenant-isolated': blocked };

function sample(n: number, body: string): Record<string, string> {
  const id = `cg-direct-eval-0${n}-plain`;
  return { [`malicious/code-generation/${id}.js`]: sampleText(maliciousFrontmatter({ id, expect }), body) };
}

// Samples 1, 2 and 3 make the fixture adapter hang, kill its process and throw.
const corpus = writeCorpus({
  ...sample(1, 'hang'),
  ...sample(2, 'die'),
  ...sample(3, 'throw'),
  ...sample(4, 'return eval("1");'),
});
const dir = mkdtempSync(join(tmpdir(), 'sandproof-survive-'));

async function quiet(argv: string[]): Promise<{ code: number; err: string }> {
  const write = process.stdout.write.bind(process.stdout);
  const writeErr = process.stderr.write.bind(process.stderr);
  let err = '';
  process.stdout.write = () => true;
  process.stderr.write = ((chunk: string) => {
    err += String(chunk);
    return true;
  }) as typeof process.stderr.write;
  try {
    return { code: await runConformanceCli(argv), err };
  } finally {
    process.stdout.write = write;
    process.stderr.write = writeErr;
  }
}

const argv = (out: string): string[] => [
  '--adapter',
  FIXTURE,
  '--corpus',
  corpus,
  '--out',
  join(dir, out),
  '--no-generated',
  '--timeout',
  '200',
  '--grace',
  '1500',
  '--concurrency',
  '2',
];

test('a run against an adapter that hangs, dies and throws finishes with a verdict (exit 1, not 2)', async () => {
  const { code, err } = await quiet(argv('survive'));
  assert.is(code, 1);
  const junit = readFileSync(join(dir, 'survive', 'junit.xml'), 'utf8');
  for (const id of ['cg-direct-eval-01-plain', 'cg-direct-eval-02-plain', 'cg-direct-eval-03-plain'])
    assert.ok(junit.includes(id), `${id} is in junit.xml`);
  // 200 ms, or ten times it: a hang is re-run alone with a larger budget before it counts (load re-runs).
  assert.match(junit, /hang: no answer within the 2000? ms budget/);
  assert.match(junit, /crash: the worker exited/);
  assert.match(junit, /adapter-error: RangeError: adapter bug/);
  const results = JSON.parse(readFileSync(join(dir, 'survive', 'conformance.json'), 'utf8'));
  assert.is(results.profiles[0].samples, 4);
  // Without a terminal, one progress line per finished run names its sample.
  assert.match(err, /\[\d\/4\] ultra-secure scan=off cg-direct-eval-01-plain FAIL hang/);
  assert.not.ok(existsSync(join(dir, 'survive', PARTIAL_FILE)), 'the partial file is removed at the end');
});

test('--resume keeps the runs of a partial results file and runs only the rest', async () => {
  const out = join(dir, 'resume');
  await quiet([...argv('resume'), '--filter', '^cg-direct-eval-04-']);
  const kept: RunRecord = {
    sampleId: 'cg-direct-eval-01-plain',
    kind: 'malicious',
    category: 'code-generation',
    technique: 'CG-direct-eval',
    generated: false,
    profile: 'ultra-secure',
    scan: false,
    expected: 'blocked',
    actual: 'threw ERR_SCRIPT_ERROR EvalError',
    code: 'ERR_SCRIPT_ERROR',
    refusedByScan: false,
    scanExpected: false,
    pass: true,
    blocking: false,
    durationMs: 1,
  };
  writeFileSync(
    join(out, PARTIAL_FILE),
    `${JSON.stringify({ adapter: 'misbehaving' })}\n${JSON.stringify(kept)}\n`,
  );
  const { err } = await quiet([...argv('resume'), '--resume', '--filter', '^cg-direct-eval-0[14]-']);
  assert.match(err, /resuming: 1 run\(s\) kept/);
  // The hanging sample was not run again: its kept record passes, so no hang line appears.
  assert.not.match(err, /cg-direct-eval-01-plain FAIL/);
  const junit = readFileSync(join(out, 'junit.xml'), 'utf8');
  assert.ok(junit.includes('cg-direct-eval-01-plain'));
});

test.run();
