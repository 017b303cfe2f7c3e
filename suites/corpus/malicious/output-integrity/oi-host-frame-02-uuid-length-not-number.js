/*---
id: oi-host-frame-02-uuid-length-not-number
description: The random-bytes callback gets a length that is not a number; its
  refusal must carry no host frame
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
// A length that is not a number at all reaches the host's random-bytes callback.
globalThis.Uint8Array = function () {
  return { length: 'sixteen' };
};
try {
  return String(require('uuid').v4());
} catch (e) {
  return [String(e && e.name), String(e && e.message), String(e && e.stack)];
}
