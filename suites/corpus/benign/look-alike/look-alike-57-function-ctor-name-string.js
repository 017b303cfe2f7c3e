/*---
id: look-alike-57-function-ctor-name-string
description: "Labels functions by their toStringTag, which spells the hidden constructors' names (AsyncFunction...) only as strings."
kind: benign
category: look-alike
flags: [look-alike]
expect:
  ultra-secure:    { outcome: allowed, value: ["Function", "AsyncFunction", "GeneratorFunction"] }
  high-security:   { outcome: allowed, value: ["Function", "AsyncFunction", "GeneratorFunction"] }
  tenant-isolated: { outcome: allowed, value: ["Function", "AsyncFunction", "GeneratorFunction"] }
---*/
const kindOf = (f) => Object.prototype.toString.call(f).slice(8, -1);
return [kindOf(() => 1), kindOf(async () => 1), kindOf(function* () {})];
