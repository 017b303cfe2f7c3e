/*---
id: pp-prng-channel-04-inherited-random
description: >-
  Tenant a deletes Math.random and plants a fixed random on Object.prototype, so that the next tenant's
  Math.random would resolve through the prototype chain.
kind: malicious
category: persistence
technique: PP-prng-channel
variant: obfuscated
references:
  - "SES README \"Caveats\""
expect:
  ultra-secure:    { outcome: contained, value: clean }
  high-security:   { outcome: contained, value: clean }
  tenant-isolated: { outcome: contained, value: clean }
flags: [multi-step]
---*/
//@step tenant=a
try {
  delete Math.random;
  Object.prototype.random = () => 0.125;
} catch {
  return 'refused';
}
return 'tampered';
//@step tenant=b
if ('random' in {}) return 'ESCAPED: inherited random survived';
return Object.hasOwn(Math, 'random') ? 'clean' : 'ESCAPED: Math.random deleted';
//@step tenant=a
if ('random' in {}) return 'ESCAPED: inherited random survived';
return Object.hasOwn(Math, 'random') ? 'clean' : 'ESCAPED: Math.random deleted';
