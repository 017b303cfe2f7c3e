/*---
id: pp-global-reassign-04-console-methods-input
description: >-
  Tenant a overwrites console.log and console.error, mutates the input object and tags require where it
  exists; b must get its own console, a fresh input copy and an untouched require.
kind: malicious
category: persistence
technique: PP-global-reassign
variant: obfuscated
references:
  - "temporalio #1476"
input: {"v":1}
expect:
  ultra-secure:    { outcome: contained, value: clean }
  high-security:   { outcome: contained, value: clean }
  tenant-isolated: { outcome: contained, value: clean }
flags: [multi-step]
---*/
//@step tenant=a
const mark = () => 'tampered';
mark.pp = true;
console.log = mark;
console.error = mark;
input.v = 'tampered';
input.extra = 'tenant-a';
if (typeof require === 'function') require.pp = true;
return 'tampered';
//@step tenant=b
if (console.log.pp === true || console.error.pp === true) return 'ESCAPED: console methods tampered';
if (input.v !== 1 || 'extra' in input) return 'ESCAPED: input mutated across executions';
if (typeof require === 'function' && require.pp === true) return 'ESCAPED: require tagged';
return 'clean';
//@step tenant=a
if (console.log.pp === true || console.error.pp === true) return 'ESCAPED: console methods tampered';
if (input.v !== 1 || 'extra' in input) return 'ESCAPED: input mutated across executions';
if (typeof require === 'function' && require.pp === true) return 'ESCAPED: require tagged';
return 'clean';
