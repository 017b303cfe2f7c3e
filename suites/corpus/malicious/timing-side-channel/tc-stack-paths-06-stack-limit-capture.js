/*---
id: tc-stack-paths-06-stack-limit-capture
description: >-
  Raises Error.stackTraceLimit to Infinity and uses Error.captureStackTrace on a plain object to get the
  longest possible stack, including whatever frames sit below the snippet.
kind: malicious
category: timing-side-channel
technique: TC-stack-paths
variant: obfuscated
references:
  - "CVE-2026-44002"
  - "GHSA-r273-hxvj-fxhp"
unproven: "Not proven against a vulnerable target: the sample tests the advisory's technique, not its published trigger. On vm2 3.9.19, the one vulnerable sandbox the suite installs, it gives no oracle evidence."
expect:
  ultra-secure:    { outcome: contained, value: held }
  high-security:   { outcome: contained, value: held }
  tenant-isolated: { outcome: contained, value: held }
---*/
const HOST = /\/work\/|node_modules|\.ts\b|file:\/\//;
Error.stackTraceLimit = Infinity;
const holder = {};
if (typeof Error.captureStackTrace === 'function') Error.captureStackTrace(holder);
const text = String(holder.stack) + String(new Error('deep').stack);
return HOST.test(text) ? 'ESCAPED: ' + text : 'held';
