/*---
id: ha-ivm-handle-03-console-is-reference
description: "Treats console.log as if it were an isolated-vm Reference and calls the Reference API on it, which would let the guest call the host function with attacker-chosen arguments and options."
kind: malicious
category: host-access
technique: HA-ivm-handle
variant: combined
references:
  - "isolated-vm README \"SECURITY\""
expect:
  ultra-secure: { outcome: contained, value: "held" }
  high-security: { outcome: contained, value: "held" }
  tenant-isolated: { outcome: contained, value: "held" }
---*/
const log = console.log;
const api = ['applySync', 'applyIgnored', 'apply', 'deref', 'derefInto', 'typeof'];
const present = api.filter((m) => typeof log[m] === 'function' && log[m] !== Function.prototype[m]);
if (present.length > 0) return 'ESCAPED: Reference API on console.log: ' + present.join(',');
try {
  log.applySync(undefined, ['x'], { arguments: { reference: true } });
  return 'ESCAPED: applySync worked';
} catch (e) {
  return e instanceof TypeError ? 'held' : 'unexpected:' + e.name;
}
