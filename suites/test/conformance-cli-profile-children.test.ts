/**
 * An in-process run of several profiles gives each profile a child process of its own, all at once
 * (profile-processes.ts), and writes one set of outputs as if it had run in one process: the merged
 * results name every profile in order, the JUnit file keeps one test case per run, and each child's own
 * results stay under `profiles/<profile>`.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { runConformanceCli } from '../conformance-cli.js';
import type { ConformanceResults } from '../conformance-results.js';
import { PROFILES } from '../sample.js';
import { maliciousFrontmatter, sampleText, writeCorpus } from './fixtures.js';

const blocked = { outcome: 'blocked', stages: ['runtime'] };
const corpus = writeCorpus({
  'malicious/code-generation/cg-direct-eval-01-plain.js': sampleText(
    maliciousFrontmatter({
      expect: { 'ultra-secure': blocked, 'high-security': blocked, 'tenant-isolated': blocked },
    }),
    "return eval('1');",
  ),
  'malicious/code-generation/cg-direct-eval-02-plain.js': sampleText(
    maliciousFrontmatter({
      id: 'cg-direct-eval-02-plain',
      expect: { 'ultra-secure': blocked, 'high-security': blocked, 'tenant-isolated': blocked },
    }),
    "return eval('2');",
  ),
});
const dir = mkdtempSync(join(tmpdir(), 'sandproof-children-'));
const adapter = join(dir, 'strict.mjs');
writeFileSync(
  adapter,
  `export function createAdapter() {
  return {
    name: 'strict',
    capabilities: { profiles: ['ultra-secure', 'high-security', 'tenant-isolated'], scanner: false },
    async execute(sample) {
      if (sample.id === 'builtins-probe') return { status: 'completed', value: { pid: 'any' }, logs: [] };
      return { status: 'threw', errorCode: 'ERR_SCRIPT_ERROR', name: 'EvalError', message: 'no' };
    },
    async dispose() {},
  };
}\n`,
);

test('three profiles in process: one child each, merged results and a JUnit case per run', async () => {
  const out = join(dir, 'out');
  const argv = ['--adapter', adapter, '--isolation', 'in-process', '--corpus', corpus, '--out', out];
  const writeErr = process.stderr.write.bind(process.stderr);
  const write = process.stdout.write.bind(process.stdout);
  let stdout = '';
  let stderr = '';
  process.stderr.write = (chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  };
  process.stdout.write = (chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  };
  let code: number;
  try {
    code = await runConformanceCli([...argv, '--no-generated', '--timeout', '300']);
  } finally {
    process.stderr.write = writeErr;
    process.stdout.write = write;
  }
  assert.is(code, 0);
  const results = JSON.parse(readFileSync(join(out, 'conformance.json'), 'utf8')) as ConformanceResults;
  assert.equal(
    results.profiles.map((p) => p.profile),
    [...PROFILES],
  );
  assert.ok(results.profiles.every((p) => p.runs === 2 && p.failed === 0));
  assert.is(results.timeoutMs, 300);
  for (const p of PROFILES) assert.ok(existsSync(join(out, 'profiles', p, 'conformance.json')), p);
  const junit = readFileSync(join(out, 'junit.xml'), 'utf8');
  assert.is(junit.match(/<testsuite /g)?.length, 3);
  assert.is(junit.match(/<testcase /g)?.length, 6);
  assert.is(stdout.match(/sandproof conformance: adapter strict/g)?.length, 1, 'one summary, the parent');
  assert.match(stderr, /\[6\/6\]/, 'one progress count over the three children');
});

test.run();
