/*---
id: look-alike-20-fetch-method
description: "Calls fetch() on a local in-memory API client object, not the network fetch."
kind: benign
category: look-alike
flags: [async, look-alike]
expect:
  ultra-secure:    { outcome: allowed, value: { users: ["ann", "bo"], status: 404 } }
  high-security:   { outcome: allowed, value: { users: ["ann", "bo"], status: 404 } }
  tenant-isolated: { outcome: allowed, value: { users: ["ann", "bo"], status: 404 } }
---*/
const api = {
  routes: { '/users': ['ann', 'bo'] },
  async fetch(path) { return path in this.routes ? { status: 200, body: this.routes[path] } : { status: 404, body: null }; },
};
const ok = await api.fetch('/users');
const missing = await api.fetch('/admin');
return { users: ok.body, status: missing.status };
