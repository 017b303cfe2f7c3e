import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { runConformanceCli } from '../conformance-cli.js';
import { maliciousFrontmatter, sampleText, writeCorpus } from './fixtures.js';

const corpus = writeCorpus({
  'malicious/code-generation/cg-direct-eval-01-plain.js': sampleText(
    maliciousFrontmatter({
      expect: {
        'ultra-secure': { outcome: 'blocked', stages: ['runtime'] },
        'high-security': { outcome: 'blocked', stages: ['runtime'] },
        'tenant-isolated': { outcome: 'blocked', stages: ['runtime'] },
      },
    }),
    "return eval('1');",
  ),
});
const dir = mkdtempSync(join(tmpdir(), 'sandproof-cli-'));

/** Writes a fake adapter module: `blocks` decides whether it refuses the snippet. */
function adapterModule(name: string, blocks: boolean): string {
  const path = join(dir, `${name}.mjs`);
  const outcome = blocks
    ? "{ status: 'threw', errorCode: 'ERR_SCRIPT_ERROR', name: 'EvalError', message: 'no' }"
    : "{ status: 'completed', value: 1, logs: [] }";
  writeFileSync(
    path,
    `export function createAdapter() {
  return {
    name: '${name}',
    capabilities: { profiles: ['ultra-secure'], scanner: false },
    async execute(sample) {
      if (sample.id === 'builtins-probe') return { status: 'completed', value: { pristine: true }, logs: [] };
      return ${outcome};
    },
    async dispose() {},
  };
}\n`,
  );
  return path;
}

const silent = async (argv: string[]): Promise<number> => {
  const write = process.stdout.write.bind(process.stdout);
  const writeErr = process.stderr.write.bind(process.stderr);
  process.stdout.write = () => true;
  process.stderr.write = () => true;
  try {
    return await runConformanceCli(argv);
  } finally {
    process.stdout.write = write;
    process.stderr.write = writeErr;
  }
};

const base = (adapter: string, out: string): string[] => [
  '--adapter',
  adapter,
  '--corpus',
  corpus,
  '--out',
  join(dir, out),
  '--no-generated',
];

test('exit 0 when results match (no known failures, all pass)', async () => {
  assert.is(await silent(base(adapterModule('good', true), 'good')), 0);
  const results = JSON.parse(readFileSync(join(dir, 'good', 'conformance.json'), 'utf8'));
  assert.is(results.schemaVersion, 1);
  // Clean, but a one-sample corpus covers too little to certify: the verdict is qualified.
  assert.is(results.profiles[0].blockingFailures, 0);
  assert.is(results.profiles[0].certified, false);
  assert.match(results.profiles[0].qualification, /^qualified, not certified/);
  assert.ok(readFileSync(join(dir, 'good', 'junit.xml'), 'utf8').includes('<testcase'));
});

test('exit 1 on an unexpected failure', async () => {
  assert.is(await silent(base(adapterModule('leaky', false), 'leaky')), 1);
});

test('exit 0 when the failure is listed as known, yet the profile is not certified', async () => {
  const expectations = join(dir, 'known.yaml');
  writeFileSync(expectations, 'knownFailures:\n  - id: cg-direct-eval-01-plain\n    reason: documented\n');
  const argv = [...base(adapterModule('leaky2', false), 'known'), '--expectations', expectations];
  assert.is(await silent(argv), 0);
  const results = JSON.parse(readFileSync(join(dir, 'known', 'conformance.json'), 'utf8'));
  assert.is(results.profiles[0].certified, false);
  assert.is(results.profiles[0].knownFailures, 1);
});

test('exit 1 on an unexpected pass', async () => {
  const expectations = join(dir, 'stale.yaml');
  writeFileSync(expectations, 'knownFailures:\n  - id: cg-direct-eval-01-plain\n    reason: was broken\n');
  assert.is(
    await silent([...base(adapterModule('fixed', true), 'stale'), '--expectations', expectations]),
    1,
  );
});

test('exit 2 when the adapter cannot load or the arguments are wrong', async () => {
  assert.is(await silent(base(join(dir, 'missing.mjs'), 'missing')), 2);
  assert.is(await silent(['--shard', '3/2']), 2);
  assert.is(await silent(['--bogus']), 2);
});

test('--help exits 0', async () => {
  assert.is(await silent(['--help']), 0);
});

test.run();
