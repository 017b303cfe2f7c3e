/*---
id: re-proxy-spec-01-apply-args
description: "Calls a Proxy whose apply trap receives an argument list built by the engine and walks that array's constructor chain (CVE-2023-32314), which is a host array in bridge-based sandboxes."
kind: malicious
category: realm-escape
technique: RE-proxy-spec
variant: plain
references:
  - "CVE-2023-32314"
unproven: "Not proven against a vulnerable target: the sample tests the advisory's technique, not its published trigger. On vm2 3.9.19, the one vulnerable sandbox the suite installs, it gives no oracle evidence."
expect:
  ultra-secure: { outcome: contained, value: "held" }
  high-security: { outcome: contained, value: "held" }
  tenant-isolated: { outcome: contained, value: "held" }
---*/
const p = new Proxy(function () {}, {
  apply(target, thisArg, args) {
    try { return args.constructor.constructor('return typeof process')(); } catch (e) { return 'undefined'; }
  },
});
const results = [p(), Reflect.apply(p, null, []), [1].map(p)[0]];
return results.every((r) => r === 'undefined') ? 'held' : 'ESCAPED';
