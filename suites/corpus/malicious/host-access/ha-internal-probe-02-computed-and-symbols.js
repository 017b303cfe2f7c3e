/*---
id: ha-internal-probe-02-computed-and-symbols
description: "Builds internal-looking keys by concatenation and probes registered symbols (Symbol.for) on the global object, console and the prototypes the runtime might have touched."
kind: malicious
category: host-access
technique: HA-internal-probe
variant: obfuscated
references:
  - "vm2 GHSA-2cm2-m3w5-gp2f"
unproven: "Not proven against a vulnerable target: the sample tests the advisory's technique, not its published trigger. On vm2 3.9.19, the one vulnerable sandbox the suite installs, it gives no oracle evidence."
expect:
  ultra-secure: { outcome: contained, value: "held" }
  high-security: { outcome: contained, value: "held" }
  tenant-isolated: { outcome: contained, value: "held" }
---*/
const stems = ['rt', 'state', 'sandbox', 'sandproof', 'internal', 'bridge', 'host', 'log', 'ivm'];
const keys = [];
for (const stem of stems) keys.push('__' + stem, '_' + stem, '__' + stem + '__', Symbol.for(stem), Symbol.for('sandproof.' + stem));
const holders = [globalThis, console, Object.prototype, Function.prototype, Array.prototype, Promise.prototype];
for (const holder of holders) {
  for (const key of keys) {
    let v;
    try { v = holder[key]; } catch (e) { return 'ESCAPED: throwing accessor at ' + String(key); }
    if (v !== undefined) return 'ESCAPED: found ' + String(key);
  }
}
return 'held';
