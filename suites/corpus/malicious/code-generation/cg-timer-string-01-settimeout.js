/*---
id: cg-timer-string-01-settimeout
description: "Passes a code string to setTimeout, an implied eval in browsers and Node; timers are absent in every profile."
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
setTimeout('globalThis.pwned = 1', 0);
return 'scheduled';
