/*---
id: rx-never-settle-03-stuck-generator
description: >-
  Iterates an async generator that parks on a never-settling promise inside Promise.all, hiding the stall
  behind two layers of combinators.
kind: malicious
category: resource-exhaustion
technique: RX-never-settle
variant: combined
references:
  - "isolated-vm #318, #475, #518"
expect:
  ultra-secure:    { outcome: blocked, stages: [runtime], errors: [ERR_TIMEOUT] }
  high-security:   { outcome: blocked, stages: [runtime], errors: [ERR_TIMEOUT] }
  tenant-isolated: { outcome: blocked, stages: [runtime], errors: [ERR_TIMEOUT] }
flags: [async, slow]
---*/
async function* stuck() {
  yield 1;
  await Promise.all([Promise.resolve(1), new Promise(() => {})]);
  yield 2;
}
for await (const _ of stuck()) {
}
return 'NOT KILLED: settled';
