/*---
id: modules-17-moment-start-end-of
description: "Finds the start and end of the month, week and quarter for a fixed UTC date with moment."
kind: benign
category: modules
flags: [needs-module]
expect:
  ultra-secure:    { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security:   { outcome: allowed, value: ["2024-01-01", "2024-01-31", "2023-12-31", "2024-03-31"] }
  tenant-isolated: { outcome: allowed, value: ["2024-01-01", "2024-01-31", "2023-12-31", "2024-03-31"] }
---*/
const moment = require('moment');
const d = moment.utc('2024-01-02');
const f = (m) => m.format('YYYY-MM-DD');
return [f(d.clone().startOf('month')), f(d.clone().endOf('month')), f(d.clone().startOf('week')), f(d.clone().endOf('quarter'))];
