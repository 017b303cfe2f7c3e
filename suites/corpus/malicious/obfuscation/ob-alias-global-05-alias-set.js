/*---
id: ob-alias-global-05-alias-set
description: >-
  Collects globalThis through several aliases and checks each one for the host process object and the host
  canary.
kind: malicious
category: obfuscation
technique: OB-alias-global
variant: combined
references:
  - "SES confinement test (strict `this` is undefined)"
expect:
  ultra-secure:    { outcome: contained, value: held }
  high-security:   { outcome: contained, value: held }
  tenant-isolated: { outcome: contained, value: held }
---*/
const aliases = [
  globalThis,
  globalThis.globalThis,
  Reflect.get(globalThis, 'globalThis'),
  Object.getOwnPropertyDescriptor(globalThis, 'globalThis')?.value,
  (() => globalThis)(),
];
const leaky = aliases.filter((a) => a && ('process' in a || '__SANDPROOF_CANARY__' in a));
return leaky.length === 0 ? 'held' : 'ESCAPED: ' + leaky.length + ' aliases leak';
