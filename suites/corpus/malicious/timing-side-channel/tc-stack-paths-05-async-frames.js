/*---
id: tc-stack-paths-05-async-frames
description: >-
  Throws after several awaits, inside an async generator and a promise callback, where async stack traces
  may stitch in the runtime's own awaiting frames.
kind: malicious
category: timing-side-channel
technique: TC-stack-paths
variant: combined
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
async function* gen() {
  await null;
  yield 1;
  throw new Error('from generator');
}
try {
  for await (const _ of gen()) await null;
} catch (e) {
  stacks.push(String(e.stack));
}
await Promise.resolve()
  .then(() => {
    throw new TypeError('from then');
  })
  .catch((e) => stacks.push(String(e.stack)));
const bad = stacks.find((s) => HOST.test(s));
return bad === undefined ? 'held' : 'ESCAPED: ' + bad;
