/*---
id: rx-sync-loop-02-comparator-loop
description: >-
  Hides the endless loop inside a sort comparator, so the spin happens inside a builtin's callback rather
  than at the top of the snippet.
kind: malicious
category: resource-exhaustion
technique: RX-sync-loop
variant: obfuscated
references:
  - "isolated-vm `tests/timeout*.js`, \"Script execution timed out.\""
expect:
  ultra-secure:    { outcome: blocked, stages: [runtime], errors: [ERR_TIMEOUT] }
  high-security:   { outcome: blocked, stages: [runtime], errors: [ERR_TIMEOUT] }
  tenant-isolated: { outcome: blocked, stages: [runtime], errors: [ERR_TIMEOUT] }
flags: [slow]
---*/
const data = [3, 1, 2];
data.sort((a, b) => {
  let x = a - b;
  while (x === x) x = -x;
  return x;
});
return 'NOT KILLED: loop ended';
