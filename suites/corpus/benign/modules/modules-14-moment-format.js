/*---
id: modules-14-moment-format
description: "Formats a fixed UTC date with moment in several fixed patterns."
kind: benign
category: modules
flags: [needs-module]
expect:
  ultra-secure:    { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security:   { outcome: allowed, value: ["2024-01-02", "Tuesday, January 2nd 2024", "02/01/24 00:00", "2024-01-02T00:00:00Z"] }
  tenant-isolated: { outcome: allowed, value: ["2024-01-02", "Tuesday, January 2nd 2024", "02/01/24 00:00", "2024-01-02T00:00:00Z"] }
---*/
const moment = require('moment');
const d = moment.utc('2024-01-02');
return [d.format('YYYY-MM-DD'), d.format('dddd, MMMM Do YYYY'), d.format('DD/MM/YY HH:mm'), d.format()];
