/*---
id: text-25-levenshtein-suggest
description: "Suggests the closest command name for a typo by edit distance."
kind: benign
category: text
input: { typo: "instal", commands: ["install", "uninstall", "init", "list"] }
expect:
  ultra-secure:    { outcome: allowed, value: "install" }
  high-security:   { outcome: allowed, value: "install" }
  tenant-isolated: { outcome: allowed, value: "install" }
---*/
const dist = (a, b) => {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) for (let j = 1; j <= b.length; j++)
    d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
  return d[a.length][b.length];
};
return input.commands.reduce((best, c) => (dist(input.typo, c) < dist(input.typo, best) ? c : best));
