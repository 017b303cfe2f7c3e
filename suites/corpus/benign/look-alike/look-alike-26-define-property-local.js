/*---
id: look-alike-26-define-property-local
description: "Defines getters and non-writable properties on a local object with Object.defineProperty."
kind: benign
category: look-alike
flags: [look-alike]
expect:
  ultra-secure:    { outcome: allowed, value: { full: "Ada Lovelace", id: 1, writeError: "TypeError", enumerable: ["first", "last"] } }
  high-security:   { outcome: allowed, value: { full: "Ada Lovelace", id: 1, writeError: "TypeError", enumerable: ["first", "last"] } }
  tenant-isolated: { outcome: allowed, value: { full: "Ada Lovelace", id: 1, writeError: "TypeError", enumerable: ["first", "last"] } }
---*/
const user = { first: 'Ada', last: 'Lovelace' };
Object.defineProperty(user, 'full', { get() { return `${this.first} ${this.last}`; }, enumerable: false });
Object.defineProperty(user, 'id', { value: 1, writable: false, enumerable: false });
let writeError = null;
try { user.id = 2; } catch (e) { writeError = e.name; }
return { full: user.full, id: user.id, writeError, enumerable: Object.keys(user) };
