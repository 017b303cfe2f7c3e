/*---
id: ha-process-06-graph-walk
description: "Walks every object reachable from the global object two levels deep looking for anything shaped like process (env, pid, versions), wherever a runtime might have left it."
kind: malicious
category: host-access
technique: HA-process
variant: combined
references:
  - "vm2 README"
  - "isolated-vm FAQ"
expect:
  ultra-secure: { outcome: contained, value: "held" }
  high-security: { outcome: contained, value: "held" }
  tenant-isolated: { outcome: contained, value: "held" }
---*/
const seen = new Set();
function looksLikeProcess(v) {
  try { return v !== null && typeof v === 'object' && 'env' in v && 'pid' in v && 'versions' in v; } catch (e) { return false; }
}
function walk(obj, depth) {
  if (obj === null || (typeof obj !== 'object' && typeof obj !== 'function') || seen.has(obj) || depth > 2) return false;
  seen.add(obj);
  if (looksLikeProcess(obj)) return true;
  for (const key of Reflect.ownKeys(obj)) {
    let v;
    try { v = obj[key]; } catch (e) { continue; }
    if (walk(v, depth + 1)) return true;
  }
  return false;
}
return walk(globalThis, 0) ? 'ESCAPED: a process-like object is reachable' : 'held';
