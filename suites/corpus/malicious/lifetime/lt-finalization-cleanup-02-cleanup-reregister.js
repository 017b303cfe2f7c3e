/*---
id: lt-finalization-cleanup-02-cleanup-reregister
description: A cleanup that busy-waits and re-registers fresh garbage on every
  call, to keep running across collections after its execution.
kind: malicious
category: lifetime
technique: LT-finalization-cleanup
variant: combined
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
// The cleanup keeps itself busy: it re-registers fresh garbage and burns CPU on each call.
if (typeof FinalizationRegistry === 'undefined') return 'absent';
let registry;
const cleanup = (held) => {
  const end = Date.now() + 10000;
  while (Date.now() < end) {}
  registry.register({ held }, held + 1);
};
registry = new FinalizationRegistry(cleanup);
for (let i = 0; i < 30000; i++) registry.register([i, i], i);
globalThis.keep = registry;
let junk = [];
for (let i = 0; i < 60000; i++) junk.push({ i, s: 'x' + i });
junk = null;
return 'returned';
