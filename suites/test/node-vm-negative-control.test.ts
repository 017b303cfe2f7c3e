import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createNodeVmAdapter } from '../adapters/node-vm-adapter.js';
import { certifyProfile } from '../certification.js';
import { runConformance } from '../runner.js';
import { makeSample } from './fixtures.js';

// The classic vm escape: a host object handed to the context carries the host Function, which reads the
// host canary's token (evidence only host access can produce).
const hostFnEscape = makeSample(
  'ha-injected-fn-ctor-01-console',
  "const read = console.log.constructor('return globalThis.__SANDPROOF_CANARY__');\nreturn 'ESCAPED:' + read();",
  { outcome: 'contained', hasValue: true, value: 'held' },
  { category: 'host-access', technique: 'HA-injected-fn-ctor' },
);
const plainEval = makeSample('cg-direct-eval-01-plain', "return eval('1');", {
  outcome: 'blocked',
  stages: ['runtime'],
});
const benign = {
  ...makeSample('data-01-sum', 'return [1, 2, 3].reduce((a, b) => a + b, 0);', {
    outcome: 'allowed',
    value: 6,
  }),
  kind: 'benign' as const,
  category: 'data',
};

test('node-vm fails certification on every profile: the host Function escape is counted', async () => {
  const adapter = createNodeVmAdapter();
  const { records, profiles } = await runConformance({
    adapter,
    samples: [hostFnEscape, plainEval, benign],
    expectations: { adapter: 'node-vm', knownFailures: [] },
  });
  assert.equal(profiles, ['ultra-secure', 'high-security', 'tenant-isolated']);
  for (const profile of profiles) {
    const cert = certifyProfile(profile, records, { reproduce: () => '' });
    assert.is(cert.certified, false, profile);
    assert.is(cert.escapes, 1, profile);
    assert.is(cert.grade, 'F');
    assert.is(cert.failures[0]?.sampleId, hostFnEscape.id);
  }
  // The negative control still runs ordinary code correctly: only the escape fails.
  assert.ok(records.filter((r) => r.sampleId !== hostFnEscape.id).every((r) => r.pass));
});

test.run();
