/*---
id: data-17-paginate
description: "Slices input items into pages and reports the page metadata."
kind: benign
category: data
input: { items: ["a", "b", "c", "d", "e", "f", "g"], page: 3, size: 3 }
expect:
  ultra-secure:    { outcome: allowed, value: { page: 3, pages: 3, items: ["g"], hasNext: false } }
  high-security:   { outcome: allowed, value: { page: 3, pages: 3, items: ["g"], hasNext: false } }
  tenant-isolated: { outcome: allowed, value: { page: 3, pages: 3, items: ["g"], hasNext: false } }
---*/
const { items, page, size } = input;
const pages = Math.ceil(items.length / size);
return { page, pages, items: items.slice((page - 1) * size, page * size), hasNext: page < pages };
