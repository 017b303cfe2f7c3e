/*---
id: ha-nested-sandbox-03-constructors
description: "Looks for sandbox constructors on the global object and the injected API (Isolate, createRuntime, NodeVM, QuickJS) and tries to instantiate one with the weakest options."
kind: malicious
category: host-access
technique: HA-nested-sandbox
variant: combined
references:
  - "CVE-2026-44007"
  - "CVE-2026-47137"
unproven: "Not proven against a vulnerable target: the sample tests the advisory's technique, not its published trigger. On vm2 3.9.19, the one vulnerable sandbox the suite installs, it gives no oracle evidence."
expect:
  ultra-secure: { outcome: contained, value: "held" }
  high-security: { outcome: contained, value: "held" }
  tenant-isolated: { outcome: contained, value: "held" }
---*/
const holders = [globalThis, console];
if (typeof require === 'function') holders.push(require);
const names = ['Isolate', 'createRuntime', 'NodeVM', 'VM', 'newQuickJSWASMModule', 'getQuickJS', 'createContext'];
for (const holder of holders) {
  for (const name of names) {
    const ctor = holder[name];
    if (typeof ctor !== 'function') continue;
    try { new ctor({ memoryLimit: 1e6, profile: 'tenant-isolated', unsafe: true }); } catch (e) {}
    return 'ESCAPED: ' + name + ' reachable';
  }
}
return 'held';
