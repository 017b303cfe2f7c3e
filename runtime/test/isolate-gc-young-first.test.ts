/**
 * The pool's cleaning collection, young generation first (SandboxIsolate.collectGarbage with an
 * allowance): a full collection costs about ten times a young one, and most of an execution's garbage is
 * young. The full one still runs whenever more than the allowance would be left above the floor, so the
 * garbage a next execution can start with (and V8 could collect during it, hiding part of what it
 * allocates from the budget) stays bounded by the allowance, as before.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { BUILTIN_PROFILES } from '../profiles.js';
import { SandboxIsolate } from '../sandbox-isolate.js';
import { isolateJob, TEST_LIMITS } from './helpers.js';

test('a young collection that leaves at most the allowance skips the full one; otherwise the full one runs', async () => {
  const isolate = new SandboxIsolate(BUILTIN_PROFILES['ultra-secure'], 16, TEST_LIMITS);
  try {
    const job = isolateJob('const a = []; for (let i = 0; i < 2000; i++) a.push({ i }); return a.length');
    for (let i = 0; i < 3; i++) assert.is((await isolate.execute(job)).value, 2000);
    assert.ok(await isolate.collectGarbage(), 'a full collection ran');
    const floor = isolate.floorBytes;
    assert.is(floor, isolate.heapBytes(), 'a full collection sets the floor');

    for (let i = 0; i < 3; i++) await isolate.execute(job);
    const allowance = 64 * 1024 * 1024;
    assert.ok(await isolate.collectGarbage(allowance));
    assert.is(
      isolate.floorBytes,
      floor,
      'the young collection was enough: no full collection, the floor stays',
    );
    assert.ok(isolate.heapBytes() <= floor + allowance);

    for (let i = 0; i < 3; i++) await isolate.execute(job);
    assert.ok(await isolate.collectGarbage(1));
    assert.is(
      isolate.floorBytes,
      isolate.heapBytes(),
      'more than the allowance left: the full collection ran',
    );
  } finally {
    isolate.dispose();
  }
});

test.run();
