/*---
id: re-prepare-stack-06-serializer-frames
description: "Installs the hook and captures a stack from inside toJSON while the runtime serializes the result, so any runtime or host frame of the serializer appears as a call site."
kind: malicious
category: realm-escape
technique: RE-prepare-stack
variant: combined
references:
  - "CVE-2022-36067"
  - "CVE-2023-29017"
unproven: "Not proven against a vulnerable target: the sample tests the advisory's technique, not its published trigger. On vm2 3.9.19, the one vulnerable sandbox the suite installs, it gives no oracle evidence."
expect:
  ultra-secure: { outcome: contained, value: "held" }
  high-security: { outcome: contained, value: "held" }
  tenant-isolated: { outcome: contained, value: "held" }
---*/
let verdict = 'held';
try {
  Error.prepareStackTrace = (e, cs) => cs;
  Error.stackTraceLimit = 100;
} catch (e) { return 'held'; }
return {
  toJSON() {
    const holder = {};
    Error.captureStackTrace(holder);
    const sites = Array.isArray(holder.stack) ? holder.stack : [];
    for (const s of sites) {
      const t = s.getThis(); const f = s.getFunction();
      for (const v of [t, f]) {
        if (v === undefined || v === null || v === globalThis || v === this) continue;
        try { if (v.constructor.constructor('return typeof process')() !== 'undefined') verdict = 'ESCAPED'; } catch (x) {}
      }
    }
    return verdict;
  },
};
