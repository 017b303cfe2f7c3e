/*---
id: oi-host-frame-01-uuid-huge-length
description: "Uint8Array replaced before require('uuid'): the random-bytes
  callback's refusal must reach the guest without host frames or paths"
kind: malicious
category: output-integrity
technique: OI-host-frame
variant: plain
references:
  - "sandproof SECURITY.md: host callback errors cross as fresh guest errors"
expect:
  ultra-secure:
    outcome: contained
  high-security:
    outcome: contained
  tenant-isolated:
    outcome: contained
---*/
// The guest replaces Uint8Array before require('uuid'): uuid's random-bytes call reaches the host with a
// length the host refuses, and the host's error used to cross with its stack and the host's file paths.
globalThis.Uint8Array = function () {
  return { length: 1e9 };
};
try {
  return String(require('uuid').v4());
} catch (e) {
  return [String(e && e.name), String(e && e.message), String(e && e.stack)];
}
