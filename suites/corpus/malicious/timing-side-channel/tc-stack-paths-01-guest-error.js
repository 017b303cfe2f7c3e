/*---
id: tc-stack-paths-01-guest-error
description: >-
  Reads err.stack of errors thrown by guest code and by builtins and looks for host paths (/work/,
  node_modules, .ts files, file:// URLs), which must be redacted or never present.
kind: malicious
category: timing-side-channel
technique: TC-stack-paths
variant: plain
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
const stacks = [];
try {
  null.x;
} catch (e) {
  stacks.push(String(e.stack));
}
stacks.push(String(new Error('guest').stack));
try {
  JSON.parse('{');
} catch (e) {
  stacks.push(String(e.stack));
}
const bad = stacks.find((s) => HOST.test(s));
return bad === undefined ? 'held' : 'ESCAPED: ' + bad;
