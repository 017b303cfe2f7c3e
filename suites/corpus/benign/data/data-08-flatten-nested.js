/*---
id: data-08-flatten-nested
description: "Flattens a nested object into dotted keys, as config loaders do."
kind: benign
category: data
expect:
  ultra-secure:    { outcome: allowed, value: { "db.host": "localhost", "db.port": 5432, "db.opts.ssl": true, name: "app", tags: ["a", "b"] } }
  high-security:   { outcome: allowed, value: { "db.host": "localhost", "db.port": 5432, "db.opts.ssl": true, name: "app", tags: ["a", "b"] } }
  tenant-isolated: { outcome: allowed, value: { "db.host": "localhost", "db.port": 5432, "db.opts.ssl": true, name: "app", tags: ["a", "b"] } }
---*/
function flatten(obj, prefix = '', out = {}) {
  for (const [k, v] of Object.entries(obj)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (v && typeof v === 'object' && !Array.isArray(v)) flatten(v, key, out);
    else out[key] = v;
  }
  return out;
}
return flatten({ db: { host: 'localhost', port: 5432, opts: { ssl: true } }, name: 'app', tags: ['a', 'b'] });
