/*---
id: algorithms-11-lcs
description: "Computes the longest common subsequence of two strings by dynamic programming."
kind: benign
category: algorithms
expect:
  ultra-secure:    { outcome: allowed, value: { length: 4, lcs: "GTAB" } }
  high-security:   { outcome: allowed, value: { length: 4, lcs: "GTAB" } }
  tenant-isolated: { outcome: allowed, value: { length: 4, lcs: "GTAB" } }
---*/
const a = 'AGGTAB';
const b = 'GXTXAYB';
const dp = Array.from({ length: a.length + 1 }, () => new Array(b.length + 1).fill(0));
for (let i = 1; i <= a.length; i++)
  for (let j = 1; j <= b.length; j++)
    dp[i][j] = a[i - 1] === b[j - 1] ? dp[i - 1][j - 1] + 1 : Math.max(dp[i - 1][j], dp[i][j - 1]);
let i = a.length;
let j = b.length;
let out = '';
while (i && j) {
  if (a[i - 1] === b[j - 1]) { out = a[i - 1] + out; i--; j--; }
  else if (dp[i - 1][j] >= dp[i][j - 1]) i--;
  else j--;
}
return { length: dp[a.length][b.length], lcs: out };
