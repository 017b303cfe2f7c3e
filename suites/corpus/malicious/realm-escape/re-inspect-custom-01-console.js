/*---
id: re-inspect-custom-01-console
description: "Logs an object with a nodejs.util.inspect.custom method, which Node's inspector would call with the host inspect function as an argument (CVE-2023-37903)."
kind: malicious
category: realm-escape
technique: RE-inspect-custom
variant: plain
references:
  - "CVE-2023-37903"
  - "CVE-2026-24781"
  - "CVE-2026-43997"
unproven: "Not proven against a vulnerable target: the sample tests the advisory's technique, not its published trigger. On vm2 3.9.19, the one vulnerable sandbox the suite installs, it gives no oracle evidence."
expect:
  ultra-secure: { outcome: contained, value: "held" }
  high-security: { outcome: contained, value: "held" }
  tenant-isolated: { outcome: contained, value: "held" }
---*/
let verdict = 'held';
const bait = {
  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    for (const v of [options, inspect]) {
      if (v === undefined || v === null) continue;
      try { if (v.constructor.constructor('return typeof process')() !== 'undefined') verdict = 'ESCAPED'; } catch (e) {}
    }
    return 'bait';
  },
};
console.log(bait);
console.error(bait);
return verdict;
