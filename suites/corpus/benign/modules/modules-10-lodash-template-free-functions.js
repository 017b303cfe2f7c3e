/*---
id: modules-10-lodash-template-free-functions
description: "Uses lodash pure helpers (range, sum, meanBy, keyBy, countBy) with no string templating."
kind: benign
category: modules
flags: [needs-module]
expect:
  ultra-secure:    { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security:   { outcome: allowed, value: { range: [0, 3, 6, 9], sum: 18, mean: 2, keyBy: { a: { id: "a", v: 1 }, b: { id: "b", v: 3 } }, countBy: { "3": 2, "5": 1 } } }
  tenant-isolated: { outcome: allowed, value: { range: [0, 3, 6, 9], sum: 18, mean: 2, keyBy: { a: { id: "a", v: 1 }, b: { id: "b", v: 3 } }, countBy: { "3": 2, "5": 1 } } }
---*/
const _ = require('lodash');
const rows = [{ id: 'a', v: 1 }, { id: 'b', v: 3 }];
return { range: _.range(0, 10, 3), sum: _.sum(_.range(0, 10, 3)), mean: _.meanBy(rows, 'v'), keyBy: _.keyBy(rows, 'id'), countBy: _.countBy(['one', 'two', 'three'], 'length') };
