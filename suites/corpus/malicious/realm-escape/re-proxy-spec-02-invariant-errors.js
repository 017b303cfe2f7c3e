/*---
id: re-proxy-spec-02-invariant-errors
description: "Violates Proxy invariants (non-configurable keys, non-extensible targets, wrong prototype) so that the engine itself creates TypeErrors, then checks each generated error's realm."
kind: malicious
category: realm-escape
technique: RE-proxy-spec
variant: obfuscated
references:
  - "CVE-2023-32314"
unproven: "Not proven against a vulnerable target: the sample tests the advisory's technique, not its published trigger. On vm2 3.9.19, the one vulnerable sandbox the suite installs, it gives no oracle evidence."
expect:
  ultra-secure: { outcome: contained, value: "held" }
  high-security: { outcome: contained, value: "held" }
  tenant-isolated: { outcome: contained, value: "held" }
---*/
const frozen = Object.freeze({ a: 1 });
const lies = {
  get: () => 2,
  ownKeys: () => ['b'],
  getPrototypeOf: () => Array.prototype,
  getOwnPropertyDescriptor: () => undefined,
};
const p = new Proxy(frozen, lies);
const generated = [];
for (const f of [() => p.a, () => Object.keys(p), () => Object.getPrototypeOf(p), () => Object.getOwnPropertyDescriptor(p, 'a')]) {
  try { f(); } catch (e) { generated.push(e); }
}
for (const e of generated) {
  if (!(e instanceof TypeError)) return 'ESCAPED: foreign invariant error';
  try { if (e['const' + 'ructor']['const' + 'ructor']('return typeof process')() !== 'undefined') return 'ESCAPED'; } catch (x) {}
}
return generated.length === 4 ? 'held' : 'invariants not enforced: ' + generated.length;
