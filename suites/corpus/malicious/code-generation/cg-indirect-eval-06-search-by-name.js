/*---
id: cg-indirect-eval-06-search-by-name
description: "Searches every global value for a function whose name is eval, without ever writing the name as an identifier or key, and tries to run code with it."
kind: malicious
category: code-generation
technique: CG-indirect-eval
variant: combined
references:
  - "SES test/confinement.test.js"
expect:
  ultra-secure: { outcome: contained, value: "held" }
  high-security: { outcome: contained, value: "held" }
  tenant-isolated: { outcome: contained, value: "held" }
---*/
const wanted = ['e', 'v', 'a', 'l'].join('');
for (const key of Object.getOwnPropertyNames(globalThis)) {
  let value;
  try { value = globalThis[key]; } catch (e) { continue; }
  if (typeof value !== 'function' || value.name !== wanted) continue;
  try {
    if (value('6 * 7') === 42) return 'ESCAPED: evaluated through ' + key;
  } catch (e) { /* refused */ }
}
return 'held';
