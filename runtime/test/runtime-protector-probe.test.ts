/**
 * Protector changes the builtins guard cannot see (SECURITY.md non-claims): a same-value write of
 * `Array.prototype[Symbol.iterator]`, a replacement undone before the end, an own `constructor` on one
 * array, `Symbol.isConcatSpreadable` on a plain object. Each clears an isolate-wide V8 flag while every
 * descriptor ends as it began. The probe (protector-probe.ts) reads the flags themselves: each of these
 * shows as cleared in a later, fresh context of the same isolate, and guest code in an isolate made from
 * the probe's snapshot still cannot use V8's `%` syntax.
 */
import ivm from 'isolated-vm';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ALL_INTACT, clearedProtectors, PROBE_GLOBAL, protectorSnapshot } from '../protector-probe.js';

function probedIsolate(): ivm.Isolate {
  return new ivm.Isolate({ snapshot: protectorSnapshot(), memoryLimit: 32 });
}

function probe(isolate: ivm.Isolate): number {
  return isolate.createContextSync().evalSync(`${PROBE_GLOBAL}()`) as number;
}

test('a fresh isolate made from the snapshot reads every protector intact', () => {
  const isolate = probedIsolate();
  try {
    assert.is(probe(isolate), ALL_INTACT);
    assert.equal(clearedProtectors(probe(isolate)), []);
  } finally {
    isolate.dispose();
  }
});

const UNSEEN: Record<string, [code: string, cleared: string]> = {
  'a same-value write of Array.prototype[Symbol.iterator]': [
    'Array.prototype[Symbol.iterator] = Array.prototype[Symbol.iterator]',
    'ArrayIteratorProtector',
  ],
  'a replacement undone before the end': [
    'const it = Array.prototype[Symbol.iterator]; Array.prototype[Symbol.iterator] = function () { return it.call(this) }; Array.prototype[Symbol.iterator] = it',
    'ArrayIteratorProtector',
  ],
  'an own constructor on one array': ['const a = [1]; a.constructor = Array', 'ArraySpeciesProtector'],
  'Symbol.isConcatSpreadable on a plain object': [
    'const o = {}; o[Symbol.isConcatSpreadable] = false',
    'IsConcatSpreadableProtector',
  ],
  'Promise[Symbol.species] redefined, then its descriptor put back': [
    'const d = Object.getOwnPropertyDescriptor(Promise, Symbol.species); Object.defineProperty(Promise, Symbol.species, { get() { return Promise }, configurable: true }); Object.defineProperty(Promise, Symbol.species, d)',
    'PromiseSpeciesProtector',
  ],
};

for (const [name, [code, cleared]] of Object.entries(UNSEEN)) {
  test(`the probe sees what the descriptor comparison cannot: ${name}`, () => {
    const isolate = probedIsolate();
    try {
      isolate.createContextSync().evalSync(`${code}; undefined`);
      assert.ok(clearedProtectors(probe(isolate)).includes(cleared), `${cleared} still reads intact`);
    } finally {
      isolate.dispose();
    }
  });
}

test('an untouched isolate keeps every protector after ordinary work', () => {
  const isolate = probedIsolate();
  try {
    isolate
      .createContextSync()
      .evalSync(
        'const a = [1, 2, 3]; [...a].map((x) => x * 2).concat([4]); new Map([[1, 2]]); Promise.resolve(1).then(String); undefined',
      );
    assert.is(probe(isolate), ALL_INTACT);
  } finally {
    isolate.dispose();
  }
});

test("guest code in a probed isolate cannot use V8's % syntax, nor can the host after the snapshot", () => {
  const isolate = probedIsolate();
  try {
    const context = isolate.createContextSync();
    for (const code of ['%ArrayIteratorProtector()', 'new Function("return %ArrayIteratorProtector()")()']) {
      assert.throws(() => context.evalSync(code), /SyntaxError|Unexpected token/, code);
    }
  } finally {
    isolate.dispose();
  }
  assert.throws(() => new Function('return %ArrayIteratorProtector()'), SyntaxError);
});

test.run();
