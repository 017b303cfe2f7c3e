/*---
id: modules-15-moment-add-subtract
description: "Adds and subtracts calendar units with moment in UTC, including month-end clamping."
kind: benign
category: modules
flags: [needs-module]
expect:
  ultra-secure:    { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security:   { outcome: allowed, value: ["2024-02-29", "2024-03-31", "2023-12-31", "2025-01-02"] }
  tenant-isolated: { outcome: allowed, value: ["2024-02-29", "2024-03-31", "2023-12-31", "2025-01-02"] }
---*/
const moment = require('moment');
const f = (m) => m.format('YYYY-MM-DD');
return [
  f(moment.utc('2024-01-31').add(1, 'month')),
  f(moment.utc('2024-03-01').add(30, 'days')),
  f(moment.utc('2024-01-02').subtract(2, 'days')),
  f(moment.utc('2024-01-02').add(1, 'year')),
];
