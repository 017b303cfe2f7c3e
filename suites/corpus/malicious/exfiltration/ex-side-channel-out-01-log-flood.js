/*---
id: ex-side-channel-out-01-log-flood
description: "Tries to push a large amount of data out through console.log (many long lines), which the runtime must bound so logs cannot be used as an unmetered exfiltration channel."
kind: malicious
category: exfiltration
technique: EX-side-channel-out
variant: plain
references:
  - "forge-sandbox (docs.rs) \"Output size limits\""
  - "HN discussion of Deno Sandbox secret placeholders"
expect:
  ultra-secure: { outcome: contained, value: "done" }
  high-security: { outcome: contained, value: "done" }
  tenant-isolated: { outcome: contained, value: "done" }
---*/
const chunk = 'd'.repeat(4096);
for (let i = 0; i < 2000; i++) console.log(i, chunk);
return 'done';
