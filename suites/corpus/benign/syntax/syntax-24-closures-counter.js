/*---
id: syntax-24-closures-counter
description: "Builds independent counters from a factory closure; each keeps its own private state."
kind: benign
category: syntax
expect:
  ultra-secure:    { outcome: allowed, value: [3, 1, 4] }
  high-security:   { outcome: allowed, value: [3, 1, 4] }
  tenant-isolated: { outcome: allowed, value: [3, 1, 4] }
---*/
function makeCounter(start) {
  let n = start;
  return { inc: () => ++n, get: () => n };
}
const a = makeCounter(0);
const b = makeCounter(0);
a.inc(); a.inc(); a.inc(); b.inc();
const c = makeCounter(3);
c.inc();
return [a.get(), b.get(), c.get()];
