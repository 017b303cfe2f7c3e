/*---
id: re-caller-callee-03-sloppy-hooks
description: "Builds sloppy-mode hooks (only possible with a Function constructor) and plants them where the runtime will call them (toJSON, toString), so that .caller reveals the runtime's serializer; where Function is refused, strict hooks must show nothing."
kind: malicious
category: realm-escape
technique: RE-caller-callee
variant: combined
references:
  - "vm2 ATTACKS cat. 5"
expect:
  ultra-secure: { outcome: contained, value: "held" }
  high-security: { outcome: contained, value: "held" }
  tenant-isolated: { outcome: contained, value: "held" }
---*/
let verdict = 'held';
let makeHook;
try {
  makeHook = Function('record', 'return function hook() { record(hook.caller); return "held"; }');
} catch (e) {
  makeHook = (record) => function hook() { try { record(hook.caller); } catch (x) {} return 'held'; };
}
const record = (c) => {
  if (typeof c !== 'function') return;
  try { if (c.constructor('return typeof process')() !== 'undefined') verdict = 'ESCAPED'; } catch (e) {}
};
const hook = makeHook(record);
console.log({ toString: hook, toJSON: hook });
String({ toString: hook });
return { toJSON() { hook(); return verdict; } };
