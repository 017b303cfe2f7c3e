/*---
id: errors-29-uncaught-error-escapes
description: "BLOCKED ON PURPOSE: lets a user Error escape the snippet, so every profile rejects with ERR_SCRIPT_ERROR."
kind: benign
category: errors
expect:
  ultra-secure:    { outcome: blocked, stages: [runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security:   { outcome: blocked, stages: [runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: blocked, stages: [runtime], errors: [ERR_SCRIPT_ERROR] }
---*/
const settings = { retries: -1 };
if (settings.retries < 0) throw new RangeError('retries must be >= 0');
return settings;
