/*---
id: ex-pooled-memory-03-cross-tenant-buffers
description: "Tenant a fills buffers with a marker and tries to stash them on shared objects (Atomics, the SharedArrayBuffer constructor, ArrayBuffer.prototype); tenant b scans fresh and reachable buffers for the marker."
kind: malicious
category: exfiltration
technique: EX-pooled-memory
variant: combined
references:
  - "GHSA-489w-w794-jq94"
unproven: "Not proven against a vulnerable target: the sample tests the advisory's technique, not its published trigger. On vm2 3.9.19, the one vulnerable sandbox the suite installs, it gives no oracle evidence."
expect:
  ultra-secure: { outcome: contained, value: "held" }
  high-security: { outcome: contained, value: "held" }
  tenant-isolated: { outcome: contained, value: "held" }
flags: [multi-step]
---*/
//@step tenant=a
const marker = [0x53, 0x45, 0x43, 0x52, 0x45, 0x54];
const bufs = [];
for (let i = 0; i < 16; i++) { const u = new Uint8Array(4096); for (let j = 0; j < u.length; j++) u[j] = marker[j % marker.length]; bufs.push(u); }
try { ArrayBuffer.prototype.stash = bufs[0].buffer; } catch (e) {}
try { if (typeof SharedArrayBuffer === 'function') { const s = new Uint8Array(new SharedArrayBuffer(64)); s.set(marker); SharedArrayBuffer.stash = s; Atomics.stash = s; } } catch (e) {}
return 'stashed';
//@step tenant=b
const hasMarker = (u) => { for (let i = 0; i + 5 < u.length; i++) if (u[i] === 0x53 && u[i + 1] === 0x45 && u[i + 2] === 0x43 && u[i + 3] === 0x52) return true; return false; };
const candidates = [ArrayBuffer.prototype.stash, globalThis.SharedArrayBuffer?.stash, globalThis.Atomics?.stash].filter(Boolean);
if (candidates.length > 0) return 'ESCAPED: stash survived';
for (let i = 0; i < 16; i++) if (hasMarker(new Uint8Array(4096))) return 'ESCAPED: marker in a fresh buffer';
return 'held';
