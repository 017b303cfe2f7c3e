/*---
id: rx-deep-recursion-04-caught-overflow
description: >-
  Overflows the stack, catches the RangeError and carries on: the sandbox must stay usable after its own
  overflow.
kind: malicious
category: resource-exhaustion
technique: RX-deep-recursion
variant: plain
references:
  - "quickjs `setMaxStackSize`"
  - "CVE-2019-10761"
unproven: "Not proven against a vulnerable target: the sample tests the advisory's technique, not its published trigger. On vm2 3.9.19, the one vulnerable sandbox the suite installs, it gives no oracle evidence."
expect:
  ultra-secure:    { outcome: contained, value: held }
  high-security:   { outcome: contained, value: held }
  tenant-isolated: { outcome: contained, value: held }
---*/
try {
  (function r() {
    r();
  })();
} catch (e) {
  return e instanceof RangeError ? 'held' : 'odd: ' + e;
}
return 'no overflow';
