/*---
id: look-alike-49-stack-as-data-structure
description: "Implements a stack with a field called stack and a method named prepareStackTrace, plain user names."
kind: benign
category: look-alike
flags: [look-alike]
expect:
  ultra-secure:    { outcome: allowed, value: { popped: 3, stack: [1, 2], trace: "1 > 2" } }
  high-security:   { outcome: allowed, value: { popped: 3, stack: [1, 2], trace: "1 > 2" } }
  tenant-isolated: { outcome: allowed, value: { popped: 3, stack: [1, 2], trace: "1 > 2" } }
---*/
const s = {
  stack: [],
  push(x) { this.stack.push(x); return this; },
  prepareStackTrace() { return this.stack.join(' > '); },
};
const popped = s.push(1).push(2).push(3).stack.pop();
return { popped, stack: s.stack, trace: s.prepareStackTrace() };
