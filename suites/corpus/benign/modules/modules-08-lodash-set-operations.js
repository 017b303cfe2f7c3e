/*---
id: modules-08-lodash-set-operations
description: "Computes unions, intersections and differences of arrays with lodash."
kind: benign
category: modules
flags: [needs-module]
expect:
  ultra-secure:    { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security:   { outcome: allowed, value: { union: [1, 2, 3, 4], inter: [2, 3], diff: [1], xor: [1, 4], uniqBy: [2.1, 1.2] } }
  tenant-isolated: { outcome: allowed, value: { union: [1, 2, 3, 4], inter: [2, 3], diff: [1], xor: [1, 4], uniqBy: [2.1, 1.2] } }
---*/
const _ = require('lodash');
const a = [1, 2, 3];
const b = [2, 3, 4];
return { union: _.union(a, b), inter: _.intersection(a, b), diff: _.difference(a, b), xor: _.xor(a, b), uniqBy: _.uniqBy([2.1, 1.2, 2.3], Math.floor) };
