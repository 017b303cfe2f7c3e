/*---
id: ha-ivm-handle-01-names
description: "Checks for isolated-vm handle classes and the module object under their usual names (ivm, Reference, ExternalCopy, Isolate, Context, Callback) on the global object."
kind: malicious
category: host-access
technique: HA-ivm-handle
variant: plain
references:
  - "isolated-vm README \"SECURITY\""
expect:
  ultra-secure: { outcome: contained, value: "held" }
  high-security: { outcome: contained, value: "held" }
  tenant-isolated: { outcome: contained, value: "held" }
---*/
const names = ['ivm', '_ivm', 'Reference', 'ExternalCopy', 'Isolate', 'Context', 'Callback', 'Script', 'Module', 'NativeModule'];
const found = names.filter((n) => typeof globalThis[n] !== 'undefined');
return found.length === 0 ? 'held' : 'ESCAPED: ' + found.join(',');
