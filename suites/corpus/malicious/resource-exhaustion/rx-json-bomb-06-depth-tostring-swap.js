/*---
id: rx-json-bomb-06-depth-tostring-swap
description: "Parses with a reviver a text object whose toString answers shallow
  then deep: the text must be read once, so the depth check sees what the parser
  sees."
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
// A text object that reads shallow to a first look and deep to a second, parsed with a reviver in a loop.
let reads = 0;
const deep = '{"k":['.repeat(30000) + '0' + ']}'.repeat(30000);
const text = { toString: () => (reads++ % 2 === 0 ? '1' : deep) };
for (;;) {
  try {
    JSON.parse(text, (k, v) => v);
    JSON.parse(text, (k, v) => v);
  } catch {}
}
