/*---
id: text-14-normalize-forms
description: "Compares composed and decomposed Unicode forms with normalize."
kind: benign
category: text
expect:
  ultra-secure:    { outcome: allowed, value: [false, true, 1, 2] }
  high-security:   { outcome: allowed, value: [false, true, 1, 2] }
  tenant-isolated: { outcome: allowed, value: [false, true, 1, 2] }
---*/
const composed = '\u00e9';
const decomposed = 'e\u0301';
return [composed === decomposed, composed === decomposed.normalize('NFC'), composed.length, decomposed.length];
