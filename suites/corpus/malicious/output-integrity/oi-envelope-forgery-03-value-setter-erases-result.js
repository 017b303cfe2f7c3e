/*---
id: oi-envelope-forgery-03-value-setter-erases-result
description: An inherited setter for value on Object.prototype turns the result
  into undefined
kind: malicious
category: output-integrity
technique: OI-envelope-forgery
variant: plain
references:
  - "sandproof SECURITY.md, claim 7: results the guest cannot forge"
  - "ECMA-262 OrdinarySet: assignment runs an inherited setter"
expect:
  ultra-secure:
    outcome: contained
    value: 42
  high-security:
    outcome: contained
    value: 42
  tenant-isolated:
    outcome: contained
    value: 42
---*/
// An inherited setter for "value" swallows the assignment that puts the result into the envelope.
Object.defineProperty(Object.prototype, 'value', { set(v) {}, configurable: true });
return 42;
