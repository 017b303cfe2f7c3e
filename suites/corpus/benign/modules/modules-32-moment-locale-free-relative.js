/*---
id: modules-32-moment-locale-free-relative
description: "Computes a relative time between two fixed dates with moment's from(), never against the clock."
kind: benign
category: modules
flags: [needs-module]
expect:
  ultra-secure:    { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security:   { outcome: allowed, value: ["in 2 months", "2 months ago", "a day ago"] }
  tenant-isolated: { outcome: allowed, value: ["in 2 months", "2 months ago", "a day ago"] }
---*/
const moment = require('moment');
const a = moment.utc('2024-01-02');
const b = moment.utc('2024-03-01');
return [b.from(a), a.from(b), a.from(moment.utc('2024-01-03'))];
