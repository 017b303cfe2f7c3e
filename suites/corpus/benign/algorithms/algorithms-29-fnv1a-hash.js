/*---
id: algorithms-29-fnv1a-hash
description: "Hashes strings with 32-bit FNV-1a using Math.imul, a deterministic bucketing function."
kind: benign
category: algorithms
expect:
  ultra-secure:    { outcome: allowed, value: ["811c9dc5", "e40c292c", "bf9cf968"] }
  high-security:   { outcome: allowed, value: ["811c9dc5", "e40c292c", "bf9cf968"] }
  tenant-isolated: { outcome: allowed, value: ["811c9dc5", "e40c292c", "bf9cf968"] }
---*/
const fnv = (s) => {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16);
};
return [fnv(''), fnv('a'), fnv('foobar')];
