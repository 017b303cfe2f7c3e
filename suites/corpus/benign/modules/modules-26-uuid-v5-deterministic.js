/*---
id: modules-26-uuid-v5-deterministic
description: "Derives name-based v5 uuids, which are deterministic, so their exact values can be checked."
kind: benign
category: modules
flags: [needs-module]
expect:
  ultra-secure:    { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security:   { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: allowed, value: ["fdda765f-fc57-5604-a269-52a7df8164ec", "3bbcee75-cecc-5b56-8031-b6641c1ed1f1", 5] }
---*/
const uuid = require('uuid');
const a = uuid.v5('hello.example.com', uuid.v5.DNS);
const b = uuid.v5('http://example.com/hello', uuid.v5.URL);
return [a, b, uuid.version(a)];
