/*---
id: pp-host-intrinsic-04-module-cache
description: >-
  Tenant a tampers with the objects require returns (lodash and moment, where allowed), hoping modules are
  cached between executions and the next tenant gets a's copy.
kind: malicious
category: persistence
technique: PP-host-intrinsic
variant: combined
references:
  - "CVE-2026-44005, -92953"
unproven: "Not proven against a vulnerable target: the sample tests the advisory's technique, not its published trigger. On vm2 3.9.19, the one vulnerable sandbox the suite installs, it gives no oracle evidence."
expect:
  ultra-secure:    { outcome: contained, value: clean }
  high-security:   { outcome: contained, value: clean }
  tenant-isolated: { outcome: contained, value: clean }
flags: [multi-step, needs-module]
---*/
//@step tenant=a
if (typeof require !== 'function') return 'no require';
const _ = require('lodash');
_.VERSION = 'tampered';
_.ppTag = 'tenant-a';
_.map = () => ['tampered'];
const m = require('moment');
m.ppTag = 'tenant-a';
return 'tampered';
//@step tenant=b
if (typeof require !== 'function') return 'clean';
const _ = require('lodash');
const m = require('moment');
if ('ppTag' in _ || 'ppTag' in m || _.VERSION === 'tampered') return 'ESCAPED: module object reused across executions';
return _.map([1, 2], (x) => x + 1).join() === '2,3' ? 'clean' : 'ESCAPED: lodash.map tampered';
//@step tenant=a
if (typeof require !== 'function') return 'clean';
const _ = require('lodash');
const m = require('moment');
if ('ppTag' in _ || 'ppTag' in m || _.VERSION === 'tampered') return 'ESCAPED: module object reused across executions';
return _.map([1, 2], (x) => x + 1).join() === '2,3' ? 'clean' : 'ESCAPED: lodash.map tampered';
