/*---
id: look-alike-19-settimeout-method
description: "Calls setTimeout and setInterval methods on a local fake scheduler, which only records the calls."
kind: benign
category: look-alike
flags: [look-alike]
expect:
  ultra-secure:    { outcome: allowed, value: [["timeout", 100], ["interval", 50], 2] }
  high-security:   { outcome: allowed, value: [["timeout", 100], ["interval", 50], 2] }
  tenant-isolated: { outcome: allowed, value: [["timeout", 100], ["interval", 50], 2] }
---*/
const calls = [];
const scheduler = {
  setTimeout(fn, ms) { calls.push(['timeout', ms]); fn(); },
  setInterval(fn, ms) { calls.push(['interval', ms]); },
};
let ran = 0;
scheduler.setTimeout(() => { ran += 2; }, 100);
scheduler.setInterval(() => { ran += 100; }, 50);
return [calls[0], calls[1], ran];
