/*---
id: modules-30-lodash-with-moment
description: "Combines lodash and moment to bucket fixed UTC event dates by month."
kind: benign
category: modules
flags: [needs-module]
input: { events: ["2024-01-02", "2024-01-20", "2024-02-03", "2024-03-09", "2024-03-30"] }
expect:
  ultra-secure:    { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security:   { outcome: allowed, value: { "2024-01": 2, "2024-02": 1, "2024-03": 2 } }
  tenant-isolated: { outcome: allowed, value: { "2024-01": 2, "2024-02": 1, "2024-03": 2 } }
---*/
const _ = require('lodash');
const moment = require('moment');
return _.countBy(input.events, (d) => moment.utc(d).format('YYYY-MM'));
