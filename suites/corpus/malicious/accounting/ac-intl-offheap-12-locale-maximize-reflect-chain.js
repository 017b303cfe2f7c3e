/*---
id: ac-intl-offheap-12-locale-maximize-reflect-chain
description: "maximize and minimize pulled off Intl.Locale.prototype and chained
  through Reflect.apply on an 18,000-character tag, keeping 300 ICU locales: the
  charge follows the method, not the call syntax."
kind: malicious
category: accounting
technique: AC-intl-offheap
variant: obfuscated
references:
  - "sandproof SECURITY.md, claim 6: memory every budget counts"
expect:
  ultra-secure:
    outcome: blocked
    stages:
      - runtime
  high-security:
    outcome: blocked
    stages:
      - runtime
  tenant-isolated:
    outcome: blocked
    stages:
      - runtime
---*/
// Chained maximize / minimize through a prototype method pulled off the prototype and applied with
// Reflect.apply: the charge must follow the method, not the call syntax.
const tag = 'fr-x-' + 'qwertyui-'.repeat(2000) + 'end';
const max = Intl.Locale.prototype.maximize;
const min = Intl.Locale.prototype.minimize;
let current = new Intl.Locale(tag);
const kept = [];
for (let i = 0; i < 300; i++) {
  current = Reflect.apply(i % 3 ? max : min, current, []);
  kept.push(current);
}
globalThis.kept = kept;
return kept.length;
