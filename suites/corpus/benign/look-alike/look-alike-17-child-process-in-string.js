/*---
id: look-alike-17-child-process-in-string
description: "Lists dangerous module names as plain strings in a deny-list check that never requires them."
kind: benign
category: look-alike
flags: [look-alike]
expect:
  ultra-secure:    { outcome: allowed, value: [["child_process", true], ["lodash", false], ["fs", true]] }
  high-security:   { outcome: allowed, value: [["child_process", true], ["lodash", false], ["fs", true]] }
  tenant-isolated: { outcome: allowed, value: [["child_process", true], ["lodash", false], ["fs", true]] }
---*/
const denied = new Set(['child_process', 'fs', 'net', 'vm', 'worker_threads']);
return ['child_process', 'lodash', 'fs'].map((m) => [m, denied.has(m)]);
