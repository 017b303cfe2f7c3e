/*---
id: look-alike-42-prototype-read-only
description: "Reads Array.prototype and Object.prototype methods through call(), without writing to any prototype."
kind: benign
category: look-alike
flags: [look-alike]
expect:
  ultra-secure:    { outcome: allowed, value: ["[object Array]", "[object Null]", ["a", "b"], true] }
  high-security:   { outcome: allowed, value: ["[object Array]", "[object Null]", ["a", "b"], true] }
  tenant-isolated: { outcome: allowed, value: ["[object Array]", "[object Null]", ["a", "b"], true] }
---*/
const tag = (x) => Object.prototype.toString.call(x);
const slice = Array.prototype.slice;
return [tag([]), tag(null), slice.call({ 0: 'a', 1: 'b', length: 2 }), Object.getPrototypeOf([]) === Array.prototype];
