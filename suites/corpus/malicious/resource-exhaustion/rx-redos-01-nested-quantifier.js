/*---
id: rx-redos-01-nested-quantifier
description: >-
  Runs the textbook catastrophic regex /^(a+)+$/ on 32 a's and a '!'; V8's backtracking engine is
  interruptible, so the deadline must end it.
kind: malicious
category: resource-exhaustion
technique: RX-redos
variant: plain
references:
  - "yamadashy/pdfvision PR #154"
  - "mozilla/rhino #1189 (non-interruptible engines)"
expect:
  ultra-secure:    { outcome: blocked, stages: [runtime], errors: [ERR_TIMEOUT] }
  high-security:   { outcome: blocked, stages: [runtime], errors: [ERR_TIMEOUT] }
  tenant-isolated: { outcome: blocked, stages: [runtime], errors: [ERR_TIMEOUT] }
flags: [slow]
---*/
return /^(a+)+$/.test('a'.repeat(32) + '!') ? 'matched' : 'NOT KILLED: backtracking finished';
