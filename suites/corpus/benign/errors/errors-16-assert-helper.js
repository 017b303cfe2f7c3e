/*---
id: errors-16-assert-helper
description: "Implements a small assert helper that throws with a code, and collects which assertions failed."
kind: benign
category: errors
expect:
  ultra-secure:    { outcome: allowed, value: [["E_ASSERT", "count must be positive"], ["E_ASSERT", "name must be set"]] }
  high-security:   { outcome: allowed, value: [["E_ASSERT", "count must be positive"], ["E_ASSERT", "name must be set"]] }
  tenant-isolated: { outcome: allowed, value: [["E_ASSERT", "count must be positive"], ["E_ASSERT", "name must be set"]] }
---*/
class AssertionError extends Error { constructor(msg) { super(msg); this.name = 'AssertionError'; this.code = 'E_ASSERT'; } }
const assert = (cond, msg) => { if (!cond) throw new AssertionError(msg); };
const failures = [];
const checks = [() => assert(1 > 0, 'math works'), () => assert(-1 > 0, 'count must be positive'), () => assert('', 'name must be set')];
for (const c of checks) { try { c(); } catch (e) { failures.push([e.code, e.message]); } }
return failures;
