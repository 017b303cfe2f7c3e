/*---
id: algorithms-12-edit-distance
description: "Computes Levenshtein edit distances for a few word pairs."
kind: benign
category: algorithms
expect:
  ultra-secure:    { outcome: allowed, value: [3, 0, 2, 5] }
  high-security:   { outcome: allowed, value: [3, 0, 2, 5] }
  tenant-isolated: { outcome: allowed, value: [3, 0, 2, 5] }
---*/
const lev = (s, t) => {
  let prev = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const cur = [i];
    for (let j = 1; j <= t.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (s[i - 1] === t[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[t.length];
};
return [lev('kitten', 'sitting'), lev('same', 'same'), lev('flaw', 'lawn'), lev('', 'hello')];
