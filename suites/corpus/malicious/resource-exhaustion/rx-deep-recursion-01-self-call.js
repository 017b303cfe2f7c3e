/*---
id: rx-deep-recursion-01-self-call
description: >-
  Recurses without bound, function f() { f() }; the RangeError must stay inside the sandbox and the isolate
  must remain usable.
kind: malicious
category: resource-exhaustion
technique: RX-deep-recursion
variant: plain
references:
  - "quickjs `setMaxStackSize`"
  - "CVE-2019-10761"
unproven: "Not proven against a vulnerable target: the sample tests the advisory's technique, not its published trigger. On vm2 3.9.19, the one vulnerable sandbox the suite installs, it gives no oracle evidence."
expect:
  ultra-secure:    { outcome: blocked, stages: [runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security:   { outcome: blocked, stages: [runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: blocked, stages: [runtime], errors: [ERR_SCRIPT_ERROR] }
---*/
function f() {
  f();
}
f();
return 'NOT KILLED: recursion returned';
