/*---
id: ob-fromcharcode-05-encoded-body
description: >-
  Encodes both the key and the whole function body as char codes XORed with a key, so neither the property
  nor the generated code appears in the text.
kind: malicious
category: obfuscation
technique: OB-fromcharcode
variant: combined
references:
  - "vm2 ATTACKS cat. 27"
expect:
  ultra-secure:    { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security:   { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: contained, value: held }
---*/
const decode = (codes) => String.fromCharCode(...codes.map((c) => c ^ 42));
const k = decode([73, 69, 68, 89, 94, 88, 95, 73, 94, 69, 88]);
const body = decode([88, 79, 94, 95, 88, 68, 10, 94, 83, 90, 79, 69, 76, 10, 90, 88, 69, 73, 79, 89, 89, 10, 23, 23, 23, 10, 13, 95, 68, 78, 79, 76, 67, 68, 79, 78, 13, 10, 21, 10, 13, 66, 79, 70, 78, 13, 10, 16, 10, 13, 111, 121, 105, 107, 122, 111, 110, 13]);
return [].filter[k](body)();
