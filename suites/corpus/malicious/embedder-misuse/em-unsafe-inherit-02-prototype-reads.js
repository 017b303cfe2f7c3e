/*---
id: em-unsafe-inherit-02-prototype-reads
description: "Reads inherited properties through the exposed objects (hasOwnProperty of the chain, __proto__ getter, constructor names), which an unsafeInherit Reference would resolve against the host prototype chain."
kind: malicious
category: embedder-misuse
technique: EM-unsafe-inherit
variant: obfuscated
references:
  - "isolated-vm README"
expect:
  ultra-secure: { outcome: contained, value: "held" }
  high-security: { outcome: contained, value: "held" }
  tenant-isolated: { outcome: contained, value: "held" }
input: { a: 1 }
---*/
const getProto = Object.prototype['__lookup' + 'Getter__']('__proto__');
const exposed = [input, console.log];
if (typeof require === 'function') exposed.push(require);
for (const v of exposed) {
  const chain = [];
  for (let p = getProto.call(v); p !== null; p = getProto.call(p)) chain.push(p);
  const top = chain[chain.length - 1];
  if (top !== Object.prototype) return 'ESCAPED: foreign chain';
  if (chain.some((p) => Object.getOwnPropertyNames(p).includes('mainModule'))) return 'ESCAPED: host prototype';
}
return 'held';
