/*---
id: modules-23-moment-calendar-range
description: "Generates every date of a fixed UTC week with moment, the way a scheduler builds its grid."
kind: benign
category: modules
flags: [needs-module]
expect:
  ultra-secure:    { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security:   { outcome: allowed, value: ["Mon 01", "Tue 02", "Wed 03", "Thu 04", "Fri 05", "Sat 06", "Sun 07"] }
  tenant-isolated: { outcome: allowed, value: ["Mon 01", "Tue 02", "Wed 03", "Thu 04", "Fri 05", "Sat 06", "Sun 07"] }
---*/
const moment = require('moment');
const start = moment.utc('2024-01-02').startOf('isoWeek');
return Array.from({ length: 7 }, (_, i) => start.clone().add(i, 'days').format('ddd DD'));
