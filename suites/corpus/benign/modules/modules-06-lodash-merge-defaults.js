/*---
id: modules-06-lodash-merge-defaults
description: "Merges configuration objects with lodash merge and defaultsDeep."
kind: benign
category: modules
flags: [needs-module]
expect:
  ultra-secure:    { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security:   { outcome: allowed, value: { merged: { a: { b: 2, c: 3 }, d: [1, 2] }, defaults: { a: { b: 1, c: 3 } } } }
  tenant-isolated: { outcome: allowed, value: { merged: { a: { b: 2, c: 3 }, d: [1, 2] }, defaults: { a: { b: 1, c: 3 } } } }
---*/
const _ = require('lodash');
return {
  merged: _.merge({ a: { b: 1 }, d: [1] }, { a: { b: 2, c: 3 }, d: [undefined, 2] }),
  defaults: _.defaultsDeep({ a: { b: 1 } }, { a: { b: 9, c: 3 } }),
};
