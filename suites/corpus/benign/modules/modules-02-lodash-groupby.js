/*---
id: modules-02-lodash-groupby
description: "Groups input records by a field with lodash groupBy and maps the groups to counts."
kind: benign
category: modules
flags: [needs-module]
input: { rows: [{ t: "a" }, { t: "b" }, { t: "a" }, { t: "c" }, { t: "a" }] }
expect:
  ultra-secure:    { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security:   { outcome: allowed, value: { a: 3, b: 1, c: 1 } }
  tenant-isolated: { outcome: allowed, value: { a: 3, b: 1, c: 1 } }
---*/
const _ = require('lodash');
return _.mapValues(_.groupBy(input.rows, 't'), (g) => g.length);
