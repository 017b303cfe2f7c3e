/*---
id: pp-builtin-static-03-replace-statics
description: >-
  Tenant a replaces JSON.parse, Object.keys, Date.now and Promise.resolve with marked wrappers, so the next
  tenant's data would flow through a's code.
kind: malicious
category: persistence
technique: PP-builtin-static
variant: combined
references:
  - "temporalio #1519"
expect:
  ultra-secure:    { outcome: contained, value: clean }
  high-security:   { outcome: contained, value: clean }
  tenant-isolated: { outcome: contained, value: clean }
flags: [multi-step]
---*/
//@step tenant=a
const wrap = (fn) => {
  const w = (...args) => fn(...args);
  w.pp = true;
  return w;
};
JSON.parse = wrap(JSON.parse);
Object.keys = wrap(Object.keys);
Date.now = wrap(Date.now);
Promise.resolve = wrap(Promise.resolve.bind(Promise));
return 'tampered';
//@step tenant=b
const marked = [JSON.parse, Object.keys, Date.now, Promise.resolve].filter((f) => f.pp === true);
return marked.length === 0 ? 'clean' : 'ESCAPED: ' + marked.length + ' statics still wrapped';
//@step tenant=a
const marked = [JSON.parse, Object.keys, Date.now, Promise.resolve].filter((f) => f.pp === true);
return marked.length === 0 ? 'clean' : 'ESCAPED: ' + marked.length + ' statics still wrapped';
