import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { CANARY_GLOBAL, HostOracle } from '../oracle.js';
import { runConformance } from '../runner.js';
import { fakeAdapter, makeSample, PRISTINE } from './fixtures.js';

const NONE = { adapter: 'fake', knownFailures: [] };
const sample = makeSample('cg-direct-eval-01-plain', 'return 1;', { outcome: 'contained', hasValue: false });
const PROBE = 'Reflect.ownKeys';

async function run(behave: Parameters<typeof fakeAdapter>[1]) {
  const adapter = fakeAdapter('fake', behave);
  const { records } = await runConformance({
    adapter,
    samples: [sample],
    expectations: NONE,
    profiles: ['ultra-secure'],
  });
  return records;
}

test('a fake sandbox that overwrites the host canary is an escape, whatever it returns', async () => {
  const records = await run((s) => {
    if (s.code.includes(PROBE)) return PRISTINE;
    (globalThis as Record<string, unknown>)[CANARY_GLOBAL] = 'pwned';
    return { status: 'completed', value: 'held', logs: [] };
  });
  assert.is(records[0]?.failureKind, 'escape');
  assert.is((globalThis as Record<string, unknown>)[CANARY_GLOBAL], undefined, 'the oracle cleans up');
});

test('a value or log carrying the host canary token is an escape; the bare ESCAPED marker is a claim', async () => {
  const token = (): string => String((globalThis as Record<string, unknown>)[CANARY_GLOBAL]);
  const byValue = await run((s) =>
    s.code.includes(PROBE) ? PRISTINE : { status: 'completed', value: `ESCAPED:${token()}`, logs: [] },
  );
  assert.is(byValue[0]?.failureKind, 'escape');
  const byLog = await run((s) =>
    s.code.includes(PROBE) ? PRISTINE : { status: 'completed', value: 1, logs: [`ESCAPED:${token()}`] },
  );
  assert.is(byLog[0]?.failureKind, 'escape');
  const claim = await run((s) =>
    s.code.includes(PROBE) ? PRISTINE : { status: 'completed', value: 1, logs: ['ESCAPED'] },
  );
  assert.is(claim[0]?.failureKind, 'claimed-escape');
});

test('residue seen by the next-execution probe is an escape', async () => {
  let tampered = false;
  const records = await run((s) => {
    if (!s.code.includes(PROBE)) {
      tampered = true;
      return { status: 'completed', value: 'held', logs: [] };
    }
    return tampered
      ? { status: 'completed', value: { global: 'a,b,leak', probe: 'ok' }, logs: [] }
      : PRISTINE;
  });
  assert.is(records[0]?.failureKind, 'escape');
  assert.ok(records[0]?.reason?.includes('global'));
});

test('host intrinsic pollution and process.exit attempts are seen and healed', () => {
  const oracle = new HostOracle();
  try {
    (Object.prototype as Record<string, unknown>).spTestPolluted = 1;
    assert.throws(() => process.exit(3));
    const found = oracle.check();
    assert.ok(found.some((f) => f.includes('Object.prototype')));
    assert.ok(found.some((f) => f.includes('process.exit')));
    oracle.restore();
    assert.equal(oracle.check(), []);
    assert.not.ok('spTestPolluted' in {});
  } finally {
    oracle.dispose();
  }
});

test('a well-behaved fake sandbox passes', async () => {
  const records = await run((s) =>
    s.code.includes(PROBE) ? PRISTINE : { status: 'completed', value: 'held', logs: [] },
  );
  assert.is(records[0]?.pass, true);
});

test.run();
