/*---
id: cg-timer-string-03-computed
description: "Looks up the timer functions through concatenated global keys and calls any that exist with a code string."
kind: malicious
category: code-generation
technique: CG-timer-string
variant: obfuscated
references:
  - "Caja wiki SetTimeoutArbitraryCodeExecution"
  - "CodeQL js/eval-like-call"
expect:
  ultra-secure: { outcome: contained, value: "held" }
  high-security: { outcome: contained, value: "held" }
  tenant-isolated: { outcome: contained, value: "held" }
---*/
const names = ['set' + 'Time' + 'out', 'set' + 'Inter' + 'val', 'set' + 'Imme' + 'diate', 'queue' + 'Micro' + 'task'];
for (const name of names) {
  const timer = globalThis[name];
  if (typeof timer === 'function') {
    try { timer('"ESC" + "APED"', 0); return 'ESCAPED: ' + name + ' exists'; } catch (e) { return 'refused:' + e.name; }
  }
}
return 'held';
