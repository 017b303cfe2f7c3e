/*---
id: modules-29-uuid-nil-and-ids
description: "Tags input records with fresh v4 ids and checks the nil uuid, keeping the result deterministic."
kind: benign
category: modules
flags: [needs-module]
input: { names: ["a", "b", "c"] }
expect:
  ultra-secure:    { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  high-security:   { outcome: blocked, stages: [scan, runtime], errors: [ERR_SCRIPT_ERROR] }
  tenant-isolated: { outcome: allowed, value: { nil: "00000000-0000-0000-0000-000000000000", tagged: 3, unique: 3, allValid: true } }
---*/
const { v4, NIL, validate } = require('uuid');
const tagged = input.names.map((name) => ({ name, id: v4() }));
return { nil: NIL, tagged: tagged.length, unique: new Set(tagged.map((t) => t.id)).size, allValid: tagged.every((t) => validate(t.id)) };
