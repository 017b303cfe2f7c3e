/*---
id: async-25-async-class-methods
description: "Uses async methods on a class, including a static async factory."
kind: benign
category: async
flags: [async]
expect:
  ultra-secure:    { outcome: allowed, value: { name: "store", items: ["a", "b"], size: 2 } }
  high-security:   { outcome: allowed, value: { name: "store", items: ["a", "b"], size: 2 } }
  tenant-isolated: { outcome: allowed, value: { name: "store", items: ["a", "b"], size: 2 } }
---*/
class Store {
  #items = [];
  static async open(name) { const s = new Store(); s.name = name; return s; }
  async add(x) { this.#items.push(x); return this; }
  async list() { return [...this.#items]; }
}
const s = await Store.open('store');
await (await s.add('a')).add('b');
const items = await s.list();
return { name: s.name, items, size: items.length };
