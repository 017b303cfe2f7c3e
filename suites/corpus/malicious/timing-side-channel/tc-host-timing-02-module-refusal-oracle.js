/*---
id: tc-host-timing-02-module-refusal-oracle
description: >-
  Compares require's refusals for a real host builtin, a child-process module and a name that exists
  nowhere; any difference tells the guest what the host has installed.
kind: malicious
category: timing-side-channel
technique: TC-host-timing
variant: obfuscated
references:
  - "SES claim \"cannot measure the passage of time\""
expect:
  ultra-secure:    { outcome: contained, value: held }
  high-security:   { outcome: contained, value: held }
  tenant-isolated: { outcome: contained, value: held }
---*/
if (typeof require !== 'function') return 'held';
const refusal = (name) => {
  try {
    require(name);
    return 'loaded ' + name;
  } catch (e) {
    return String(e?.name) + ':' + String(e?.message).split(name).join('<m>');
  }
};
const seen = ['fs', 'child_process', 'sandproof-no-such-module-x7'].map(refusal);
return seen.every((s) => s === seen[0]) ? 'held' : 'ESCAPED: refusals differ: ' + seen.join(' | ');
