/*---
id: ha-global-enum-06-suspicious-names
description: "Scans all global keys, and the keys of console and input, for names that look like runtime internals (leading underscores, ivm, isolate, reference, sandproof) instead of comparing with a list."
kind: malicious
category: host-access
technique: HA-global-enum
variant: obfuscated
references:
  - "vm2 ATTACKS cat. 27"
  - "Hmbown/Codewhale #4129"
expect:
  ultra-secure: { outcome: contained, value: "held" }
  high-security: { outcome: contained, value: "held" }
  tenant-isolated: { outcome: contained, value: "held" }
input: { k: 1 }
---*/
const pattern = new RegExp(['^_', '^\\$', 'ivm', 'isolat', 'reference(?!error)', 'externalcopy', 'sandproof', 'host', 'internal', 'bridge'].join('|'), 'i');
const holders = { globalThis, console, input };
const hits = [];
for (const [label, holder] of Object.entries(holders)) {
  for (const key of Reflect.ownKeys(holder)) {
    const name = String(key);
    if (pattern.test(name)) hits.push(label + '.' + name);
  }
}
return hits.length === 0 ? 'held' : 'ESCAPED: ' + hits.join(',');
