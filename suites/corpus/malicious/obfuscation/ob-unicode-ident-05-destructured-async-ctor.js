/*---
id: ob-unicode-ident-05-destructured-async-ctor
description: >-
  Destructures an escaped \u0063onstructor key out of an async arrow to get the AsyncFunction constructor,
  combining escapes with a binding pattern.
kind: malicious
category: obfuscation
technique: OB-unicode-ident
variant: combined
references:
  - "CVE-2026-44003"
  - "SES `backslash-u-identifier.test.js`"
unproven: "Not proven against a vulnerable target: the sample tests the advisory's technique, not its published trigger. On vm2 3.9.19, the one vulnerable sandbox the suite installs, it gives no oracle evidence."
expect:
  ultra-secure:    { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security:   { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: contained, value: held }
flags: [async]
---*/
const { \u0063onstructor: AsyncFn } = async () => {};
const probe = AsyncFn("return typeof process === 'undefined' && typeof __SANDPROOF_CANARY__ === 'undefined' ? 'held' : 'ESCAPED'");
return await probe();
