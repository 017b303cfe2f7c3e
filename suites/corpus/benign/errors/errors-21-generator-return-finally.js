/*---
id: errors-21-generator-return-finally
description: "Closes a generator with return() and shows its finally block still runs."
kind: benign
category: errors
expect:
  ultra-secure:    { outcome: allowed, value: { first: 1, closed: { value: "bye", done: true }, cleanup: true } }
  high-security:   { outcome: allowed, value: { first: 1, closed: { value: "bye", done: true }, cleanup: true } }
  tenant-isolated: { outcome: allowed, value: { first: 1, closed: { value: "bye", done: true }, cleanup: true } }
---*/
let cleanup = false;
function* g() { try { yield 1; yield 2; } finally { cleanup = true; } }
const it = g();
const first = it.next().value;
const closed = it.return('bye');
return { first, closed, cleanup };
