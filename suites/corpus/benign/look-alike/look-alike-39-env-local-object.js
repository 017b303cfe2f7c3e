/*---
id: look-alike-39-env-local-object
description: "Keeps a local env object with NODE_ENV and reads it, with no access to any process environment."
kind: benign
category: look-alike
flags: [look-alike]
expect:
  ultra-secure:    { outcome: allowed, value: ["production", "3000", "missing"] }
  high-security:   { outcome: allowed, value: ["production", "3000", "missing"] }
  tenant-isolated: { outcome: allowed, value: ["production", "3000", "missing"] }
---*/
const env = { NODE_ENV: 'production', PORT: '3000' };
return [env.NODE_ENV, env.PORT, env.SECRET ?? 'missing'];
