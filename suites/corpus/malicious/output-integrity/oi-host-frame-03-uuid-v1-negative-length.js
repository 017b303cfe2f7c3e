/*---
id: oi-host-frame-03-uuid-v1-negative-length
description: uuid.v1 with a negative length from a replaced Uint8Array; the
  error and its causes must carry no host frame
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
// A negative length, through uuid.v1, which draws its node id from the same callback.
globalThis.Uint8Array = function () {
  return { length: -1 };
};
try {
  return String(require('uuid').v1());
} catch (e) {
  const frames = [];
  let cur = e;
  while (cur && frames.length < 3) {
    frames.push(String(cur.stack));
    cur = cur.cause;
  }
  return frames;
}
