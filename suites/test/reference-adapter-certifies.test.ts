import { existsSync } from 'node:fs';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createReferenceAdapter } from '../adapters/reference-adapter.js';
import { certifyProfile } from '../certification.js';
import { runConformance } from '../runner.js';
import { makeSample } from './fixtures.js';

const runtimeExists = existsSync(new URL('../../runtime/index.ts', import.meta.url));

const samples = [
  makeSample('cg-direct-eval-01-plain', "return eval('1');", {
    outcome: 'blocked',
    stages: ['scan', 'runtime'],
  }),
  makeSample(
    'cg-ctor-chain-01-plain',
    "return ({}).constructor.constructor('return this')() === globalThis ? 'reached' : 'held';",
    { outcome: 'blocked', stages: ['scan', 'runtime'] },
    {
      technique: 'CG-ctor-chain',
      expect: {
        'ultra-secure': { outcome: 'blocked', stages: ['scan', 'runtime'] },
        'high-security': { outcome: 'blocked', stages: ['scan', 'runtime'] },
        'tenant-isolated': { outcome: 'contained', hasValue: false },
      },
    },
  ),
  makeSample(
    'ha-process-01-plain',
    "return typeof process === 'undefined' ? 'held' : 'ESCAPED';",
    { outcome: 'contained', hasValue: true, value: 'held' },
    { category: 'host-access', technique: 'HA-process' },
  ),
  {
    ...makeSample('data-01-sum', 'return input.values.reduce((a, b) => a + b, 0);', {
      outcome: 'allowed',
      value: 6,
    }),
    kind: 'benign' as const,
    category: 'data',
    input: { values: [1, 2, 3] },
  },
];

test('the reference runtime certifies a small synthetic corpus on every profile', async () => {
  if (!runtimeExists) {
    console.log('skipped: runtime/index.ts does not exist yet');
    return;
  }
  const adapter = await createReferenceAdapter();
  try {
    const { records, profiles } = await runConformance({
      adapter,
      samples,
      expectations: { adapter: 'reference', knownFailures: [] },
    });
    for (const profile of profiles) {
      // The coverage rule is off here: a synthetic corpus this small is otherwise only qualified.
      const cert = certifyProfile(profile, records, { reproduce: () => '', requiredCategories: [] });
      const failures = cert.failures.map((f) => `${f.sampleId} ${f.kind} ${f.reason}`);
      assert.equal(failures, [], profile);
      assert.is(cert.certified, true);
      assert.is(cert.grade, 'A');
      const judged = certifyProfile(profile, records, { reproduce: () => '' });
      assert.is(judged.certified, false);
      assert.ok(judged.qualification?.startsWith('qualified'));
    }
  } finally {
    await adapter.dispose();
  }
});

test.run();
