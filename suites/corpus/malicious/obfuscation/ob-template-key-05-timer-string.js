/*---
id: ob-template-key-05-timer-string
description: >-
  Looks up set${'Time'}out on the global object and, if found, feeds it a code string, the timer-string
  code-generation path; timers must be absent in every profile.
kind: malicious
category: obfuscation
technique: OB-template-key
variant: combined
references:
  - "Datadog `no-implied-eval` rule examples"
expect:
  ultra-secure:    { outcome: contained, value: held }
  high-security:   { outcome: contained, value: held }
  tenant-isolated: { outcome: contained, value: held }
---*/
const st = globalThis[`set${'Time'}out`];
const si = globalThis[`set${'Inter'}val`];
if (typeof st === 'function') st('globalThis.leak = 1', 0);
if (typeof si === 'function') si('globalThis.leak = 2', 0);
return typeof st === 'undefined' && typeof si === 'undefined' ? 'held' : 'ESCAPED: timers present';
