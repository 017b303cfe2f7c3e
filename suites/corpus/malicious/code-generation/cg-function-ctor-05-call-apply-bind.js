/*---
id: cg-function-ctor-05-call-apply-bind
description: "Invokes the Function constructor through call, apply and bind, the paths a naive wrapper that only intercepts direct calls would miss."
kind: malicious
category: code-generation
technique: CG-function-ctor
variant: combined
references:
  - "SES confinement test"
  - "vm2 ATTACKS cat. 1"
expect:
  ultra-secure: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: contained, value: "undefined,undefined,undefined" }
---*/
const body = 'return typeof process';
const results = [
  Function.call(null, body)(),
  Function.apply(null, [body])(),
  Function.bind(null, body)()(),
];
return results.join(',');
