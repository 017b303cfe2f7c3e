/*---
id: text-27-char-frequency
description: "Counts letter frequencies case-insensitively and returns the most common letters."
kind: benign
category: text
expect:
  ultra-secure:    { outcome: allowed, value: [["l", 3], ["o", 2], ["d", 1]] }
  high-security:   { outcome: allowed, value: [["l", 3], ["o", 2], ["d", 1]] }
  tenant-isolated: { outcome: allowed, value: [["l", 3], ["o", 2], ["d", 1]] }
---*/
const freq = {};
for (const c of 'Hello World'.toLowerCase()) if (/[a-z]/.test(c)) freq[c] = (freq[c] ?? 0) + 1;
return Object.entries(freq).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 3);
