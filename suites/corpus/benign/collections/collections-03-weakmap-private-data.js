/*---
id: collections-03-weakmap-private-data
description: "Keeps per-object private data in a WeakMap keyed by instances."
kind: benign
category: collections
expect:
  ultra-secure:    { outcome: allowed, value: [2, 1, false] }
  high-security:   { outcome: allowed, value: [2, 1, false] }
  tenant-isolated: { outcome: allowed, value: [2, 1, false] }
---*/
const secrets = new WeakMap();
class Account {
  constructor() { secrets.set(this, { logins: 0 }); }
  login() { secrets.get(this).logins++; return this; }
  get logins() { return secrets.get(this).logins; }
}
const a = new Account().login().login();
const b = new Account().login();
return [a.logins, b.logins, secrets.has({})];
