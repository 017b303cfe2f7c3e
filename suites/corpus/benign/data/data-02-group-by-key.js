/*---
id: data-02-group-by-key
description: "Groups input records by a key with reduce into an object of arrays."
kind: benign
category: data
input: { people: [{ name: "ann", team: "red" }, { name: "bo", team: "blue" }, { name: "cy", team: "red" }] }
expect:
  ultra-secure:    { outcome: allowed, value: { red: ["ann", "cy"], blue: ["bo"] } }
  high-security:   { outcome: allowed, value: { red: ["ann", "cy"], blue: ["bo"] } }
  tenant-isolated: { outcome: allowed, value: { red: ["ann", "cy"], blue: ["bo"] } }
---*/
return input.people.reduce((acc, p) => {
  (acc[p.team] ??= []).push(p.name);
  return acc;
}, {});
