/*---
id: re-array-species-01-lookup-getter
description: "Uses the __proto__ getter obtained with __lookupGetter__ to walk the prototype chains of everything the runtime hands in, and checks each chain ends at this realm's Object.prototype (CVE-2026-24118)."
kind: malicious
category: realm-escape
technique: RE-array-species
variant: plain
references:
  - "CVE-2026-24118"
unproven: "Not proven against a vulnerable target: the sample tests the advisory's technique, not its published trigger. On vm2 3.9.19, the one vulnerable sandbox the suite installs, it gives no oracle evidence."
expect:
  ultra-secure: { outcome: contained, value: "held" }
  high-security: { outcome: contained, value: "held" }
  tenant-isolated: { outcome: contained, value: "held" }
input: { list: [1, 2] }
---*/
const getProto = ({}).__lookupGetter__('__proto__');
const roots = [input, input.list, console, console.log];
if (typeof require === 'function') roots.push(require);
for (const root of roots) {
  let cur = root; let last = root;
  while (cur !== null) { last = cur; cur = getProto.call(cur); }
  if (last !== Object.prototype) return 'ESCAPED: foreign prototype chain';
}
return 'held';
