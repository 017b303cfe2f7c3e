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
expect:
  ultra-secure:    { outcome: contained, value: held }
  high-security:   { outcome: contained, value: held }
  tenant-isolated: { outcome: contained, value: held }
---*/
return `${globalThis?.process?.env?.HOME ?? 'held'}`;
