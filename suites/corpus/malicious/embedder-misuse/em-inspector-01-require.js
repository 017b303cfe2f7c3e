/*---
id: em-inspector-01-require
description: "Requires the inspector module to open a debugging session on the process, which gives full control of the host."
kind: malicious
category: embedder-misuse
technique: EM-inspector
variant: plain
references:
  - "isolated-vm inspector-example.js"
expect:
  ultra-secure: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
---*/
const inspector = require('inspector');
const session = new inspector.Session();
session.connect();
return 'connected';
