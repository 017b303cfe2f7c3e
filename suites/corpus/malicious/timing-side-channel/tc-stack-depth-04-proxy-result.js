/*---
id: tc-stack-depth-04-proxy-result
description: >-
  Returns a Proxy whose traps record the stack while the runtime copies the result, logging a marker if host
  frames show up there.
kind: malicious
category: timing-side-channel
technique: TC-stack-depth
variant: obfuscated
references:
  - "SES README \"Caveats\""
expect:
  ultra-secure:    { outcome: contained, value: {"a":1} }
  high-security:   { outcome: contained, value: {"a":1} }
  tenant-isolated: { outcome: contained, value: {"a":1} }
---*/
const HOST = /\/work\/|node_modules|\.ts\b|file:\/\//;
const check = (what) => {
  const stack = String(new Error('probe').stack);
  if (HOST.test(stack)) console.log('ESCAPED: host frames in ' + what + ' trap: ' + stack);
};
return new Proxy(
  { a: 1 },
  {
    get(t, k, r) {
      check('get');
      return Reflect.get(t, k, r);
    },
    ownKeys(t) {
      check('ownKeys');
      return Reflect.ownKeys(t);
    },
  },
);
