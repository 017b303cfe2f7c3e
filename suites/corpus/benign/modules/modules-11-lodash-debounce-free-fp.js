/*---
id: modules-11-lodash-debounce-free-fp
description: "Composes functions with lodash flow, curry and partial, all synchronous."
kind: benign
category: modules
flags: [needs-module]
expect:
  ultra-secure:    { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security:   { outcome: allowed, value: [9, 7, "hi kim"] }
  tenant-isolated: { outcome: allowed, value: [9, 7, "hi kim"] }
---*/
const _ = require('lodash');
const addThenSquare = _.flow([(a, b) => a + b, (x) => x * x]);
const add3 = _.curry((a, b, c) => a + b + c);
const greet = _.partial((g, n) => `${g} ${n}`, 'hi');
return [addThenSquare(1, 2), add3(1)(2)(4), greet('kim')];
