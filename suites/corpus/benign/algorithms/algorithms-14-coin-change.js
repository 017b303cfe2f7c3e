/*---
id: algorithms-14-coin-change
description: "Counts the ways to make change and the fewest coins needed, two classic DP tables."
kind: benign
category: algorithms
expect:
  ultra-secure:    { outcome: allowed, value: { ways: 4, fewest: 3, impossible: -1 } }
  high-security:   { outcome: allowed, value: { ways: 4, fewest: 3, impossible: -1 } }
  tenant-isolated: { outcome: allowed, value: { ways: 4, fewest: 3, impossible: -1 } }
---*/
const coins = [1, 2, 5];
const ways = [1, ...new Array(5).fill(0)];
for (const c of coins) for (let a = c; a <= 5; a++) ways[a] += ways[a - c];
const fewest = (amount, cs) => {
  const dp = [0, ...new Array(amount).fill(Infinity)];
  for (let a = 1; a <= amount; a++) for (const c of cs) if (c <= a) dp[a] = Math.min(dp[a], dp[a - c] + 1);
  return dp[amount] === Infinity ? -1 : dp[amount];
};
return { ways: ways[5], fewest: fewest(11, coins), impossible: fewest(3, [2]) };
