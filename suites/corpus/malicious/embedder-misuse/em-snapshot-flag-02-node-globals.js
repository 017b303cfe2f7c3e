/*---
id: em-snapshot-flag-02-node-globals
description: "Looks for globals that only exist when a context is deserialized from Node's startup snapshot (structuredClone, AbortController, EventTarget, Blob, queueMicrotask, performance), a sign of a Node-flavoured context."
kind: malicious
category: embedder-misuse
technique: EM-snapshot-flag
variant: obfuscated
references:
  - "isolated-vm #420"
  - "isolated-vm #424"
expect:
  ultra-secure: { outcome: contained, value: "held" }
  high-security: { outcome: contained, value: "held" }
  tenant-isolated: { outcome: contained, value: "held" }
---*/
const nodeOnly = ['structured' + 'Clone', 'AbortController', 'EventTarget', 'Blob', 'queueMicrotask', 'performance',
  'TextEncoder', 'URL', 'BroadcastChannel', 'MessageChannel', 'atob', 'btoa', 'navigator', 'crypto'];
const found = nodeOnly.filter((n) => typeof globalThis[n] !== 'undefined');
return found.length === 0 ? 'held' : 'ESCAPED: ' + found.join(',');
