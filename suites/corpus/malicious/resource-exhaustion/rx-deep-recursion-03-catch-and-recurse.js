/*---
id: rx-deep-recursion-03-catch-and-recurse
description: >-
  Catches the stack overflow and recurses again from the catch block, which makes the work grow
  exponentially near the stack limit.
kind: malicious
category: resource-exhaustion
technique: RX-deep-recursion
variant: combined
references:
  - "quickjs `setMaxStackSize`"
  - "CVE-2019-10761"
unproven: "Not proven against a vulnerable target: the sample tests the advisory's technique, not its published trigger. On vm2 3.9.19, the one vulnerable sandbox the suite installs, it gives no oracle evidence."
expect:
  ultra-secure:    { outcome: blocked, stages: [runtime], errors: [ERR_SCRIPT_ERROR, ERR_TIMEOUT] }
  high-security:   { outcome: blocked, stages: [runtime], errors: [ERR_SCRIPT_ERROR, ERR_TIMEOUT] }
  tenant-isolated: { outcome: blocked, stages: [runtime], errors: [ERR_SCRIPT_ERROR, ERR_TIMEOUT] }
flags: [slow]
---*/
function f() {
  try {
    f();
  } catch {
    f();
  }
}
f();
return 'NOT KILLED: recursion returned';
