/*---
id: modules-20-moment-duration
description: "Builds and formats moment durations from fixed quantities."
kind: benign
category: modules
flags: [needs-module]
expect:
  ultra-secure:    { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security:   { outcome: allowed, value: { hours: 26.5, parts: [1, 2, 30], iso: "P1DT2H30M", minutes: 1590 } }
  tenant-isolated: { outcome: allowed, value: { hours: 26.5, parts: [1, 2, 30], iso: "P1DT2H30M", minutes: 1590 } }
---*/
const moment = require('moment');
const d = moment.duration({ days: 1, hours: 2, minutes: 30 });
return { hours: d.asHours(), parts: [d.days(), d.hours(), d.minutes()], iso: d.toISOString(), minutes: d.asMinutes() };
