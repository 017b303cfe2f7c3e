/*---
id: oi-host-frame-04-refused-fetch-and-module
description: "A refused fetch and a refused module: the guest's errors name no
  host frame or path"
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
// Refused fetches and unknown modules: whatever the host refuses, the guest's error names no host frame.
const out = [];
try {
  await fetch('http://127.0.0.1:1/');
} catch (e) {
  out.push(String(e && e.stack));
}
try {
  require('node:child_process');
} catch (e) {
  out.push(String(e && e.stack));
}
return out;
