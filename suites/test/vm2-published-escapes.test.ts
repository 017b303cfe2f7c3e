/**
 * The corpus's `proven: [vm2@3.9.19]` claims, checked: every sample that says it escapes vm2 3.9.19 is run
 * on the vm2 3.9.19 example adapter, and the oracle must find evidence of an escape (the host canary's
 * token read, or a host intrinsic changed), not merely the guest's own claim. The samples cite at least
 * four distinct vm2 advisories.
 *
 * Only `tenant-isolated` runs: it is the one profile where every trigger is present (WebAssembly for
 * CVE-2023-37903), and the adapter shares this process, so fewer runs keep the test short. The budget is
 * generous: the CVE-2023-37466 trigger overflows the stack while formatting traces, which takes seconds on
 * a loaded machine. vm2 3.12.2 is not run here: its uncaught RangeError on the 37466 samples ends the
 * process that hosts it (a worker's job, not a unit test's).
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createAdapter } from '../adapters/examples/vm2/vm2-3.9.19.js';
import { loadCorpus } from '../corpus.js';
import { ADVISORY_REFERENCE } from '../corpus-lint.js';
import { recordClass } from '../findings.js';
import { runConformance } from '../runner.js';

const TARGET = 'vm2@3.9.19';

test(`every sample proven against ${TARGET} is an escape there, with oracle evidence`, async () => {
  const corpus = await loadCorpus({ mutators: [] });
  const proven = corpus.samples.filter((s) => s.proven?.includes(TARGET));
  assert.ok(proven.length >= 8, `expected the published vm2 samples, found ${proven.length}`);
  const adapter = createAdapter();
  const { records } = await runConformance({
    adapter,
    samples: proven,
    expectations: { adapter: adapter.name, knownFailures: [] },
    profiles: ['tenant-isolated'],
    timeoutMs: 20_000,
    concurrency: 1,
  });
  const missed = records
    .filter((r) => recordClass(r) !== 'escape')
    .map((r) => `${r.sampleId}: ${r.actual} (${r.failureKind ?? 'pass'})`);
  assert.equal(missed, [], 'proven samples that did not escape');
  for (const r of records) {
    assert.ok(/canary token|host .* was changed/.test(r.reason ?? ''), `${r.sampleId}: ${r.reason}`);
  }
  const advisories = new Set(
    proven.flatMap((s) =>
      s.references.map((ref) => ADVISORY_REFERENCE.exec(ref)?.[0]?.toUpperCase()).filter(Boolean),
    ),
  );
  assert.ok(advisories.size >= 4, `distinct advisories: ${[...advisories].join(', ')}`);
});

test.run();
