/*---
id: pp-builtin-static-05-iterator-helpers
description: >-
  Tenant a replaces the ES2025 iterator helpers (Iterator.prototype.map, toArray, Iterator.from) and
  DisposableStack.prototype.dispose with recording versions; tenant b must find the natives back.
kind: malicious
category: persistence
technique: PP-builtin-static
variant: plain
references:
  - "temporalio/sdk-typescript #1519"
expect:
  ultra-secure:    { outcome: contained, value: [[2, 4], "native"] }
  high-security:   { outcome: contained, value: [[2, 4], "native"] }
  tenant-isolated: { outcome: contained, value: [[2, 4], "native"] }
flags: [multi-step]
---*/
//@step tenant=a
Iterator.prototype.map = function () { return ['tampered'].values(); };
Iterator.prototype.toArray = function () { return ['tampered']; };
Iterator.from = () => ['tampered'].values();
DisposableStack.prototype.dispose = function () { globalThis.__leak = 'secret'; };
return 'tampered';
//@step tenant=b
const mapped = Iterator.from([1, 2]).map((x) => x * 2).toArray();
const disposeSource = Function.prototype.toString.call(DisposableStack.prototype.dispose);
return [mapped, disposeSource.includes('[native code]') ? 'native' : 'tampered'];
