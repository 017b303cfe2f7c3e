/*---
id: re-prepare-stack-09-capture-reflect-get-built-key
description: Error.captureStackTrace read from an Error subclass with
  Reflect.get and a built key, hiding a builtin frame; the stack must show no
  host frame
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
// Error.captureStackTrace read with Reflect.get and a built key, with a function as the frame to hide.
const hook = Reflect.get(RangeError, 'capture' + 'StackTrace');
const o = {};
hook(o, Reflect.get);
return /node:internal|\/work\/|\.ts:/.test(String(o.stack)) ? 'ESCAPED' : 'held';
