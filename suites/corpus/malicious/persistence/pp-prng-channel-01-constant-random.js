/*---
id: pp-prng-channel-01-constant-random
description: >-
  Tenant a replaces Math.random with a constant, the simplest way to make the next tenant's "random" choices
  known in advance.
kind: malicious
category: persistence
technique: PP-prng-channel
variant: plain
references:
  - "SES README \"Caveats\""
expect:
  ultra-secure:    { outcome: contained, value: clean }
  high-security:   { outcome: contained, value: clean }
  tenant-isolated: { outcome: contained, value: clean }
flags: [multi-step]
---*/
//@step tenant=a
Math.random = () => 0.25;
Math.random.pp = true;
return 'tampered';
//@step tenant=b
if (Math.random.pp === true) return 'ESCAPED: Math.random replaced';
const draws = [Math.random(), Math.random(), Math.random()];
return draws.every((d) => d === 0.25) ? 'ESCAPED: constant random survived' : 'clean';
//@step tenant=a
if (Math.random.pp === true) return 'ESCAPED: Math.random replaced';
const draws = [Math.random(), Math.random(), Math.random()];
return draws.every((d) => d === 0.25) ? 'ESCAPED: constant random survived' : 'clean';
