/*---
id: modules-12-lodash-pick-omit-paths
description: "Picks and omits nested paths with lodash, the projection step of an API handler."
kind: benign
category: modules
flags: [needs-module]
input: { id: 1, profile: { name: "Ann", ssn: "000" }, token: "t" }
expect:
  ultra-secure:    { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security:   { outcome: allowed, value: { picked: { id: 1, profile: { name: "Ann" } }, omitted: { id: 1, profile: { name: "Ann" } } } }
  tenant-isolated: { outcome: allowed, value: { picked: { id: 1, profile: { name: "Ann" } }, omitted: { id: 1, profile: { name: "Ann" } } } }
---*/
const _ = require('lodash');
return { picked: _.pick(input, ['id', 'profile.name']), omitted: _.omit(input, ['token', 'profile.ssn']) };
