/**
 * The guest's whole reachable surface is pinned: every own property (string and symbol keys) of every
 * namespace, constructor, prototype and function reachable from the global object, per profile, must be
 * exactly the reviewed list in fixtures/guest-surface.json. A member that an engine upgrade adds (the way
 * `Intl.v8BreakIterator`, an off-heap twin of the removed `Intl.Segmenter`, sat unnoticed on `Intl`) fails
 * this test until it is reviewed: kept and listed, or removed by the hardening script. The namespace
 * members are also enforced at run time (namespace-allowlist.ts, fail closed).
 */
import { readFileSync } from 'node:fs';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { NAMESPACE_MEMBERS } from '../guest/namespace-allowlist.js';
import { createRuntime, type Runtime } from '../runtime.js';
import { SURFACE_WALK_SNIPPET } from './guest-surface-walk.js';
import { outcome, PROFILES } from './helpers.js';

type Delta = { added: string[]; removed: string[] };
const fixture = JSON.parse(
  readFileSync(new URL('./fixtures/guest-surface.json', import.meta.url), 'utf8'),
) as Record<string, string[] | Delta | string>;

function expectedSurface(profile: string): string[] {
  const base = fixture['ultra-secure'] as string[];
  if (profile === 'ultra-secure') return base;
  const delta = fixture[profile] as Delta;
  const removed = new Set(delta.removed);
  return [...base.filter((line) => !removed.has(line)), ...delta.added].sort();
}

let rt: Runtime;
test.before(() => {
  rt = createRuntime({ isolation: 'in-process', pool: { min: 0, max: 2 } });
});
test.after(async () => {
  await rt.dispose();
});

for (const profile of PROFILES) {
  test(`${profile}: the reachable surface is exactly the reviewed list`, async () => {
    const o = await outcome(rt, { code: SURFACE_WALK_SNIPPET, profile, scan: false });
    assert.ok(o.ok, JSON.stringify(o));
    const actual = (o as { value: string[] }).value;
    const expected = new Set(expectedSurface(profile));
    const unreviewed = actual.filter((line) => !expected.has(line));
    const have = new Set(actual);
    const missing = [...expected].filter((line) => !have.has(line));
    assert.equal({ unreviewed, missing }, { unreviewed: [], missing: [] });
  });

  test(`${profile}: Intl.v8BreakIterator and Intl.Segmenter are on no path`, async () => {
    const o = await outcome(rt, { code: SURFACE_WALK_SNIPPET, profile, scan: false });
    const hits = ((o as { value: string[] }).value ?? []).filter((line) =>
      /BreakIterator|Segment/.test(line),
    );
    assert.equal(hits, []);
  });
}

test('each namespace holds its listed members and nothing else', async () => {
  // The listed members are all there is: nothing on Intl, Reflect, Math, JSON or Atomics beyond the list.
  const o = await outcome(rt, {
    code: `const spaces = ${JSON.stringify(NAMESPACE_MEMBERS)};
      const extra = {};
      for (const name of Object.keys(spaces)) {
        const target = globalThis[name];
        if (target === undefined) continue;
        extra[name] = Reflect.ownKeys(target).filter((k) => typeof k === 'symbol' ? k !== Symbol.toStringTag : !spaces[name].includes(k)).map(String);
      }
      return extra;`,
    profile: 'tenant-isolated',
    scan: false,
  });
  assert.equal(o, { ok: true, value: { Intl: [], Atomics: [], Reflect: [], Math: [], JSON: [] }, logs: [] });
});

test.run();
