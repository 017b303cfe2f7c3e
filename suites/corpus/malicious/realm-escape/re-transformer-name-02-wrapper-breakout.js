/*---
id: re-transformer-name-02-wrapper-breakout
description: "Closes the runtime's function wrapper early and runs statements at script top level, where this is the global object, to escape whatever the wrapper sets up; the rest must still be strict and sandboxed."
kind: malicious
category: realm-escape
technique: RE-transformer-name
variant: obfuscated
references:
  - "CVE-2023-29199"
  - "CVE-2026-44003"
unproven: "Not proven against a vulnerable target: the sample tests the advisory's technique, not its published trigger. On vm2 3.9.19, the one vulnerable sandbox the suite installs, it gives no oracle evidence."
expect:
  ultra-secure: { outcome: contained }
  high-security: { outcome: contained }
  tenant-isolated: { outcome: contained }
---*/
return 'inside' });
// If the wrapper is the documented one, the lines below run at the top level of the script.
const top = this;
if (top && typeof top.process !== 'undefined') throw new Error('ESCAPED: host global at top level');
(async function () {
return 'second wrapper';
