/*---
id: cg-timer-string-02-setinterval
description: "Passes a code string to setInterval and to setImmediate, which also run code later outside any synchronous time limit."
kind: malicious
category: code-generation
technique: CG-timer-string
variant: plain
references:
  - "Caja wiki SetTimeoutArbitraryCodeExecution"
  - "CodeQL js/eval-like-call"
expect:
  ultra-secure: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
---*/
setInterval('for (;;) {}', 1);
setImmediate('globalThis.pwned = 1');
return 'scheduled';
