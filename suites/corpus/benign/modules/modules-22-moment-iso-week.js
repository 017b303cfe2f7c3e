/*---
id: modules-22-moment-iso-week
description: "Reads ISO week numbers, day of year and weekday names for fixed UTC dates with moment."
kind: benign
category: modules
flags: [needs-module]
expect:
  ultra-secure:    { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security:   { outcome: allowed, value: { isoWeek: 1, dayOfYear: 2, weekday: "Tue", lastWeek: 1 } }
  tenant-isolated: { outcome: allowed, value: { isoWeek: 1, dayOfYear: 2, weekday: "Tue", lastWeek: 1 } }
---*/
const moment = require('moment');
const d = moment.utc('2024-01-02');
return { isoWeek: d.isoWeek(), dayOfYear: d.dayOfYear(), weekday: d.format('ddd'), lastWeek: moment.utc('2024-12-31').isoWeek() };
