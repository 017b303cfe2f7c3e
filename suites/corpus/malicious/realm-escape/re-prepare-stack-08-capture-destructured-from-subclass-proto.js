/*---
id: re-prepare-stack-08-capture-destructured-from-subclass-proto
description: Error.captureStackTrace destructured under a new name from the
  prototype of an Error subclass and called on a plain object; the stack must
  show no host frame
kind: malicious
category: realm-escape
technique: RE-prepare-stack
variant: obfuscated
references:
  - "sandproof scanner evasion family: Error.captureStackTrace through aliases"
expect:
  ultra-secure:
    outcome: contained
    value: held
  high-security:
    outcome: contained
    value: held
  tenant-isolated:
    outcome: contained
    value: held
---*/
// Error.captureStackTrace taken from the prototype of an Error subclass (Error itself) under a renamed
// destructuring, and called on a plain object; its stack must show no host frame or path.
const { captureStackTrace: grab } = Object.getPrototypeOf(SyntaxError);
const o = {};
grab(o);
return /node:internal|\/work\/|\.ts:/.test(String(o.stack)) ? 'ESCAPED' : 'held';
