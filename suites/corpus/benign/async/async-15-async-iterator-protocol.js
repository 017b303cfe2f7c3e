/*---
id: async-15-async-iterator-protocol
description: "Implements Symbol.asyncIterator by hand on an object and iterates it with for await."
kind: benign
category: async
flags: [async]
expect:
  ultra-secure:    { outcome: allowed, value: ["page-1", "page-2", "page-3"] }
  high-security:   { outcome: allowed, value: ["page-1", "page-2", "page-3"] }
  tenant-isolated: { outcome: allowed, value: ["page-1", "page-2", "page-3"] }
---*/
const pager = {
  page: 0,
  [Symbol.asyncIterator]() { return this; },
  async next() {
    this.page += 1;
    return this.page > 3 ? { done: true, value: undefined } : { done: false, value: `page-${this.page}` };
  },
};
const pages = [];
for await (const p of pager) pages.push(p);
return pages;
