/*---
id: rx-redos-02-built-alternation
description: >-
  Builds an exponential alternation (a|a)*$ with new RegExp from strings, out of reach of static ReDoS
  detectors, and runs it on 40 a's and a 'b'.
kind: malicious
category: resource-exhaustion
technique: RX-redos
variant: obfuscated
references:
  - "yamadashy/pdfvision PR #154"
  - "mozilla/rhino #1189 (non-interruptible engines)"
expect:
  ultra-secure:    { outcome: blocked, stages: [runtime], errors: [ERR_TIMEOUT] }
  high-security:   { outcome: blocked, stages: [runtime], errors: [ERR_TIMEOUT] }
  tenant-isolated: { outcome: blocked, stages: [runtime], errors: [ERR_TIMEOUT] }
flags: [slow]
---*/
const re = new RegExp('^(' + ['a', 'a'].join('|') + ')*$');
return re.test('a'.repeat(40) + 'b') ? 'matched' : 'NOT KILLED: backtracking finished';
