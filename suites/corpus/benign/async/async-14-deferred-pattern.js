/*---
id: async-14-deferred-pattern
description: "Builds a deferred (resolve captured outside the executor) and settles it later in the same turn."
kind: benign
category: async
flags: [async]
expect:
  ultra-secure:    { outcome: allowed, value: ["waiting", "settled:done"] }
  high-security:   { outcome: allowed, value: ["waiting", "settled:done"] }
  tenant-isolated: { outcome: allowed, value: ["waiting", "settled:done"] }
---*/
const states = [];
let resolveIt;
const d = new Promise((res) => { resolveIt = res; });
const watcher = d.then((v) => states.push(`settled:${v}`));
states.push('waiting');
resolveIt('done');
await watcher;
return states;
