/*---
id: rx-redos-03-input-replace
description: >-
  Applies a word-splitting pattern with nested quantifiers to text from the input through String.replace,
  the shape of real ReDoS bugs in text processing.
kind: malicious
category: resource-exhaustion
technique: RX-redos
variant: combined
references:
  - "yamadashy/pdfvision PR #154"
  - "mozilla/rhino #1189 (non-interruptible engines)"
input: {"text":"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!"}
expect:
  ultra-secure:    { outcome: blocked, stages: [runtime], errors: [ERR_TIMEOUT] }
  high-security:   { outcome: blocked, stages: [runtime], errors: [ERR_TIMEOUT] }
  tenant-isolated: { outcome: blocked, stages: [runtime], errors: [ERR_TIMEOUT] }
flags: [slow]
---*/
const cleaned = input.text.replace(/^(\w+\s?)*$/, '');
return cleaned === input.text ? 'NOT KILLED: backtracking finished' : 'odd';
