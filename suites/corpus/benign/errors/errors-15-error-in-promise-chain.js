/*---
id: errors-15-error-in-promise-chain
description: "Lets an error thrown in a then callback skip later thens and land in catch."
kind: benign
category: errors
flags: [async]
expect:
  ultra-secure:    { outcome: allowed, value: ["step1", "caught: step2 failed"] }
  high-security:   { outcome: allowed, value: ["step1", "caught: step2 failed"] }
  tenant-isolated: { outcome: allowed, value: ["step1", "caught: step2 failed"] }
---*/
const log = [];
await Promise.resolve()
  .then(() => log.push('step1'))
  .then(() => { throw new Error('step2 failed'); })
  .then(() => log.push('step3'))
  .catch((e) => log.push(`caught: ${e.message}`));
return log;
