/*---
id: modules-13-lodash-instance-isolated
description: "Requires lodash twice and checks that the module is cached within one execution."
kind: benign
category: modules
flags: [needs-module]
expect:
  ultra-secure:    { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security:   { outcome: allowed, value: [true, "function", 3] }
  tenant-isolated: { outcome: allowed, value: [true, "function", 3] }
---*/
const a = require('lodash');
const b = require('lodash');
return [a === b, typeof a.map, a.size({ x: 1, y: 2, z: 3 })];
