/*---
id: collections-11-entries-keys-values
description: "Iterates keys, values and entries of Map, Set and Array consistently."
kind: benign
category: collections
expect:
  ultra-secure:    { outcome: allowed, value: { mapKeys: ["x", "y"], mapValues: [1, 2], setEntries: [["p", "p"]], arrEntries: [[0, "z"]] } }
  high-security:   { outcome: allowed, value: { mapKeys: ["x", "y"], mapValues: [1, 2], setEntries: [["p", "p"]], arrEntries: [[0, "z"]] } }
  tenant-isolated: { outcome: allowed, value: { mapKeys: ["x", "y"], mapValues: [1, 2], setEntries: [["p", "p"]], arrEntries: [[0, "z"]] } }
---*/
const m = new Map([['x', 1], ['y', 2]]);
return {
  mapKeys: [...m.keys()],
  mapValues: [...m.values()],
  setEntries: [...new Set(['p']).entries()],
  arrEntries: [...['z'].entries()],
};
