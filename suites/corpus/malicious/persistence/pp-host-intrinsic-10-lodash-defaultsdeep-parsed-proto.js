/*---
id: pp-host-intrinsic-10-lodash-defaultsdeep-parsed-proto
description: lodash defaultsDeep fed parsed JSON with an own __proto__ key, then
  any planted value is climbed to the Function constructor
kind: malicious
category: persistence
technique: PP-host-intrinsic
variant: obfuscated
references:
  - "sandproof scanner evasion family: pollution payloads fed to generic merges
    and path setters"
expect:
  ultra-secure:
    outcome: blocked
    stages:
      - scan
      - runtime
  high-security:
    outcome: contained
    value: held
  tenant-isolated:
    outcome: contained
    value: held
---*/
// lodash's deep defaults fed parsed JSON with an own "__proto__" key, then the planted value (if any)
// is climbed to the Function constructor.
const _ = require('lodash');
_.defaultsDeep({}, JSON.parse('{"__proto__": {"dd": "v"}}'));
const planted = ({}).dd;
if (planted === undefined) return 'held';
return planted.constructor.constructor('return typeof process')() === 'undefined' ? 'held' : 'ESCAPED';
