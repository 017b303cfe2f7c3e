/*---
id: text-31-unicode-regex-flag
description: "Matches letters of any script with Unicode property escapes under the u flag."
kind: benign
category: text
expect:
  ultra-secure:    { outcome: allowed, value: [["Straße", "naïve", "Ελλάδα", "日本"], 4] }
  high-security:   { outcome: allowed, value: [["Straße", "naïve", "Ελλάδα", "日本"], 4] }
  tenant-isolated: { outcome: allowed, value: [["Straße", "naïve", "Ελλάδα", "日本"], 4] }
---*/
const words = 'Straße, naïve; Ελλάδα 日本 123'.match(/\p{L}+/gu);
return [words, words.length];
