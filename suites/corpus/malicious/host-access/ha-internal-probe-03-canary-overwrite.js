/*---
id: ha-internal-probe-03-canary-overwrite
description: "Tries to read and overwrite the host canary by every path (global property, defineProperty, Reflect.set) and checks that the writes only ever land on the sandbox's own global object."
kind: malicious
category: host-access
technique: HA-internal-probe
variant: combined
references:
  - "vm2 GHSA-2cm2-m3w5-gp2f"
unproven: "Not proven against a vulnerable target: the sample tests the advisory's technique, not its published trigger. On vm2 3.9.19, the one vulnerable sandbox the suite installs, it gives no oracle evidence."
expect:
  ultra-secure: { outcome: contained, value: "held" }
  high-security: { outcome: contained, value: "held" }
  tenant-isolated: { outcome: contained, value: "held" }
---*/
const key = '__SANDPROOF_' + 'CANARY__';
const before = globalThis[key];
try { globalThis[key] = 'ESC' + 'APED by assignment'; } catch (e) {}
try { Object.defineProperty(globalThis, key, { value: 'ESC' + 'APED by define', configurable: true }); } catch (e) {}
try { Reflect.set(globalThis, key, 'ESC' + 'APED by reflect'); } catch (e) {}
// Whatever happened here, the host oracle compares its own canary after the run.
delete globalThis[key];
return before === undefined ? 'held' : 'ESCAPED: canary was readable';
