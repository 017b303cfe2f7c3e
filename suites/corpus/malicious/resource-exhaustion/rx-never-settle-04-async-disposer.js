/*---
id: rx-never-settle-04-async-disposer
description: >-
  Leaves a block guarded by await using whose async disposer never settles: the disposal is awaited after
  the body, outside anything the body's own code controls, and the wall-clock deadline must still end it.
kind: malicious
category: resource-exhaustion
technique: RX-never-settle
variant: obfuscated
references:
  - "isolated-vm #318, #475, #518"
  - "tc39 proposal-explicit-resource-management"
expect:
  ultra-secure:    { outcome: blocked, stages: [runtime], errors: [ERR_TIMEOUT] }
  high-security:   { outcome: blocked, stages: [runtime], errors: [ERR_TIMEOUT] }
  tenant-isolated: { outcome: blocked, stages: [runtime], errors: [ERR_TIMEOUT] }
flags: [async, slow]
---*/
{
  await using stuck = { [Symbol.asyncDispose]() { return new Promise(() => {}); } };
  const stack = new AsyncDisposableStack();
  stack.defer(() => new Promise(() => {}));
  await stack.disposeAsync();
}
return 'NOT KILLED: settled';
