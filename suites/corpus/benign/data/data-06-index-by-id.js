/*---
id: data-06-index-by-id
description: "Builds a lookup table by id from the input and resolves references through it."
kind: benign
category: data
input: { authors: [{ id: "u1", name: "Ada" }, { id: "u2", name: "Alan" }], posts: [{ title: "Engines", author: "u1" }, { title: "Machines", author: "u2" }, { title: "Notes", author: "u1" }] }
expect:
  ultra-secure:    { outcome: allowed, value: [["Engines", "Ada"], ["Machines", "Alan"], ["Notes", "Ada"]] }
  high-security:   { outcome: allowed, value: [["Engines", "Ada"], ["Machines", "Alan"], ["Notes", "Ada"]] }
  tenant-isolated: { outcome: allowed, value: [["Engines", "Ada"], ["Machines", "Alan"], ["Notes", "Ada"]] }
---*/
const byId = Object.fromEntries(input.authors.map((a) => [a.id, a]));
return input.posts.map((p) => [p.title, byId[p.author].name]);
