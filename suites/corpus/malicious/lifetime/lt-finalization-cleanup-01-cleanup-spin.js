/*---
id: lt-finalization-cleanup-01-cleanup-spin
description: Registers dead targets with a spinning FinalizationRegistry cleanup
  and leaves garbage so that the pool's collection after the execution finds
  them.
kind: malicious
category: lifetime
technique: LT-finalization-cleanup
variant: plain
references:
  - "sandproof SECURITY.md, claim 5: no guest code runs after its execution ended"
  - "tc39 WeakRefs: cleanup callbacks are host-scheduled jobs"
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
// Registers dead targets and leaves garbage behind, so that the pool's collection after the execution
// finds them: the cleanup would then run with no deadline armed.
if (typeof FinalizationRegistry === 'undefined') return 'absent';
const registry = new FinalizationRegistry(() => { for (;;) {} });
for (let i = 0; i < 20000; i++) registry.register({ a: [i, i, i] }, i);
globalThis.registry = registry;
const junk = [];
for (let i = 0; i < 50000; i++) junk.push({ i });
return 'returned';
