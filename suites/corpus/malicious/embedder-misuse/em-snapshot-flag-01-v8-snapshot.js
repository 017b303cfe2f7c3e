/*---
id: em-snapshot-flag-01-v8-snapshot
description: "Requires v8 to ask whether the process runs from a startup snapshot; the embedder must run with --no-node-snapshot, and the guest must not even reach the v8 module."
kind: malicious
category: embedder-misuse
technique: EM-snapshot-flag
variant: plain
references:
  - "isolated-vm #420"
  - "isolated-vm #424"
expect:
  ultra-secure: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
---*/
return require('v8').startupSnapshot.isBuildingSnapshot();
