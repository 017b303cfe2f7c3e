/*---
id: em-inspector-02-console-profiler
description: "Calls the console methods that talk to an attached inspector (profile, timeStamp, table, dir) and looks for inspector objects, checking none of them reaches a live session."
kind: malicious
category: embedder-misuse
technique: EM-inspector
variant: obfuscated
references:
  - "isolated-vm inspector-example.js"
expect:
  ultra-secure: { outcome: contained, value: "held" }
  high-security: { outcome: contained, value: "held" }
  tenant-isolated: { outcome: contained, value: "held" }
---*/
const risky = ['profile', 'profileEnd', 'timeStamp', 'context', 'createTask', 'table', 'dir', 'time'];
const present = risky.filter((m) => typeof console[m] === 'function');
for (const m of present) { try { console[m]('x'); } catch (e) {} }
const names = ['inspector', '__inspector', 'Debug', 'InspectorFrontendHost', '%DebugPrint'];
const found = names.filter((n) => typeof globalThis[n] !== 'undefined');
return found.length === 0 ? 'held' : 'ESCAPED: ' + found.join(',');
