/*---
id: re-prepare-stack-03-host-formatting
description: "Installs a prepareStackTrace hook and then throws, so that the hook runs when the runtime formats the uncaught error; the hook logs an escape if it ever sees foreign receivers or functions."
kind: malicious
category: realm-escape
technique: RE-prepare-stack
variant: plain
references:
  - "CVE-2022-36067"
  - "CVE-2023-29017"
unproven: "Not proven against a vulnerable target: the sample tests the advisory's technique, not its published trigger. On vm2 3.9.19, the one vulnerable sandbox the suite installs, it gives no oracle evidence."
expect:
  ultra-secure: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
---*/
try {
  Error.prepareStackTrace = (err, sites) => {
    for (const s of sites) {
      const t = s.getThis();
      const f = s.getFunction();
      if ((t && typeof t.process === 'object') || (f && !('prototype' in f) && f.name === 'require')) console.log('ESCAPED in formatter');
    }
    return 'formatted by guest';
  };
} catch (e) { /* a frozen Error is fine: the throw below is still the expected outcome */ }
throw new Error('trigger host formatting');
