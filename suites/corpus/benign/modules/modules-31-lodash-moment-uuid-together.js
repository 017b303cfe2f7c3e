/*---
id: modules-31-lodash-moment-uuid-together
description: "Uses all three allowed modules at once; only tenant-isolated grants uuid, so the others refuse it at runtime."
kind: benign
category: modules
flags: [needs-module]
expect:
  ultra-secure:    { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security:   { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: allowed, value: { sorted: ["2024-01-02", "2024-05-06"], idOk: true } }
---*/
const _ = require('lodash');
const moment = require('moment');
const uuid = require('uuid');
const days = _.sortBy(['2024-05-06', '2024-01-02'], (d) => moment.utc(d).valueOf());
return { sorted: days, idOk: uuid.validate(uuid.v4()) };
