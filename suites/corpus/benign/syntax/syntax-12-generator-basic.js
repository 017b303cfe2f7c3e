/*---
id: syntax-12-generator-basic
description: "Draws values from a generator function, including a return value seen only by next()."
kind: benign
category: syntax
expect:
  ultra-secure:    { outcome: allowed, value: [[1, 2, 3], { value: "done", done: true }] }
  high-security:   { outcome: allowed, value: [[1, 2, 3], { value: "done", done: true }] }
  tenant-isolated: { outcome: allowed, value: [[1, 2, 3], { value: "done", done: true }] }
---*/
function* count() {
  yield 1;
  yield 2;
  yield 3;
  return 'done';
}
const g = count();
const seen = [g.next().value, g.next().value, g.next().value];
return [seen, g.next()];
