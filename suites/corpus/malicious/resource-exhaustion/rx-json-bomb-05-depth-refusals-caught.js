/*---
id: rx-json-bomb-05-depth-refusals-caught
description: "Loops JSON.parse on arrays nested 20,000 deep and catches each
  refusal: the deadline must still end the loop."
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
// Deep arrays, and each refusal caught so the loop goes on: the deadline must still end it.
const text = '['.repeat(20000) + ']'.repeat(20000);
let refused = 0;
for (;;) {
  try {
    JSON.parse(text);
  } catch {
    refused++;
  }
}
