/*---
id: modules-09-lodash-chain
description: "Builds a lazy lodash chain over input data and resolves it with value()."
kind: benign
category: modules
flags: [needs-module]
input: { xs: [5, 3, 8, 1, 9, 2] }
expect:
  ultra-secure:    { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security:   { outcome: allowed, value: [18, 16, 10] }
  tenant-isolated: { outcome: allowed, value: [18, 16, 10] }
---*/
const _ = require('lodash');
return _.chain(input.xs).map((x) => x * 2).filter((x) => x > 4).sortBy().reverse().take(3).value();
