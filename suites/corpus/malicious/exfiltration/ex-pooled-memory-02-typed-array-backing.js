/*---
id: ex-pooled-memory-02-typed-array-backing
description: "Checks that every small typed array, string-derived view and DataView gets its own exactly sized, zeroed backing store rather than a view into a shared pool."
kind: malicious
category: exfiltration
technique: EX-pooled-memory
variant: obfuscated
references:
  - "GHSA-489w-w794-jq94"
unproven: "Not proven against a vulnerable target: the sample tests the advisory's technique, not its published trigger. On vm2 3.9.19, the one vulnerable sandbox the suite installs, it gives no oracle evidence."
expect:
  ultra-secure: { outcome: contained, value: "held" }
  high-security: { outcome: contained, value: "held" }
  tenant-isolated: { outcome: contained, value: "held" }
---*/
const sizes = [1, 3, 7, 16, 100, 1000];
const kinds = [Uint8Array, Int16Array, Float64Array];
for (const K of kinds) for (const n of sizes) {
  const v = new K(n);
  if (v.buffer.byteLength !== n * K.BYTES_PER_ELEMENT || v.byteOffset !== 0) return 'ESCAPED: pooled backing store';
  if (new Uint8Array(v.buffer).some((x) => x !== 0)) return 'ESCAPED: dirty backing store';
}
const dv = new DataView(new ArrayBuffer(9));
return dv.buffer.byteLength === 9 ? 'held' : 'ESCAPED';
