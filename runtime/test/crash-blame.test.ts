/**
 * Wrong codes and blame after a crash (issue class: a child killed by one execution). The culprit gets
 * its own code and never runs again; the executions that shared its child did not cause the crash, so
 * they run again elsewhere or fail with ERR_INTERNAL, never with a resource code. Pure decisions, no
 * process: the plumbing is tested in test/reliability/runtime-crash-blame.test.ts.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { blame, type ChildEnd, crashCause, MAX_CRASHES, type Orphan } from '../crash-blame.js';

const end = (over: Partial<ChildEnd>): ChildEnd => ({
  killedFor: null,
  outOfMemory: false,
  exitCode: null,
  signal: null,
  ...over,
});
const orphan = (id: number, over: Partial<Orphan> = {}): Orphan => ({
  id,
  crashes: 1,
  sideEffects: false,
  ...over,
});
const codes = (verdicts: ReturnType<typeof blame>) => verdicts.map((v) => (v.retry ? 'retry' : v.code));

test('causes: watchdog, self-inflicted (out-of-memory, abort, fault, non-zero exit), external', () => {
  assert.is(crashCause(end({ killedFor: 3, signal: 'SIGKILL' })), 'watchdog');
  assert.is(crashCause(end({ outOfMemory: true, signal: 'SIGKILL' })), 'self');
  for (const signal of ['SIGABRT', 'SIGSEGV', 'SIGBUS', 'SIGILL', 'SIGTRAP', 'SIGFPE'])
    assert.is(crashCause(end({ signal })), 'self', signal);
  assert.is(crashCause(end({ exitCode: 134 })), 'self');
  assert.is(crashCause(end({ signal: 'SIGKILL' })), 'external');
  assert.is(crashCause(end({ signal: 'SIGTERM' })), 'external');
  assert.is(crashCause(end({ exitCode: 0 })), 'external');
});

test('watchdog kill: the culprit times out and is not re-run; its neighbours run again', () => {
  const verdicts = blame(end({ killedFor: 2, signal: 'SIGKILL' }), [orphan(1), orphan(2), orphan(3)]);
  assert.equal(codes(verdicts), ['retry', 'ERR_TIMEOUT', 'retry']);
});

test('out-of-memory crash with one execution: that execution is the culprit, ERR_MEMORY_LIMIT', () => {
  const verdicts = blame(end({ outOfMemory: true, signal: 'SIGABRT' }), [orphan(7)]);
  assert.equal(codes(verdicts), ['ERR_MEMORY_LIMIT']);
});

test('abort without an out-of-memory report, one execution: the culprit fails with ERR_INTERNAL', () => {
  assert.equal(codes(blame(end({ signal: 'SIGSEGV' }), [orphan(7)])), ['ERR_INTERNAL']);
});

test('innocent executions on a child an out-of-memory crash ended never get ERR_MEMORY_LIMIT', () => {
  const verdicts = blame(end({ outOfMemory: true, signal: 'SIGABRT' }), [orphan(1), orphan(2), orphan(3)]);
  assert.equal(codes(verdicts), ['ERR_INTERNAL', 'ERR_INTERNAL', 'ERR_INTERNAL']);
});

test('an innocent tenant-isolated (fetch) execution on a child a memory crash ended gets ERR_INTERNAL', () => {
  const innocent = orphan(2, { sideEffects: true });
  const watchdog = blame(end({ killedFor: 1, outOfMemory: true, signal: 'SIGKILL' }), [orphan(1), innocent]);
  assert.equal(codes(watchdog), ['ERR_TIMEOUT', 'ERR_INTERNAL']);
  const abort = blame(end({ outOfMemory: true, signal: 'SIGABRT' }), [
    orphan(1, { sideEffects: true }),
    innocent,
  ]);
  assert.equal(codes(abort), ['ERR_INTERNAL', 'ERR_INTERNAL']);
});

test('the culprit of a self-inflicted crash is never re-dispatched, even when it cannot be told apart', () => {
  for (const e of [end({ outOfMemory: true }), end({ signal: 'SIGABRT' }), end({ exitCode: 1 })]) {
    for (const held of [[orphan(1)], [orphan(1), orphan(2)]]) {
      assert.ok(
        blame(e, held).every((v) => !v.retry),
        JSON.stringify(e),
      );
    }
  }
});

test('an external kill blames nobody: executions run again, up to the crash bound', () => {
  const held = [orphan(1), orphan(2, { crashes: MAX_CRASHES - 1 }), orphan(3, { crashes: MAX_CRASHES })];
  assert.equal(codes(blame(end({ signal: 'SIGKILL' }), held)), ['retry', 'retry', 'ERR_INTERNAL']);
});

test('executions that may have made network requests never run twice', () => {
  const held = [orphan(1, { sideEffects: true }), orphan(2, { sideEffects: true })];
  assert.equal(codes(blame(end({ signal: 'SIGKILL' }), held)), ['ERR_INTERNAL', 'ERR_INTERNAL']);
  assert.equal(codes(blame(end({ killedFor: 2, signal: 'SIGKILL' }), held)), ['ERR_INTERNAL', 'ERR_TIMEOUT']);
});

test('a bystander witnessing repeated crashes ends with ERR_INTERNAL, never a resource code', () => {
  const verdicts = blame(end({ killedFor: 9, outOfMemory: true }), [orphan(1, { crashes: MAX_CRASHES })]);
  assert.equal(codes(verdicts), ['ERR_INTERNAL']);
});

test('messages are the project wording, with no process or isolate internals', () => {
  const all = [
    ...blame(end({ outOfMemory: true }), [orphan(1)]),
    ...blame(end({ signal: 'SIGABRT' }), [orphan(1), orphan(2)]),
    ...blame(end({ signal: 'SIGKILL' }), [orphan(1, { sideEffects: true })]),
  ];
  for (const v of all) {
    assert.not.ok(v.retry);
    if (!v.retry) assert.not.match(v.message, /SIG|isolated-vm|Isolate|heap|0x/);
  }
});

test.run();
