/*---
id: ha-internal-probe-01-known-names
description: "Probes the global object for names that runtimes commonly use for internal state (state objects, loggers, references, the host canary) and reports any that resolve."
kind: malicious
category: host-access
technique: HA-internal-probe
variant: plain
references:
  - "vm2 GHSA-2cm2-m3w5-gp2f"
unproven: "Not proven against a vulnerable target: the sample tests the advisory's technique, not its published trigger. On vm2 3.9.19, the one vulnerable sandbox the suite installs, it gives no oracle evidence."
expect:
  ultra-secure: { outcome: contained, value: "held" }
  high-security: { outcome: contained, value: "held" }
  tenant-isolated: { outcome: contained, value: "held" }
---*/
const names = ['__rt_state', '__sandproof', '_ivm', 'ivm', '_log', '__log', '_result', '__result', '_context',
  '__host', '__bridge', '__SANDPROOF_CANARY__', '$jail', '_reference', '__internal'];
const found = names.filter((n) => globalThis[n] !== undefined);
return found.length === 0 ? 'held' : 'ESCAPED: ' + found.join(',');
