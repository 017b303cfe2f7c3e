/*---
id: modules-25-uuid-validate
description: "Validates well-formed and malformed uuid strings with uuid.validate."
kind: benign
category: modules
flags: [needs-module]
expect:
  ultra-secure:    { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security:   { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: allowed, value: [true, true, false, false, false] }
---*/
const { validate } = require('uuid');
return [
  validate('6ba7b810-9dad-11d1-80b4-00c04fd430c8'),
  validate('00000000-0000-0000-0000-000000000000'),
  validate('6ba7b810-9dad-11d1-80b4-00c04fd430c'),
  validate('not-a-uuid'),
  validate('6ba7b810-9dad-11d1-80b4-00c04fd430c8 '),
];
