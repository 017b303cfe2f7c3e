/*---
id: modules-01-lodash-chunk
description: "Splits an array into chunks with lodash; ultra-secure grants no require, so it is refused there (by the scanner or at runtime)."
kind: benign
category: modules
flags: [needs-module]
expect:
  ultra-secure:    { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security:   { outcome: allowed, value: [[1, 2], [3, 4], [5]] }
  tenant-isolated: { outcome: allowed, value: [[1, 2], [3, 4], [5]] }
---*/
const _ = require('lodash');
return _.chunk([1, 2, 3, 4, 5], 2);
