/*---
id: look-alike-67-guarded-merge-parsed-proto
description: "a recursive merge that skips prototype keys, fed parsed JSON with
  an own __proto__ key: the guard holds"
kind: benign
category: look-alike
expect:
  ultra-secure:
    outcome: allowed
    value:
      a: 1
      polluted: false
  high-security:
    outcome: allowed
    value:
      a: 1
      polluted: false
  tenant-isolated:
    outcome: allowed
    value:
      a: 1
      polluted: false
---*/
// A recursive merge that guards prototype keys, fed parsed JSON that carries one: the guard holds.
function safeMerge(dst, src) {
  for (const k of Object.keys(src)) {
    if (k === '__proto__' || k === 'constructor' || k === 'prototype') continue;
    const v = src[k];
    if (v !== null && typeof v === 'object') safeMerge(dst[k] || (dst[k] = {}), v);
    else dst[k] = v;
  }
  return dst;
}
const out = safeMerge({}, JSON.parse('{"a": {"b": 1}, "__proto__": {"x": 1}}'));
return { a: out.a.b, polluted: ({}).x === 1 };
