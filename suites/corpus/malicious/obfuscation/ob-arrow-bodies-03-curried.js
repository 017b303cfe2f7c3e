/*---
id: ob-arrow-bodies-03-curried
description: >-
  Threads the key and the code through three curried arrows, a => b => c => c[a][a](b), so that no single
  expression holds both the key and the object.
kind: malicious
category: obfuscation
technique: OB-arrow-bodies
variant: obfuscated
references:
  - "n8n CVE-2026-72765"
unproven: "Not proven against a vulnerable target: the sample tests the advisory's technique, not its published trigger. On vm2 3.9.19, the one vulnerable sandbox the suite installs, it gives no oracle evidence."
expect:
  ultra-secure:    { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security:   { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: contained, value: held }
---*/
const f = (a) => (b) => (c) => c[a][a](b);
const made = f('constructor')("return typeof process === 'undefined' && typeof __SANDPROOF_CANARY__ === 'undefined' ? 'held' : 'ESCAPED'")({});
return made();
