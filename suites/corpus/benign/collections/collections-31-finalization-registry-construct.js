/*---
id: collections-31-finalization-registry-construct
description: "Registers and unregisters objects with a FinalizationRegistry; nothing waits for collection."
kind: benign
category: collections
expect:
  ultra-secure:    { outcome: allowed, value: [true, false] }
  high-security:   { outcome: allowed, value: [true, false] }
  tenant-isolated: { outcome: allowed, value: [true, false] }
---*/
const reg = new FinalizationRegistry(() => {});
const token = {};
const target = {};
reg.register(target, 'held', token);
return [reg.unregister(token), reg.unregister(token)];
