/*---
id: ac-wasm-max-poison-01-maximum-getter
description: A proxy descriptor whose maximum reads as a large negative number
  first and NaN after, then four 256 MiB memories.
kind: malicious
category: accounting
technique: AC-wasm-max-poison
variant: obfuscated
references:
  - "sandproof SECURITY.md, claim 6: memory every budget counts"
expect:
  ultra-secure:
    outcome: blocked
    stages:
      - scan
      - runtime
  high-security:
    outcome: blocked
    stages:
      - scan
      - runtime
  tenant-isolated:
    outcome: blocked
    stages:
      - scan
      - runtime
---*/
// The descriptor is a proxy: the maximum reads as a number the first time and as NaN afterwards.
const W = globalThis['Web' + 'Assembly'];
let n = 0;
const descriptor = new Proxy({}, { get(t, k) { if (k === 'initial') return 0; if (k === 'maximum') return n++ === 0 ? -65536 * 4 : NaN; return undefined; } });
try { new W.Memory(descriptor); } catch (e) {}
const kept = [];
for (let i = 0; i < 4; i++) { const m = new W.Memory({ initial: 4096, maximum: 65536 }); new Uint8Array(m.buffer).fill(5); kept.push(m); }
globalThis.keep = kept;
return kept.length;
