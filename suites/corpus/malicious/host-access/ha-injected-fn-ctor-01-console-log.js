/*---
id: ha-injected-fn-ctor-01-console-log
description: "Walks console.log.constructor.constructor, the injected-callback escape; it must yield the sandbox Function (refused, or compiling code that cannot see process), never the host's."
kind: malicious
category: host-access
technique: HA-injected-fn-ctor
variant: plain
references:
  - "open-mercato PR #1365"
  - "isolated-vm README Callback"
expect:
  ultra-secure: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
---*/
// A host Function would return the real pid; the sandbox one throws (EvalError or ReferenceError).
return console.log.constructor.constructor('return process.pid')();
