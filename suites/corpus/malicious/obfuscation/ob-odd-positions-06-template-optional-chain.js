/*---
id: ob-odd-positions-06-template-optional-chain
description: >-
  Reads process.env through optional chaining inside a template literal substitution, with a fallback that
  only survives when process is absent.
kind: malicious
category: obfuscation
technique: OB-odd-positions
variant: obfuscated
references:
  - "n8n CVE-2026-85165"
unproven: "Not proven against a vulnerable target: the sample tests the advisory's technique, not its published trigger. On vm2 3.9.19, the one vulnerable sandbox the suite installs, it gives no oracle evidence."
expect:
  ultra-secure:    { outcome: contained, value: held }
  high-security:   { outcome: contained, value: held }
  tenant-isolated: { outcome: contained, value: held }
---*/
return `${globalThis?.process?.env?.HOME ?? 'held'}`;
