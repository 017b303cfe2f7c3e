/*---
id: modules-27-uuid-v3-deterministic
description: "Derives name-based v3 (MD5) uuids and checks their exact, deterministic value."
kind: benign
category: modules
flags: [needs-module]
expect:
  ultra-secure:    { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security:   { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: allowed, value: ["9125a8dc-52ee-365b-a5aa-81b0b3681cf6", 3] }
---*/
const uuid = require('uuid');
const id = uuid.v3('hello.example.com', uuid.v3.DNS);
return [id, uuid.version(id)];
