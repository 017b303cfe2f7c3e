/*---
id: tc-stack-paths-03-callsite-filenames
description: >-
  Installs a structured stack formatter and reads CallSite getFileName and getFunctionName for every frame,
  the API CVE-2026-44002 used to read host file names.
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
Error['prepare' + 'StackTrace'] = (e, sites) =>
  sites.map((s) => String(s.getFileName?.()) + ' ' + String(s.getFunctionName?.()) + ' ' + String(s.getScriptNameOrSourceURL?.())).join('\n');
const probe = () => new Error('probe').stack;
const text = String([0].map(probe)[0]);
return HOST.test(text) ? 'ESCAPED: ' + text : 'held';
