/*---
id: async-10-sequential-reduce
description: "Chains async steps sequentially with reduce over promises, like a migration pipeline."
kind: benign
category: async
flags: [async]
expect:
  ultra-secure:    { outcome: allowed, value: { log: ["step1", "step2", "step3"], value: 7 } }
  high-security:   { outcome: allowed, value: { log: ["step1", "step2", "step3"], value: 7 } }
  tenant-isolated: { outcome: allowed, value: { log: ["step1", "step2", "step3"], value: 7 } }
---*/
const log = [];
const steps = [(x) => x + 1, (x) => x * 2, (x) => x + 1];
const value = await steps.reduce(async (acc, fn, i) => {
  const v = fn(await acc);
  log.push(`step${i + 1}`);
  return v;
}, Promise.resolve(2));
return { log, value };
