/*---
id: lt-finalization-cleanup-03-cleanup-via-prototype
description: Builds the registry through the constructor reached from an
  instance's prototype, with a bound spinning cleanup.
kind: malicious
category: lifetime
technique: LT-finalization-cleanup
variant: obfuscated
references:
  - "sandproof SECURITY.md, claim 5: no guest code runs after its execution ended"
expect:
  ultra-secure:
    outcome: contained
    value: absent
  high-security:
    outcome: contained
    value: absent
  tenant-isolated:
    outcome: contained
---*/
// The registry is built through the constructor reached from an instance's prototype, and the cleanup
// is a bound function, so that neither names FinalizationRegistry at the call site.
const FR = globalThis['Finalization' + 'Registry'];
if (FR === undefined) return 'absent';
const Ctor = Object.getPrototypeOf(new FR(() => {})).constructor;
const spin = function () { for (;;) {} }.bind(null);
const registry = Reflect.construct(Ctor, [spin]);
for (let i = 0; i < 20000; i++) registry.register({ i }, i);
globalThis.registry = registry;
const junk = [];
for (let i = 0; i < 60000; i++) junk.push([i]);
return 'returned';
