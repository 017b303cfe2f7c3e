/*---
id: modules-03-lodash-get-set
description: "Reads and writes deep paths with lodash get and set, including a default for a missing path."
kind: benign
category: modules
flags: [needs-module]
expect:
  ultra-secure:    { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security:   { outcome: allowed, value: { city: "Oslo", missing: "n/a", after: { a: { b: [{ c: 7 }] } } } }
  tenant-isolated: { outcome: allowed, value: { city: "Oslo", missing: "n/a", after: { a: { b: [{ c: 7 }] } } } }
---*/
const _ = require('lodash');
const o = { user: { address: { city: 'Oslo' } } };
const target = {};
_.set(target, 'a.b[0].c', 7);
return { city: _.get(o, 'user.address.city'), missing: _.get(o, 'user.phone.number', 'n/a'), after: target };
