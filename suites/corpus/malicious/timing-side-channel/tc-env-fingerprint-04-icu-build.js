/*---
id: tc-env-fingerprint-04-icu-build
description: >-
  Enumerates Intl's supported time zones, currencies and locales, which fingerprint the host's ICU build and
  version, without any network access.
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
const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone').length : -1;
const locales = Intl.DateTimeFormat.supportedLocalesOf(['en-US', 'de-DE', 'ja-JP', 'tlh']).length;
console.log('zones known: ' + (zones > 0) + ', locales known: ' + locales);
return 'probed';
