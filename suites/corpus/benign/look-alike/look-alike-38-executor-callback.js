/*---
id: look-alike-38-executor-callback
description: "Names a callback executor and an object runner.execute, the words a sandbox API uses, in plain code."
kind: benign
category: look-alike
flags: [look-alike]
expect:
  ultra-secure:    { outcome: allowed, value: { results: [2, 4], executed: 2 } }
  high-security:   { outcome: allowed, value: { results: [2, 4], executed: 2 } }
  tenant-isolated: { outcome: allowed, value: { results: [2, 4], executed: 2 } }
---*/
const runner = {
  executed: 0,
  execute(executor, xs) { this.executed += xs.length; return xs.map(executor); },
};
return { results: runner.execute((x) => x * 2, [1, 2]), executed: runner.executed };
