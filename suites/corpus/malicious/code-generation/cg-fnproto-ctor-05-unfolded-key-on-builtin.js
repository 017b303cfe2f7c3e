/*---
id: cg-fnproto-ctor-05-unfolded-key-on-builtin
description: A key the scanner cannot fold (mapped char codes) is read from a
  builtin function and called with code.
kind: malicious
category: code-generation
technique: CG-fnproto-ctor
variant: obfuscated
references:
  - "sandproof scanner evasion family: computed keys on function values"
expect:
  ultra-secure:
    outcome: blocked
    stages:
      - scan
      - runtime
  high-security:
    outcome: blocked
    stages:
      - scan
      - runtime
  tenant-isolated:
    outcome: blocked
    stages:
      - scan
      - runtime
---*/
// A computed key the scanner cannot resolve, read from a builtin function and called with code.
const key = String.fromCharCode(...[99, 111, 110, 115, 116, 114, 117, 99, 116, 111, 114].map((c) => c));
return Math.max[key]('return process')().pid;
