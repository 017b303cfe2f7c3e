/*---
id: ha-ivm-handle-02-duck-typing
description: "Searches every value reachable from the global object for the duck type of an isolated-vm handle (applySync, derefInto, copySync, typeof) instead of relying on names."
kind: malicious
category: host-access
technique: HA-ivm-handle
variant: obfuscated
references:
  - "isolated-vm README \"SECURITY\""
expect:
  ultra-secure: { outcome: contained, value: "held" }
  high-security: { outcome: contained, value: "held" }
  tenant-isolated: { outcome: contained, value: "held" }
---*/
const methods = ['apply' + 'Sync', 'deref' + 'Into', 'copy' + 'Sync', 'apply' + 'SyncPromise', 'setSync', 'getSync'];
const seen = new Set();
const queue = [[globalThis, 'globalThis', 0]];
while (queue.length > 0) {
  const [obj, path, depth] = queue.shift();
  if (obj === null || (typeof obj !== 'object' && typeof obj !== 'function') || seen.has(obj)) continue;
  seen.add(obj);
  for (const m of methods) {
    try { if (typeof obj[m] === 'function') return 'ESCAPED: ' + path + '.' + m; } catch (e) {}
  }
  if (depth >= 2) continue;
  for (const key of Reflect.ownKeys(obj)) {
    try { queue.push([obj[key], path + '.' + String(key), depth + 1]); } catch (e) {}
  }
}
return 'held';
