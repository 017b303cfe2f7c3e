/*---
id: rx-deep-recursion-02-getter-recursion
description: >-
  Recurses through a getter that reads itself, so the overflow happens in property access rather than in an
  explicit call.
kind: malicious
category: resource-exhaustion
technique: RX-deep-recursion
variant: obfuscated
references:
  - "quickjs `setMaxStackSize`"
  - "CVE-2019-10761"
unproven: "Not proven against a vulnerable target: the sample tests the advisory's technique, not its published trigger. On vm2 3.9.19, the one vulnerable sandbox the suite installs, it gives no oracle evidence."
expect:
  ultra-secure:    { outcome: blocked, stages: [runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security:   { outcome: blocked, stages: [runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: blocked, stages: [runtime], errors: [ERR_SCRIPT_ERROR] }
---*/
const o = {
  get x() {
    return this.x;
  },
};
return o.x;
