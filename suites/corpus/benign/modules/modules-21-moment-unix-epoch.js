/*---
id: modules-21-moment-unix-epoch
description: "Converts between Unix timestamps and fixed UTC dates with moment."
kind: benign
category: modules
flags: [needs-module]
expect:
  ultra-secure:    { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security:   { outcome: allowed, value: [1704153600, "2024-01-02T00:00:00.000Z", "1970-01-01 00:00"] }
  tenant-isolated: { outcome: allowed, value: [1704153600, "2024-01-02T00:00:00.000Z", "1970-01-01 00:00"] }
---*/
const moment = require('moment');
return [moment.utc('2024-01-02').unix(), moment.unix(1704153600).toISOString(), moment.utc(0).format('YYYY-MM-DD HH:mm')];
