/*---
id: collections-18-bidirectional-map
description: "Maintains a bidirectional map with two Maps kept in sync on set and delete."
kind: benign
category: collections
expect:
  ultra-secure:    { outcome: allowed, value: { byCode: "Norway", byName: "NO", afterDelete: [false, false], size: 1 } }
  high-security:   { outcome: allowed, value: { byCode: "Norway", byName: "NO", afterDelete: [false, false], size: 1 } }
  tenant-isolated: { outcome: allowed, value: { byCode: "Norway", byName: "NO", afterDelete: [false, false], size: 1 } }
---*/
class BiMap {
  constructor() { this.fwd = new Map(); this.rev = new Map(); }
  set(k, v) { this.fwd.set(k, v); this.rev.set(v, k); return this; }
  delete(k) { this.rev.delete(this.fwd.get(k)); return this.fwd.delete(k); }
}
const b = new BiMap().set('NO', 'Norway').set('SE', 'Sweden');
const byCode = b.fwd.get('NO');
const byName = b.rev.get('Norway');
b.delete('SE');
return { byCode, byName, afterDelete: [b.fwd.has('SE'), b.rev.has('Sweden')], size: b.fwd.size };
