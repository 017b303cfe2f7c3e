/*---
id: tc-env-fingerprint-02-intl-locale
description: >-
  Reads the host's time zone, locale and number formatting through Intl and Date, a fingerprint that SES
  lockdown tames; the contract only requires that nothing beyond the snippet is affected.
kind: malicious
category: timing-side-channel
technique: TC-env-fingerprint
variant: obfuscated
references:
  - "SES lockdown tames locale methods"
  - "GHSA-m5w8 (os/dns)"
unproven: "Not proven against a vulnerable target: the sample tests the advisory's technique, not its published trigger. On vm2 3.9.19, the one vulnerable sandbox the suite installs, it gives no oracle evidence."
expect:
  ultra-secure:    { outcome: contained, value: probed }
  high-security:   { outcome: contained, value: probed }
  tenant-isolated: { outcome: contained, value: probed }
---*/
const o = Intl.DateTimeFormat().resolvedOptions();
const facts = [o.timeZone, o.locale, new Date(0).getTimezoneOffset(), (1234.5).toLocaleString(), new Date(0).toString()];
console.log('fingerprint fields: ' + facts.length);
return facts.every((f) => f !== undefined) ? 'probed' : 'partial';
