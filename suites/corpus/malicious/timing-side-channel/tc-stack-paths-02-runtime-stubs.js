/*---
id: tc-stack-paths-02-runtime-stubs
description: >-
  Collects the stacks of errors raised by runtime-provided functions (the eval stub, the Function stub, the
  require refusal, fetch, console with a throwing argument), the frames most likely to carry host paths.
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
flags: [async]
---*/
const HOST = /\/work\/|node_modules|\.ts\b|file:\/\//;
const stacks = [];
const grab = (fn) => {
  try {
    fn();
  } catch (e) {
    stacks.push(String(e?.stack) + String(e?.message));
  }
};
grab(() => globalThis['ev' + 'al']('1'));
grab(() => [].map.constructor('return 1'));
if (typeof require === 'function') grab(() => require('fs'));
grab(() => console.log({ toString() { throw new Error('from toString'); } }));
if (typeof fetch === 'function') {
  await fetch('https://example.com/').catch((e) => stacks.push(String(e?.stack)));
}
const bad = stacks.find((s) => HOST.test(s));
return bad === undefined ? 'held' : 'ESCAPED: ' + bad;
