/*---
id: modules-24-uuid-v4-shape
description: "Generates random v4 uuids and checks only their shape, version and uniqueness, never their value."
kind: benign
category: modules
flags: [needs-module]
expect:
  ultra-secure:    { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security:   { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: allowed, value: { shape: true, version: 4, distinct: true, valid: true } }
---*/
const uuid = require('uuid');
const a = uuid.v4();
const b = uuid.v4();
return { shape: /^[0-9a-f-]{36}$/.test(a), version: uuid.version(a), distinct: a !== b, valid: uuid.validate(b) };
