/*---
id: em-unsafe-inherit-03-accessor-bait
description: "Passes objects with getters and proxies to the injected API to see whether the host reads them through accessors (a Reference with accessors: true), and whether those reads hand over host receivers."
kind: malicious
category: embedder-misuse
technique: EM-unsafe-inherit
variant: combined
references:
  - "isolated-vm README"
expect:
  ultra-secure: { outcome: contained, value: "held" }
  high-security: { outcome: contained, value: "held" }
  tenant-isolated: { outcome: contained, value: "held" }
flags: [async]
---*/
const receivers = [];
const bait = {
  get deref() { receivers.push(this); return undefined; },
  get toJSON() { receivers.push(this); return undefined; },
  get then() { receivers.push(this); return undefined; },
};
const proxy = new Proxy({}, { get(t, k, r) { receivers.push(r); return undefined; } });
try { console.log(bait, proxy); } catch (e) {}
if (typeof require === 'function') { try { require(bait); } catch (e) {} }
if (typeof fetch === 'function') { try { await fetch(proxy); } catch (e) {} }
for (const r of receivers) {
  if (r !== bait && r !== proxy) return 'ESCAPED: a foreign receiver read the bait';
}
return 'held';
