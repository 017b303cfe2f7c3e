/*---
id: re-transformer-name-03-unicode-collision
description: "Redeclares likely wrapper identifiers spelled with Unicode escapes and tampers with the arguments object, checking that neither the result nor the logs channel can be hijacked."
kind: malicious
category: realm-escape
technique: RE-transformer-name
variant: combined
references:
  - "CVE-2023-29199"
  - "CVE-2026-44003"
unproven: "Not proven against a vulnerable target: the sample tests the advisory's technique, not its published trigger. On vm2 3.9.19, the one vulnerable sandbox the suite installs, it gives no oracle evidence."
expect:
  ultra-secure: { outcome: contained, value: "clean" }
  high-security: { outcome: contained, value: "clean" }
  tenant-isolated: { outcome: contained, value: "clean" }
---*/
var \u0061rguments_ = arguments;
let \u0024result = 'ESC' + 'APED via result temp';
const logs\u0024 = ['ESC' + 'APED via logs temp'];
try { arguments[0] = 'ESC' + 'APED'; } catch (e) {}
// The runtime's result must be what this function returns, nothing the names above could override.
return 'clean';
