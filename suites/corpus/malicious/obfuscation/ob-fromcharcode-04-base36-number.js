/*---
id: ob-fromcharcode-04-base36-number
description: >-
  Hides 'eval' in the number 693741 printed in base 36, a favourite of packed malware, and calls what the
  global object holds under that name.
kind: malicious
category: obfuscation
technique: OB-fromcharcode
variant: obfuscated
references:
  - "vm2 ATTACKS cat. 27"
expect:
  ultra-secure:    { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security:   { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
---*/
const name = (693741).toString(36);
if (name !== 'ev' + 'al') return 'decoder broken';
return globalThis[name]('1');
