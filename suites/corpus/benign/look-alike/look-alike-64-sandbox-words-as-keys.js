/*---
id: look-alike-64-sandbox-words-as-keys
description: "Uses sandbox, isolate, context and escape as keys of a local status report."
kind: benign
category: look-alike
flags: [look-alike]
expect:
  ultra-secure:    { outcome: allowed, value: { sandbox: "ok", isolate: 1, context: "fresh", escape: false } }
  high-security:   { outcome: allowed, value: { sandbox: "ok", isolate: 1, context: "fresh", escape: false } }
  tenant-isolated: { outcome: allowed, value: { sandbox: "ok", isolate: 1, context: "fresh", escape: false } }
---*/
const report = { sandbox: 'ok', isolate: 1, context: 'fresh', escape: false };
return report;
