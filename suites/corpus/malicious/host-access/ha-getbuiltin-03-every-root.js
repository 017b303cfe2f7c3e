/*---
id: ha-getbuiltin-03-every-root
description: "Looks for a getBuiltinModule function on every value the runtime hands in (global, console, input, require, fetch) and tries it."
kind: malicious
category: host-access
technique: HA-getbuiltin
variant: combined
references:
  - "open-mercato PR #1127"
expect:
  ultra-secure: { outcome: contained, value: "held" }
  high-security: { outcome: contained, value: "held" }
  tenant-isolated: { outcome: contained, value: "held" }
input: { x: 1 }
---*/
const roots = [globalThis, console, input];
if (typeof require === 'function') roots.push(require);
if (typeof fetch === 'function') roots.push(fetch);
for (const root of roots) {
  let fn;
  try { fn = root.getBuiltinModule ?? root.process?.getBuiltinModule; } catch (e) { continue; }
  if (typeof fn === 'function') {
    try { fn('fs'); return 'ESCAPED: getBuiltinModule works'; } catch (e) { return 'ESCAPED: getBuiltinModule present'; }
  }
}
return 'held';
