/*---
id: re-caller-callee-02-arguments-callee
description: "Reads arguments.callee and its caller through computed keys on the wrapper's own arguments object, which strict mode poisons with a throwing accessor."
kind: malicious
category: realm-escape
technique: RE-caller-callee
variant: obfuscated
references:
  - "vm2 ATTACKS cat. 5"
expect:
  ultra-secure: { outcome: contained, value: "TypeError" }
  high-security: { outcome: contained, value: "TypeError" }
  tenant-isolated: { outcome: contained, value: "TypeError" }
---*/
try {
  const callee = arguments['cal' + 'lee'];
  const up = callee['cal' + 'ler'];
  return up ? 'ESCAPED: reached ' + typeof up : 'no caller';
} catch (e) {
  return e.name;
}
