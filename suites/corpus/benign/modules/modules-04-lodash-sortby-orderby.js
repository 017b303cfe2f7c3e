/*---
id: modules-04-lodash-sortby-orderby
description: "Sorts records with lodash sortBy and orderBy on several keys and directions."
kind: benign
category: modules
flags: [needs-module]
input: { users: [{ "n": "fred", age: 48 }, { "n": "barney", age: 34 }, { "n": "fred", age: 40 }, { "n": "barney", age: 36 }] }
expect:
  ultra-secure:    { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security:   { outcome: allowed, value: { byName: ["barney", "barney", "fred", "fred"], ordered: ["barney:36", "barney:34", "fred:48", "fred:40"] } }
  tenant-isolated: { outcome: allowed, value: { byName: ["barney", "barney", "fred", "fred"], ordered: ["barney:36", "barney:34", "fred:48", "fred:40"] } }
---*/
const _ = require('lodash');
return {
  byName: _.sortBy(input.users, 'n').map((u) => u.n),
  ordered: _.orderBy(input.users, ['n', 'age'], ['asc', 'desc']).map((u) => `${u.n}:${u.age}`),
};
