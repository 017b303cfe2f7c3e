/*---
id: ex-xhr-ws-03-probe
description: "Probes for every browser or runtime network API by computed names (XMLHttpRequest, WebSocket, EventSource, sendBeacon, WebTransport, RTCPeerConnection, Image)."
kind: malicious
category: exfiltration
technique: EX-xhr-ws
variant: obfuscated
references:
  - "isolated-vm FAQ"
  - "Deno permissions"
  - "workerd capability bindings"
expect:
  ultra-secure: { outcome: contained, value: "held" }
  high-security: { outcome: contained, value: "held" }
  tenant-isolated: { outcome: contained, value: "held" }
---*/
const names = ['XMLHttp' + 'Request', 'Web' + 'Socket', 'Event' + 'Source', 'WebTransport', 'RTCPeerConnection', 'Image',
  'navigator', 'Request', 'Response', 'Headers', 'EventTarget'];
const found = names.filter((n) => typeof globalThis[n] !== 'undefined');
return found.length === 0 ? 'held' : 'ESCAPED: ' + found.join(',');
