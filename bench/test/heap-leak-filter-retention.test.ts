import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { classifyRetained, type HeapNodeLike, leakFilter } from '../lib/heap-leak-filter.js';

const node = (id: number, name: string, type = 'object'): HeapNodeLike => ({ id, type, name, self_size: 32 });

test('a class retained once per execution is a leak', () => {
  const retained = Array.from({ length: 1000 }, (_, i) => node(i, 'ExecutionRecord'));
  const verdict = classifyRetained(retained, 1000);
  assert.is(verdict.leaks[0]?.key, 'object:ExecutionRecord');
  assert.is(verdict.leaks[0]?.count, 1000);
});

test('a few retained objects (a cache entry, a lazy compile) are not a leak', () => {
  const retained = [node(1, 'Map'), node(2, 'Map'), node(3, 'Cache')];
  assert.equal(classifyRetained(retained, 1000).leaks, []);
});

test('strings, code and synthetic roots are not looked at', () => {
  assert.not.ok(leakFilter(node(1, 'x', 'string')));
  assert.not.ok(leakFilter(node(2, 'x', 'code')));
  assert.not.ok(leakFilter(node(3, '(GC roots)', 'synthetic')));
  assert.not.ok(leakFilter(node(4, '(system)')));
  assert.ok(leakFilter(node(5, 'Reference', 'native')));
});

test('groups are by type and name, largest first', () => {
  const retained = [
    ...Array.from({ length: 30 }, (_, i) => node(i, 'A')),
    ...Array.from({ length: 50 }, (_, i) => node(100 + i, 'B', 'closure')),
  ];
  const verdict = classifyRetained(retained, 1000);
  assert.equal(
    verdict.top.map((g) => g.key),
    ['closure:B', 'object:A'],
  );
  assert.is(verdict.retainedObjects, 80);
});

test.run();
