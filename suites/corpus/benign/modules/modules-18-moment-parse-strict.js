/*---
id: modules-18-moment-parse-strict
description: "Parses dates with explicit formats in strict mode and reports validity, with no dependency on the clock."
kind: benign
category: modules
flags: [needs-module]
expect:
  ultra-secure:    { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security:   { outcome: allowed, value: [true, false, "2024-12-25", 3] }
  tenant-isolated: { outcome: allowed, value: [true, false, "2024-12-25", 3] }
---*/
const moment = require('moment');
const ok = moment.utc('25.12.2024', 'DD.MM.YYYY', true);
const bad = moment.utc('2024-13-45', 'YYYY-MM-DD', true);
return [ok.isValid(), bad.isValid(), ok.format('YYYY-MM-DD'), ok.day()];
