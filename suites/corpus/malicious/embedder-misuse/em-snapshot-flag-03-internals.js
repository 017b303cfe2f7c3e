/*---
id: em-snapshot-flag-03-internals
description: "Probes for Node bootstrap internals (primordials, internalBinding, process.binding('natives')) that leak into contexts when the snapshot and isolated-vm interact badly."
kind: malicious
category: embedder-misuse
technique: EM-snapshot-flag
variant: combined
references:
  - "isolated-vm #420"
  - "isolated-vm #424"
expect:
  ultra-secure: { outcome: contained, value: "held" }
  high-security: { outcome: contained, value: "held" }
  tenant-isolated: { outcome: contained, value: "held" }
---*/
const names = ['primordials', 'internalBinding', 'process', 'global', 'getInternalBinding', 'natives'];
const found = names.filter((n) => { try { return typeof globalThis[n] !== 'undefined'; } catch (e) { return true; } });
let viaProcess = false;
try { viaProcess = typeof globalThis.process?.binding?.('natives') === 'object'; } catch (e) {}
return found.length === 0 && !viaProcess ? 'held' : 'ESCAPED: ' + found.join(',');
