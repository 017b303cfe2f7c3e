/*---
id: async-05-promise-race-settled
description: "Races promises that are already settled; the first in iteration order wins without any timer."
kind: benign
category: async
flags: [async]
expect:
  ultra-secure:    { outcome: allowed, value: ["fast", "boom"] }
  high-security:   { outcome: allowed, value: ["fast", "boom"] }
  tenant-isolated: { outcome: allowed, value: ["fast", "boom"] }
---*/
const winner = await Promise.race([Promise.resolve('fast'), new Promise(() => {}).catch(() => 'never')]);
let loser;
try {
  await Promise.race([Promise.reject(new Error('boom')), Promise.resolve('late')]);
} catch (e) {
  loser = e.message;
}
return [winner, loser];
