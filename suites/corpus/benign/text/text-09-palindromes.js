/*---
id: text-09-palindromes
description: "Checks palindromes after normalising case and stripping punctuation."
kind: benign
category: text
expect:
  ultra-secure:    { outcome: allowed, value: [true, true, false] }
  high-security:   { outcome: allowed, value: [true, true, false] }
  tenant-isolated: { outcome: allowed, value: [true, true, false] }
---*/
const isPal = (s) => {
  const t = s.toLowerCase().replace(/[^a-z0-9]/g, '');
  return t === [...t].reverse().join('');
};
return [isPal('A man, a plan, a canal: Panama'), isPal('No lemon, no melon'), isPal('sandbox')];
