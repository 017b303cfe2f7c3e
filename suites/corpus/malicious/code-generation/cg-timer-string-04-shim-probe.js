/*---
id: cg-timer-string-04-shim-probe
description: "Hunts for timer shims on console, input and the prototype chain of the global object, where a careless runtime might have parked a host timer."
kind: malicious
category: code-generation
technique: CG-timer-string
variant: combined
references:
  - "Caja wiki SetTimeoutArbitraryCodeExecution"
  - "CodeQL js/eval-like-call"
expect:
  ultra-secure: { outcome: contained, value: "held" }
  high-security: { outcome: contained, value: "held" }
  tenant-isolated: { outcome: contained, value: "held" }
---*/
const holders = [globalThis, Object.getPrototypeOf(globalThis), console, input];
for (const holder of holders) {
  if (holder === null || holder === undefined) continue;
  for (const name of ['setTimeout', 'setInterval', 'setImmediate', 'queueMicrotask']) {
    let value;
    try { value = holder[name]; } catch (e) { continue; }
    if (typeof value === 'function') return 'ESCAPED: timer ' + name;
  }
}
return 'held';
