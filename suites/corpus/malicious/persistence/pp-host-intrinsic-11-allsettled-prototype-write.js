/*---
id: pp-host-intrinsic-11-allsettled-prototype-write
description: String.prototype carried out of Promise.allSettled records and
  written, then the planted function is climbed to the Function constructor
kind: malicious
category: persistence
technique: PP-host-intrinsic
variant: obfuscated
references:
  - "sandproof scanner evasion family: values carried through promises,
    reducers, iterator helpers and arguments"
expect:
  ultra-secure:
    outcome: blocked
    stages:
      - scan
      - runtime
    errors:
      - ERR_SCRIPT_ERROR
  high-security:
    outcome: blocked
    stages:
      - scan
      - runtime
    errors:
      - ERR_SCRIPT_ERROR
  tenant-isolated:
    outcome: contained
    value: held
---*/
// A builtin prototype carried out of Promise.allSettled records and written, then the planted value is
// climbed to the Function constructor.
const [rec] = await Promise.allSettled([Object.getPrototypeOf('')]);
rec.value.tagged = function () {};
return ''.tagged.constructor('return typeof process')() === 'undefined' ? 'held' : 'ESCAPED';
