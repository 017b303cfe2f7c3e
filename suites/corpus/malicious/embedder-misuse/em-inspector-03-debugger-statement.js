/*---
id: em-inspector-03-debugger-statement
description: "Executes debugger statements in a loop and inside callbacks; with an inspector session attached the isolate would pause, so the execution must simply run on and finish."
kind: malicious
category: embedder-misuse
technique: EM-inspector
variant: combined
references:
  - "isolated-vm inspector-example.js"
expect:
  ultra-secure: { outcome: contained, value: "held" }
  high-security: { outcome: contained, value: "held" }
  tenant-isolated: { outcome: contained, value: "held" }
flags: [async]
---*/
let count = 0;
for (let i = 0; i < 5; i++) { debugger; count++; }
[1, 2].forEach(() => { debugger; count++; });
await Promise.resolve().then(() => { debugger; count++; });
if (typeof require === 'function') { try { require('node:inspector/promises'); return 'ESCAPED: inspector loaded'; } catch (e) {} }
return count === 8 ? 'held' : 'count ' + count;
