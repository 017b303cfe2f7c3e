/*---
id: look-alike-13-typeof-process-detection
description: "Detects the environment with typeof process and typeof window, the isomorphic-library idiom, and finds neither in the sandbox."
kind: benign
category: look-alike
flags: [look-alike]
expect:
  ultra-secure:    { outcome: allowed, value: { isNode: false, isBrowser: false, env: "unknown" } }
  high-security:   { outcome: allowed, value: { isNode: false, isBrowser: false, env: "unknown" } }
  tenant-isolated: { outcome: allowed, value: { isNode: false, isBrowser: false, env: "unknown" } }
---*/
const isNode = typeof process === 'object';
const isBrowser = typeof window === 'object';
return { isNode, isBrowser, env: isNode ? 'node' : isBrowser ? 'browser' : 'unknown' };
