/*---
id: pp-global-reassign-02-define-math-promise
description: >-
  Tenant a redefines Math as a non-writable, non-configurable fake and deletes Promise, trying to make the
  change stick with property attributes.
kind: malicious
category: persistence
technique: PP-global-reassign
variant: obfuscated
references:
  - "temporalio #1476"
expect:
  ultra-secure:    { outcome: contained, value: clean }
  high-security:   { outcome: contained, value: clean }
  tenant-isolated: { outcome: contained, value: clean }
flags: [multi-step]
---*/
//@step tenant=a
const fake = { max: () => -1, min: () => -1, fake: true };
try {
  Object.defineProperty(globalThis, 'Math', { value: fake, writable: false, configurable: false });
  delete globalThis.Promise;
} catch {
  return 'refused';
}
return 'tampered';
//@step tenant=b
if (Math.fake === true || Math.max(1, 2) !== 2) return 'ESCAPED: fake Math survived';
if (typeof Promise !== 'function') return 'ESCAPED: Promise deleted by tenant a';
return 'clean';
//@step tenant=a
if (Math.fake === true || Math.max(1, 2) !== 2) return 'ESCAPED: fake Math survived';
if (typeof Promise !== 'function') return 'ESCAPED: Promise deleted by tenant a';
return 'clean';
