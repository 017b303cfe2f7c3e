/*---
id: look-alike-13-typeof-process-detection
description: "Detects the environment with typeof process, the isomorphic-library idiom, and finds no process in the sandbox."
kind: benign
category: look-alike
flags: [look-alike]
expect:
  ultra-secure:    { outcome: allowed, value: { isNode: false, isBrowser: false, env: "unknown" } }
  high-security:   { outcome: allowed, value: { isNode: false, isBrowser: false, env: "unknown" } }
  tenant-isolated: { outcome: allowed, value: { isNode: false, isBrowser: false, env: "unknown" } }
---*/
const isNode = typeof process !== 'undefined' && !!process.versions;
const isBrowser = typeof window !== 'undefined';
return { isNode, isBrowser, env: isNode ? 'node' : isBrowser ? 'browser' : 'unknown' };
