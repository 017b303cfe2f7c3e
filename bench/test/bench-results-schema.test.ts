import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { BENCH_SCHEMA_VERSION, parseBenchResults, validateBenchResults } from '../../results/index.js';
import { writeBenchOutputs } from '../cli/bench-cli.js';
import { INPUT_1KB } from '../scenarios/bench-snippets.js';
import { ratio, results, rounds, staticTarget } from './bench-fixture.js';

const valid = results([ratio('a/b', rounds(2))], [staticTarget('static.latency.ultra-secure', 1, 50)]);

test('a complete document is valid', () => {
  assert.equal(validateBenchResults(valid), []);
});

test('an unknown schemaVersion is refused, not guessed', () => {
  const errors = validateBenchResults({ ...valid, schemaVersion: BENCH_SCHEMA_VERSION + 1 });
  assert.is(errors.length, 1);
  assert.ok(errors[0]?.startsWith('schemaVersion'));
});

test('scenario latency needs p50, p75, p99 and mean', () => {
  const broken = { ...valid, scenarios: [{ id: 'x', description: '', samples: 1, latencyMs: { p50: 1 } }] };
  assert.ok(validateBenchResults(broken).some((e) => e.startsWith('scenarios[0].latencyMs')));
});

test('ratios need a direction and numeric samples; targets need ok and a kind', () => {
  const broken = {
    ...valid,
    ratios: [{ id: 'r', value: 1, better: 'sideways', samples: ['1'] }],
    targets: [{ id: 't', kind: 'other', comparison: 'max', limit: 1, value: 1 }],
  };
  const errors = validateBenchResults(broken);
  for (const prefix of ['ratios[0].better', 'ratios[0].samples', 'targets[0].kind', 'targets[0].ok']) {
    assert.ok(
      errors.some((e) => e.startsWith(prefix)),
      prefix,
    );
  }
});

test('non-objects and missing arrays are reported', () => {
  assert.equal(validateBenchResults(null), ['bench results: not an object']);
  const { scenarios: _dropped, ...rest } = valid;
  assert.ok(validateBenchResults(rest).includes('scenarios: not an array'));
});

test('written outputs parse back and the HTML escapes what it shows', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'bench-schema-'));
  try {
    const hostile = { ...valid, machine: { ...valid.machine, hostname: '<script>x</script>' } };
    const file = await writeBenchOutputs(hostile, dir);
    assert.equal(parseBenchResults(readFileSync(file, 'utf8')), hostile);
    const html = readFileSync(join(dir, 'bench.html'), 'utf8');
    assert.not.ok(html.includes('<script>'));
    assert.ok(html.includes('static.latency.ultra-secure'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('parseBenchResults throws on an invalid document', () => {
  assert.throws(() => parseBenchResults('{"schemaVersion":0}'), /invalid bench results/);
});

test('the end-to-end input is about 1 KB of JSON', () => {
  const bytes = JSON.stringify(INPUT_1KB).length;
  assert.ok(bytes >= 900 && bytes <= 1300, `${bytes} bytes`);
});

test.run();
