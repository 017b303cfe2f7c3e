/*---
id: modules-05-lodash-deep-clone-equal
description: "Deep-clones a nested structure with lodash and checks isEqual before and after a change."
kind: benign
category: modules
flags: [needs-module]
expect:
  ultra-secure:    { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security:   { outcome: allowed, value: [true, false, 1] }
  tenant-isolated: { outcome: allowed, value: [true, false, 1] }
---*/
const _ = require('lodash');
const a = { list: [1, { x: 1 }], when: { y: 2 } };
const b = _.cloneDeep(a);
const same = _.isEqual(a, b);
b.list[1].x = 99;
return [same, _.isEqual(a, b), a.list[1].x];
