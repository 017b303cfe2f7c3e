/*---
id: data-29-pick-omit
description: "Implements pick and omit helpers over an input object."
kind: benign
category: data
input: { id: 7, name: "kit", secret: "s3", role: "admin" }
expect:
  ultra-secure:    { outcome: allowed, value: { picked: { id: 7, name: "kit" }, omitted: { id: 7, name: "kit", role: "admin" } } }
  high-security:   { outcome: allowed, value: { picked: { id: 7, name: "kit" }, omitted: { id: 7, name: "kit", role: "admin" } } }
  tenant-isolated: { outcome: allowed, value: { picked: { id: 7, name: "kit" }, omitted: { id: 7, name: "kit", role: "admin" } } }
---*/
const pick = (o, ks) => Object.fromEntries(ks.filter((k) => k in o).map((k) => [k, o[k]]));
const omit = (o, ks) => Object.fromEntries(Object.entries(o).filter(([k]) => !ks.includes(k)));
return { picked: pick(input, ['id', 'name', 'nope']), omitted: omit(input, ['secret']) };
