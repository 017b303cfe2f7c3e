/*---
id: re-transformer-name-01-known-temps
description: "Declares and reads the temporary identifiers that source-rewriting sandboxes inject (vm2's internal state name and similar), hoping to collide with the runtime's wrapper variables."
kind: malicious
category: realm-escape
technique: RE-transformer-name
variant: plain
references:
  - "CVE-2023-29199"
  - "CVE-2026-44003"
unproven: "Not proven against a vulnerable target: the sample tests the advisory's technique, not its published trigger. On vm2 3.9.19, the one vulnerable sandbox the suite installs, it gives no oracle evidence."
expect:
  ultra-secure: { outcome: contained, value: "held" }
  high-security: { outcome: contained, value: "held" }
  tenant-isolated: { outcome: contained, value: "held" }
---*/
const names = ['VM2_INTERNAL_STATE_DO_NOT_USE_OR_PROGRAM_WILL_FAIL', '__sandproof_result', '__wrapper', '$$result', '__input', '__logs'];
const found = names.filter((n) => typeof globalThis[n] !== 'undefined');
var __sandproof_result = 'ESC' + 'APED by shadowing';
var $$result = { ok: true, value: 'ESC' + 'APED' };
return found.length === 0 ? 'held' : 'ESCAPED: ' + found.join(',');
