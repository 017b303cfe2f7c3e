/*---
id: modules-07-lodash-string-case
description: "Converts identifiers between camel, snake, kebab and start case with lodash."
kind: benign
category: modules
flags: [needs-module]
expect:
  ultra-secure:    { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security:   { outcome: allowed, value: ["fooBarBaz", "foo_bar_baz", "foo-bar-baz", "Foo Bar Baz"] }
  tenant-isolated: { outcome: allowed, value: ["fooBarBaz", "foo_bar_baz", "foo-bar-baz", "Foo Bar Baz"] }
---*/
const _ = require('lodash');
const s = '--foo_bar Baz--';
return [_.camelCase(s), _.snakeCase(s), _.kebabCase(s), _.startCase(s)];
