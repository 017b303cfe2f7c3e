/*---
id: errors-30-unhandled-rejection-escapes
description: "BLOCKED ON PURPOSE: returns a rejected promise, so every profile rejects the execution with ERR_SCRIPT_ERROR."
kind: benign
category: errors
expect:
  ultra-secure:    { outcome: blocked, stages: [runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security:   { outcome: blocked, stages: [runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: blocked, stages: [runtime], errors: [ERR_SCRIPT_ERROR] }
---*/
const load = async () => { throw new TypeError('config missing'); };
return load();
