/*---
id: syntax-23-optional-call
description: "Calls methods only if they exist with ?.(), a common plugin-hook pattern."
kind: benign
category: syntax
expect:
  ultra-secure:    { outcome: allowed, value: ["before:start", null, "after:start"] }
  high-security:   { outcome: allowed, value: ["before:start", null, "after:start"] }
  tenant-isolated: { outcome: allowed, value: ["before:start", null, "after:start"] }
---*/
const hooks = { before: (e) => `before:${e}`, after: (e) => `after:${e}` };
const fire = (name, e) => hooks[name]?.(e) ?? null;
return [fire('before', 'start'), fire('during', 'start'), fire('after', 'start')];
