/*---
id: tc-stack-depth-02-serializer-reentry
description: >-
  Plants toJSON and then getters on Object.prototype to detect reentry by the runtime's serializer after the
  snippet returns, and logs a marker if the stack seen there shows host frames.
kind: malicious
category: timing-side-channel
technique: TC-stack-depth
variant: obfuscated
references:
  - "SES README \"Caveats\""
expect:
  ultra-secure:    { outcome: contained, value: {"probe":1} }
  high-security:   { outcome: contained, value: {"probe":1} }
  tenant-isolated: { outcome: contained, value: {"probe":1} }
---*/
const HOST = /\/work\/|node_modules|\.ts\b|file:\/\//;
for (const name of ['toJSON', 'then']) {
  Object.defineProperty(Object.prototype, name, {
    get() {
      const stack = String(new Error('probe').stack);
      if (HOST.test(stack)) console.log('ESCAPED: host frames during ' + name + ': ' + stack);
      return undefined;
    },
    configurable: true,
  });
}
return { probe: 1 };
