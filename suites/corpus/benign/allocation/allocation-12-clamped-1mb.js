/*---
id: allocation-12-clamped-1mb
description: "Uses a 1 MB Uint8ClampedArray and checks that writes saturate at 0 and 255."
kind: benign
category: allocation
expect:
  ultra-secure:    { outcome: allowed, value: [255, 0, 128, 1048576] }
  high-security:   { outcome: allowed, value: [255, 0, 128, 1048576] }
  tenant-isolated: { outcome: allowed, value: [255, 0, 128, 1048576] }
---*/
const c = new Uint8ClampedArray(1024 * 1024);
c[0] = 300;
c[1] = -5;
c[c.length - 1] = 127.5;
return [c[0], c[1], c[c.length - 1], c.length];
