/*---
id: modules-33-lodash-names-and-paths
description: lodash string iteratees, a wrapper chain, bindKey and invokeMap
  over the snippet's own data
kind: benign
category: modules
expect:
  ultra-secure:
    outcome: blocked
    stages:
      - scan
      - runtime
    errors:
      - ERR_SCRIPT_ERROR
  high-security:
    outcome: allowed
    value:
      names:
        - a
        - b
      ids: 3
      hi: hi x
      upper:
        - A
  tenant-isolated:
    outcome: allowed
    value:
      names:
        - a
        - b
      ids: 3
      hi: hi x
      upper:
        - A
flags:
  - needs-module
---*/
// lodash by names and paths over the snippet's own data: string iteratees, a chain, a bound method.
const _ = require('lodash');
const rows = [{ id: 2, user: { name: 'b' } }, { id: 1, user: { name: 'a' } }];
const names = _.map(_.sortBy(rows, 'id'), 'user.name');
const ids = _(rows).map('id').sum();
const greeter = { hi(n) { return 'hi ' + n; } };
return { names, ids, hi: _.bindKey(greeter, 'hi')('x'), upper: _.invokeMap(['a'], 'toUpperCase') };
