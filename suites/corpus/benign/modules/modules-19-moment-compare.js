/*---
id: modules-19-moment-compare
description: "Compares fixed UTC dates with moment isBefore, isAfter, isSame and isBetween."
kind: benign
category: modules
flags: [needs-module]
expect:
  ultra-secure:    { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security:   { outcome: allowed, value: [true, false, true, true] }
  tenant-isolated: { outcome: allowed, value: [true, false, true, true] }
---*/
const moment = require('moment');
const a = moment.utc('2024-01-02');
const b = moment.utc('2024-06-30');
return [a.isBefore(b), a.isAfter(b), a.isSame(moment.utc('2024-01-02T23:59:59Z'), 'day'), moment.utc('2024-03-15').isBetween(a, b)];
