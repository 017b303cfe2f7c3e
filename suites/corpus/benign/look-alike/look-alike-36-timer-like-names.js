/*---
id: look-alike-36-timer-like-names
description: "Uses local variables called timeout, interval and immediate in a retry policy calculation."
kind: benign
category: look-alike
flags: [look-alike]
expect:
  ultra-secure:    { outcome: allowed, value: [100, 200, 400, 800] }
  high-security:   { outcome: allowed, value: [100, 200, 400, 800] }
  tenant-isolated: { outcome: allowed, value: [100, 200, 400, 800] }
---*/
const policy = { timeout: 100, interval: 2, immediate: false };
return [0, 1, 2, 3].map((n) => policy.timeout * policy.interval ** n);
