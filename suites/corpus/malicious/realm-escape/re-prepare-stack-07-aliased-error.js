/*---
id: re-prepare-stack-07-aliased-error
description: Installs Error.prepareStackTrace through an alias of Error taken
  out of an array and reads a frame's receiver.
kind: malicious
category: realm-escape
technique: RE-prepare-stack
variant: obfuscated
references:
  - "sandproof scanner evasion family: prepareStackTrace on an aliased Error"
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
// The stack-trace hook installed on an alias of Error held in a container, then used to reach a receiver.
const E = [Error][0];
E.prepareStackTrace = (_, frames) => frames;
const frames = new E('x').stack;
return frames[0].getThis().process.pid;
