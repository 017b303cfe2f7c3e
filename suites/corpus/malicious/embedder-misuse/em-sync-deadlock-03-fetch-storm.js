/*---
id: em-sync-deadlock-03-fetch-storm
description: "Fires many concurrent fetch and import calls whose rejection handlers call fetch again, so host callbacks are re-entered while earlier ones are still pending; the run must finish or be killed, never hang the host."
kind: malicious
category: embedder-misuse
technique: EM-sync-deadlock
variant: combined
references:
  - "isolated-vm README"
  - "isolated-vm tests/deadlock.js"
  - "isolated-vm tests/async-rentry-deadlock.js"
expect:
  ultra-secure: { outcome: contained, value: "held" }
  high-security: { outcome: contained, value: "held" }
  tenant-isolated: { outcome: contained, value: "held" }
flags: [async]
---*/
let hops = 0;
const chase = () => {
  if (hops++ > 200) return Promise.resolve();
  const p = typeof fetch === 'function' ? fetch('https://x.example/' + hops) : import('x' + hops);
  return p.then(chase, chase);
};
await Promise.all(Array.from({ length: 20 }, chase));
return 'held';
