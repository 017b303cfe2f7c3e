/*---
id: em-sync-deadlock-02-await-inside-hook
description: "Starts fetch and import promises from inside a log argument's hooks and awaits them later, mixing host calls in flight with synchronous host callbacks."
kind: malicious
category: embedder-misuse
technique: EM-sync-deadlock
variant: obfuscated
references:
  - "isolated-vm README"
  - "isolated-vm tests/deadlock.js"
  - "isolated-vm tests/async-rentry-deadlock.js"
expect:
  ultra-secure: { outcome: contained, value: "held" }
  high-security: { outcome: contained, value: "held" }
  tenant-isolated: { outcome: contained, value: "held" }
flags: [async]
---*/
const pending = [];
const hook = { ['to' + 'String']() { pending.push(import('fs').catch(() => 0)); if (typeof fetch === 'function') pending.push(fetch('https://a.example/').catch(() => 0)); return 'h'; } };
for (let i = 0; i < 10; i++) console.log(hook, String(hook));
await Promise.all(pending);
return 'held';
