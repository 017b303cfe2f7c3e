/*---
id: ha-resolver-symlink-03-moment-locale
description: "Asks moment to load a locale named with a path traversal (CVE-2022-24785 shape), which older moment versions passed to require, and checks that the locale stays unchanged."
kind: malicious
category: host-access
technique: HA-resolver-symlink
variant: combined
references:
  - "CVE-2026-43998"
unproven: "Not proven against a vulnerable target: the sample tests the advisory's technique, not its published trigger. On vm2 3.9.19, the one vulnerable sandbox the suite installs, it gives no oracle evidence."
expect:
  ultra-secure: { outcome: contained, value: "held" }
  high-security: { outcome: contained, value: "held" }
  tenant-isolated: { outcome: contained, value: "held" }
flags: [needs-module]
---*/
if (typeof require !== 'function') return 'held';
const moment = require('moment');
const before = moment.locale();
const after = moment.locale('../../../../../../etc/passwd');
return after === before ? 'held' : 'ESCAPED: locale became ' + after;
