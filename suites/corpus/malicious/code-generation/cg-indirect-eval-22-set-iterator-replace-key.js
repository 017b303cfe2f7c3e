/*---
id: cg-indirect-eval-22-set-iterator-replace-key
description: eval under a key captured by a replace callback, read from the
  global object passed through a Set iterator
kind: malicious
category: code-generation
technique: CG-indirect-eval
variant: obfuscated
references:
  - "sandproof scanner README: values handed to flows the resolver does not
    model"
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
let K;
'<eval>'.replace(/<(\w+)>/, (_, w) => (K = w));
const g = new Set([globalThis]).values().next().value;
return g[K]('1 + 1');
