/*---
id: rx-json-bomb-04-depth-loop
description: "Loops JSON.parse on text nested 100,000 deep: the parser loses the
  deadline's termination request unless each call is bounded in nesting depth."
kind: malicious
category: resource-exhaustion
technique: RX-json-bomb
variant: plain
references:
  - "sandproof SECURITY.md, claim 5: JSON.parse is bounded in nesting depth per
    call, so the deadline ends a loop of calls"
expect:
  ultra-secure:
    outcome: blocked
    stages:
      - runtime
  high-security:
    outcome: blocked
    stages:
      - runtime
  tenant-isolated:
    outcome: blocked
    stages:
      - runtime
flags:
  - slow
---*/
// JSON.parse of text nested 100,000 deep, in a loop: the parser loses the deadline's termination request
// unless each call is bounded in nesting depth.
const text = '{"a":'.repeat(100000) + '1' + '}'.repeat(100000);
for (;;) JSON.parse(text);
