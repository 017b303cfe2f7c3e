/*---
id: modules-28-uuid-parse-stringify
description: "Parses a uuid into its 16 bytes and stringifies the bytes back with the uuid module."
kind: benign
category: modules
flags: [needs-module]
expect:
  ultra-secure:    { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security:   { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: allowed, value: { bytes: 16, first: 107, back: "6ba7b810-9dad-11d1-80b4-00c04fd430c8" } }
---*/
const uuid = require('uuid');
const bytes = uuid.parse('6ba7b810-9dad-11d1-80b4-00c04fd430c8');
return { bytes: bytes.length, first: bytes[0], back: uuid.stringify(bytes) };
