/*---
id: modules-16-moment-diff
description: "Measures differences between fixed UTC dates in days, hours and months with moment."
kind: benign
category: modules
flags: [needs-module]
expect:
  ultra-secure:    { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security:   { outcome: allowed, value: { days: 59, hours: 1416, months: 1, weeks: 8 } }
  tenant-isolated: { outcome: allowed, value: { days: 59, hours: 1416, months: 1, weeks: 8 } }
---*/
const moment = require('moment');
const a = moment.utc('2024-01-02');
const b = moment.utc('2024-03-01');
return { days: b.diff(a, 'days'), hours: b.diff(a, 'hours'), months: b.diff(a, 'months'), weeks: b.diff(a, 'weeks') };
